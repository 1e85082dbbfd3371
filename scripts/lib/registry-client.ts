import { readFileSync, statSync } from 'node:fs';
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
type OriginalsResult = { sourceKey: string; answer: OriginalsAnswer | null; error: Error | null };

/** Documents per request of originals, and the bytes one request carries at most (a bigger document goes alone). */
const ORIGINALS_PER_REQUEST = 50;
const ORIGINALS_BYTES_PER_REQUEST = 64 * 1024 * 1024;

/**
 * Each written record's originals (`sourceKey` → its files), many documents per request (POST
 * /api/registry/originals: a multipart field per document, named by its documentId), two requests in flight so
 * the CMS stores one while it receives the next. The CMS attaches each file once (by SHA-256) and answers each
 * document on its own. Answers in the order of `results`; a record that failed, or has no originals, is skipped.
 */
export async function pushAllOriginals(
  cmsUrl: string,
  token: string,
  results: readonly ImportOutcome[],
  originals: ReadonlyMap<string, string[]>,
  concurrency = 2,
): Promise<OriginalsResult[]> {
  const work = results.flatMap((result) => {
    const paths = originals.get(result.sourceKey);
    return paths && result.action !== 'failed' && result.documentId ? [{ sourceKey: result.sourceKey, documentId: result.documentId, paths }] : [];
  });
  const requests: Array<typeof work> = [];
  let bytes = 0;
  for (const item of work) {
    const size = item.paths.reduce((sum, path) => sum + statSync(path).size, 0);
    const current = requests.at(-1);
    if (!current || current.length >= ORIGINALS_PER_REQUEST || bytes + size > ORIGINALS_BYTES_PER_REQUEST) {
      requests.push([item]);
      bytes = size;
    } else {
      current.push(item);
      bytes += size;
    }
  }
  const answers = new Map<string, OriginalsResult>();
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const batch = requests[next++]!;
      try {
        const form = new FormData();
        for (const { documentId, paths } of batch) for (const path of paths) form.append(documentId, new Blob([readFileSync(path)]), basename(path));
        const response = await fetch(`${cmsUrl.replace(/\/$/, '')}/api/registry/originals`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
        if (!response.ok) throw new Error(`CMS không nhận bản gốc (HTTP ${response.status}): ${await refusal(response)}`);
        const body = (await response.json()) as { results: Array<{ documentId: string; originals?: OriginalsAnswer; error?: string }> };
        const byDocument = new Map(body.results.map((r) => [r.documentId, r]));
        for (const { sourceKey, documentId } of batch) {
          const result = byDocument.get(documentId);
          answers.set(sourceKey, result?.originals ? { sourceKey, answer: result.originals, error: null } : { sourceKey, answer: null, error: new Error(`CMS không nhận bản gốc: ${result?.error ?? 'không có câu trả lời cho văn bản này'}`) });
        }
      } catch (error) {
        for (const { sourceKey } of batch) answers.set(sourceKey, { sourceKey, answer: null, error: error as Error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
  return work.map(({ sourceKey }) => answers.get(sourceKey)!);
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
