import type { Core } from '@strapi/strapi';
import { SEARCH_KINDS, type SearchDocument, type SearchKind } from '@cong/search';
import { allSearchDocuments, countSearchable } from './search-sources';
import { searchSync } from './search-sync';

/**
 * `npm run reindex`: rebuilds the whole index from the CMS — every searchable content type — while the current one
 * keeps answering, then swaps (the engine's `rebuild`). It runs inside the CMS, which owns the index; the CLI
 * starts it and polls progress.
 */
export type ReindexStatus = {
  running: boolean;
  indexed: number;
  total: number | null;
  /** Records written so far, per kind, so the operator (and the tests) see that every kind was rebuilt. */
  byKind: Record<SearchKind, number>;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
};

const noKinds = (): Record<SearchKind, number> => Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, 0])) as Record<SearchKind, number>;

let status: ReindexStatus = { running: false, indexed: 0, total: null, byKind: noKinds(), startedAt: null, finishedAt: null, error: null };

export function reindexStatus(): ReindexStatus {
  return status;
}

export async function startReindex(strapi: Core.Strapi): Promise<ReindexStatus> {
  if (status.running) return status;
  const total = await countSearchable(strapi);
  const byKind = noKinds();
  status = { running: true, indexed: 0, total, byKind, startedAt: new Date().toISOString(), finishedAt: null, error: null };
  async function* counted(): AsyncGenerator<SearchDocument> {
    for await (const doc of allSearchDocuments(strapi)) {
      byKind[doc.kind] += 1;
      yield doc;
    }
  }
  void searchSync(strapi)
    .engine.rebuild(counted(), { total, onProgress: ({ indexed }) => (status = { ...status, indexed, byKind: { ...byKind } }) })
    .then((report) => {
      status = { ...status, running: false, indexed: report.indexed, byKind: { ...byKind }, finishedAt: new Date().toISOString() };
      strapi.log.info(`[search] reindexed ${report.indexed} item(s) in ${report.tookMs} ms (${SEARCH_KINDS.map((kind) => `${kind} ${byKind[kind]}`).join(', ')})`);
    })
    .catch((error: Error) => {
      status = { ...status, running: false, error: error.message, finishedAt: new Date().toISOString() };
      strapi.log.error(`[search] reindex failed: ${error.message}`);
    });
  return status;
}

/**
 * The index is derived data: a backup leaves it out and a restore starts without it. When the index is empty but
 * the database holds searchable content, the CMS rebuilds it at start, so search answers again with no operator
 * step (a non-empty index is left alone: `npm run reindex` rebuilds that on request).
 */
export async function rebuildEmptySearchIndex(strapi: Core.Strapi): Promise<void> {
  if ((await searchSync(strapi).engine.count()) > 0) return;
  if ((await countSearchable(strapi)) === 0) return;
  strapi.log.info('[search] the index is empty but the database is not: rebuilding it');
  await startReindex(strapi);
}
