import type { ImportOutcome } from '../../content/src/index.ts';

/**
 * Writes records into the registry through the CMS's import endpoint (never around the CMS), in batches.
 * Used by `npm run import`, the demo loader and the import benchmark.
 */
export async function pushRecords(
  cmsUrl: string,
  token: string,
  records: unknown[],
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportOutcome[]> {
  const batchSize = options.batchSize ?? 100;
  const results: ImportOutcome[] = [];
  for (let i = 0; i < records.length; i += batchSize) {
    const batch = records.slice(i, i + batchSize);
    const response = await fetch(`${cmsUrl.replace(/\/$/, '')}/api/registry/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ records: batch }),
    });
    if (!response.ok) {
      const detail = await response.text();
      throw new Error(`CMS từ chối lô nhập (HTTP ${response.status}): ${detail.slice(0, 500)}`);
    }
    const body = (await response.json()) as { results: ImportOutcome[] };
    results.push(...body.results);
    options.onProgress?.(Math.min(i + batch.length, records.length), records.length);
  }
  return results;
}

/** How many documents the registry holds, drafts included (used to decide whether to load the demo). */
export async function countDocuments(cmsUrl: string, token: string): Promise<number> {
  const response = await fetch(`${cmsUrl}/api/legal-documents?status=draft&pagination[pageSize]=1&fields[0]=title`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`Không đọc được danh sách văn bản từ CMS (HTTP ${response.status})`);
  const body = (await response.json()) as { meta: { pagination: { total: number } } };
  return body.meta.pagination.total;
}

/** A one-line progress bar for terminals; plain lines when output is not a TTY (CI logs). */
export function progressBar(label: string): (done: number, total: number) => void {
  let lastShown = -1;
  return (done, total) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    if (process.stdout.isTTY) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      process.stdout.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} (${pct}%)`);
      if (done === total) process.stdout.write('\n');
    } else if (pct >= lastShown + 10 || done === total) {
      lastShown = pct;
      console.log(`${label} ${done}/${total} (${pct}%)`);
    }
  };
}
