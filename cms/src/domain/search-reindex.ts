import type { Core } from '@strapi/strapi';
import { allSearchDocuments, countPublished, searchSync } from './search-sync';

/**
 * `npm run reindex`: rebuilds the whole index from the CMS while the current one keeps answering, then swaps
 * (the engine's `rebuild`). It runs inside the CMS, which owns the index; the CLI starts it and polls progress.
 */
export type ReindexStatus = {
  running: boolean;
  indexed: number;
  total: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
};

let status: ReindexStatus = { running: false, indexed: 0, total: null, startedAt: null, finishedAt: null, error: null };

export function reindexStatus(): ReindexStatus {
  return status;
}

export async function startReindex(strapi: Core.Strapi): Promise<ReindexStatus> {
  if (status.running) return status;
  const total = await countPublished(strapi);
  status = { running: true, indexed: 0, total, startedAt: new Date().toISOString(), finishedAt: null, error: null };
  const sync = searchSync(strapi);
  void sync.engine
    .rebuild(allSearchDocuments(strapi), { total, onProgress: ({ indexed }) => (status = { ...status, indexed }) })
    .then((report) => {
      status = { ...status, running: false, indexed: report.indexed, finishedAt: new Date().toISOString() };
      strapi.log.info(`[search] reindexed ${report.indexed} document(s) in ${report.tookMs} ms`);
    })
    .catch((error: Error) => {
      status = { ...status, running: false, error: error.message, finishedAt: new Date().toISOString() };
      strapi.log.error(`[search] reindex failed: ${error.message}`);
    });
  return status;
}
