import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExchangeImportOutcome, ImportOutcome } from '../../content/src/index.ts';

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

/** The CMS's refusal as one Vietnamese line (Strapi's error envelope), or the start of its answer. */
async function refusal(response: Response): Promise<string> {
  const text = await response.text();
  try {
    return (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text.slice(0, 500);
  } catch {
    return text.slice(0, 500);
  }
}

/** One edXML package to the CMS, which reads, maps and writes it (`cms/src/services/exchange/`). */
export async function pushEdxmlPackage(cmsUrl: string, token: string, path: string, options: { draft: boolean }): Promise<ExchangeImportOutcome> {
  const form = new FormData();
  form.append('package', new Blob([readFileSync(path)], { type: 'application/xml' }), basename(path));
  const response = await fetch(`${cmsUrl.replace(/\/$/, '')}/api/registry/import-edxml${options.draft ? '?draft=true' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (!response.ok) throw new Error(`CMS từ chối gói ${basename(path)} (HTTP ${response.status}): ${await refusal(response)}`);
  return ((await response.json()) as { result: ExchangeImportOutcome }).result;
}

export type OriginalsAnswer = Array<{ name: string; sha256: string; action: 'attached' | 'already-attached' }>;

/** A document's originals to the CMS, which attaches each file once (by SHA-256). */
export async function pushOriginals(cmsUrl: string, token: string, documentId: string, paths: string[]): Promise<OriginalsAnswer> {
  const form = new FormData();
  for (const path of paths) form.append('files', new Blob([readFileSync(path)]), basename(path));
  const response = await fetch(`${cmsUrl.replace(/\/$/, '')}/api/registry/documents/${encodeURIComponent(documentId)}/originals`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (!response.ok) throw new Error(`CMS không nhận bản gốc (HTTP ${response.status}): ${await refusal(response)}`);
  return ((await response.json()) as { originals: OriginalsAnswer }).originals;
}

/**
 * Each written record's originals (`sourceKey` → its files), a few documents at a time: each request carries one
 * document's files, and the CMS stores one while it receives the next. Answers in the order of `results`; a
 * record that failed, or has no originals, is skipped.
 */
export async function pushAllOriginals(
  cmsUrl: string,
  token: string,
  results: readonly ImportOutcome[],
  originals: ReadonlyMap<string, string[]>,
  concurrency = 4,
): Promise<Array<{ sourceKey: string; answer: OriginalsAnswer | null; error: Error | null }>> {
  const work = results.flatMap((result) => {
    const paths = originals.get(result.sourceKey);
    return paths && result.action !== 'failed' && result.documentId ? [{ sourceKey: result.sourceKey, documentId: result.documentId, paths }] : [];
  });
  const answers: Array<{ sourceKey: string; answer: OriginalsAnswer | null; error: Error | null }> = new Array(work.length);
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const i = next++;
      const { sourceKey, documentId, paths } = work[i]!;
      try {
        answers[i] = { sourceKey, answer: await pushOriginals(cmsUrl, token, documentId, paths), error: null };
      } catch (error) {
        answers[i] = { sourceKey, answer: null, error: error as Error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker));
  return answers;
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
