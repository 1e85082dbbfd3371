import { describeIssues, firstIssue, type ValidityStatus } from '@cong/content';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type EnqueuedTaskPromise, type Index, type IndexSwap, type MultiSearchQuery, type SearchResponse } from 'meilisearch';
import type { RebuildOptions, RebuildReport, SearchEngine } from '../engine.ts';
import { InvalidSearchDocumentError, InvalidSearchQueryError, SearchUnavailableError } from '../errors.ts';
import { matchText, snippetHtml } from '../hits/snippet.ts';
import { parseQuery, type ParsedQuery } from '../query/parse-query.ts';
import { partialSuggestion, widensToPartial } from '../query/partial-match.ts';
import { createQueryMatcher } from '../query/query-matcher.ts';
import { hitAttachment, hitUrl, SearchDocumentSchema, type SearchDocument, type SearchKind } from '../search-document.ts';
import { SearchQuerySchema, type SearchHit, type SearchQuery, type SearchQueryInput, type SearchResult } from '../search-query.ts';
import { docKey, toMeilisearchRecords, type MeilisearchRecord } from './meilisearch-documents.ts';
import { buildFilters, FACET_ATTRIBUTES, facetsFromDistribution, filterString, mergeHits, numberFilter, ownNumberFilter, queryText, type FacetName } from './meilisearch-query.ts';
import { settingsToApply } from './meilisearch-settings.ts';
import { spellingVariants } from '../text/spelling-variants.ts';
import { syllables } from '../text/syllables.ts';

export type MeilisearchEngineOptions = {
  url: string;
  apiKey?: string;
  /** Index uid (default "cong"). */
  index?: string;
  /** Per-request timeout; a search that takes longer is answered by the fallback (default 3 s). */
  timeoutMs?: number;
};

const TONED_ATTRIBUTES = ['titleToned', 'articleTitleToned', 'textToned'];
const RETRIEVED = ['doc', 'kind', 'slug', 'url', 'title', 'number', 'date', 'type', 'typeFacet', 'issuer', 'issuerFacet', 'status', 'articleAnchor', 'articleNumber', 'articleTitle', 'text', 'attachmentFile', 'attachmentUrl', 'attachmentPage'];
/** Documents sent per request during a rebuild. */
const REBUILD_BATCH = 500;
const TASK_TIMEOUT_MS = 120_000;

type Hit = Pick<MeilisearchRecord, 'doc' | 'kind' | 'slug' | 'url' | 'title' | 'number' | 'date' | 'type' | 'typeFacet' | 'issuer' | 'issuerFacet' | 'status' | 'articleAnchor' | 'articleNumber' | 'articleTitle' | 'text' | 'attachmentFile' | 'attachmentUrl' | 'attachmentPage'>;

/** Network failures become `SearchUnavailableError`; answers from Meilisearch (bad filter…) stay what they are. */
function unavailable(error: unknown): never {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) throw new SearchUnavailableError(error);
  throw error;
}

async function done(task: EnqueuedTaskPromise): Promise<void> {
  const result = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
  if (result.status !== 'succeeded') throw new Error(`Meilisearch: tác vụ ${result.type} không thành công: ${result.error?.message ?? result.status}`);
}

function split(facet: string | null): { slug: string; name: string } | undefined {
  if (facet === null) return undefined;
  const [slug = '', name = slug] = facet.split('\u001f');
  return { slug, name };
}

/**
 * The production engine, through the official client. Documents are stored one record per article
 * (meilisearch-documents.ts); a search is one multi-search request: documents with the number asked for,
 * documents with exactly the accents typed (tone-coded fields), then all matches with facets, merged in that
 * order; facets of filtered fields are counted without their own filter (disjunctive), as the embedded engine
 * does. Typo tolerance and proximity are Meilisearch's own.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly uid: string;
  /** While this process rebuilds, writes go to the new index as well, so the swap loses none of them. */
  private mirror: string | null = null;

  constructor(options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.timeoutMs ?? 3000 });
    this.uid = options.index ?? 'cong';
  }

  private index(uid = this.uid): Index<MeilisearchRecord> {
    return this.client.index<MeilisearchRecord>(uid);
  }

  private async exists(uid: string): Promise<boolean> {
    try {
      await this.client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.response.status === 404) return false;
      return unavailable(error);
    }
  }

  private async prepare(uid: string): Promise<void> {
    if (!(await this.exists(uid))) await done(this.client.createIndex(uid, { primaryKey: 'id' }));
    const changes = settingsToApply(await this.index(uid).getSettings());
    if (Object.keys(changes).length > 0) await done(this.index(uid).updateSettings(changes));
  }

  async applySettings(): Promise<void> {
    await this.prepare(this.uid).catch(unavailable);
  }

  private async write(uid: string, docs: readonly SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    const records = docs.flatMap(toMeilisearchRecords);
    await done(this.index(uid).addDocuments(records, { primaryKey: 'id' }));
    // A document that lost articles keeps no stale records: added first, trimmed after, so it is never absent.
    const counts = new Map<string, number>();
    for (const record of records) counts.set(record.doc, (counts.get(record.doc) ?? 0) + 1);
    const stale = [...counts].map(([doc, count]) => `(doc = ${filterString(doc)} AND articleOrd >= ${count})`);
    for (let i = 0; i < stale.length; i += 100) await done(this.index(uid).deleteDocuments({ filter: stale.slice(i, i + 100).join(' OR ') }));
  }

  private async erase(uid: string, ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 100) {
      await done(this.index(uid).deleteDocuments({ filter: `doc IN [${ids.slice(i, i + 100).map((id) => filterString(docKey(id))).join(', ')}]` }));
    }
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    const valid = docs.map((doc, i) => {
      const parsed = SearchDocumentSchema.safeParse(doc);
      if (!parsed.success) throw new InvalidSearchDocumentError(`Tài liệu thứ ${i + 1} không đúng dạng SearchDocument: ${describeIssues(parsed.error, { limit: 1 })}`);
      return parsed.data;
    });
    await this.write(this.uid, valid).catch(unavailable);
    if (this.mirror !== null) await this.write(this.mirror, valid).catch(unavailable);
  }

  async remove(ids: readonly string[]): Promise<void> {
    await this.erase(this.uid, ids).catch(unavailable);
    if (this.mirror !== null) await this.erase(this.mirror, ids).catch(unavailable);
  }

  async count(): Promise<number> {
    const response = await this.index()
      .search('', { filter: 'articleOrd = 0', facets: ['kind'], hitsPerPage: 0, page: 1 })
      .catch(unavailable);
    return Object.values(response.facetDistribution?.kind ?? {}).reduce((sum, n) => sum + n, 0);
  }

  async search(input: SearchQueryInput): Promise<SearchResult> {
    const started = performance.now();
    const parsedQuery = SearchQuerySchema.safeParse(input);
    if (!parsedQuery.success) throw new InvalidSearchQueryError(firstIssue(parsedQuery.error).message);
    const query = parsedQuery.data;
    let parsed = parseQuery(query.q);
    const typed = parsed;
    let result = await this.run(query, parsed);
    if (result.total === 0 && parsed.numbers.some((number) => !number.prefix)) {
      // Nobody has or cites that number: search its syllables as text instead of finding nothing.
      parsed = parseQuery(query.q, { numbers: false });
      result = await this.run(query, parsed);
    }
    let answer: Omit<SearchResult, 'tookMs'> = { hits: result.hits, total: result.total, facets: result.facets, partial: false };
    if (widensToPartial(typed, parsed, result.total)) {
      // Too few documents have every word: Meilisearch's "frequency" strategy drops the most frequent words
      // first and still ranks documents with every word first (its "words" rule), as the embedded engine does.
      const { best, ...widened } = await this.run(query, parsed, 'frequency');
      if (widened.total > result.total) {
        const didYouMean = best === undefined ? undefined : partialSuggestion(parsed, foldedSyllablesOf(best));
        answer = { ...widened, partial: true, allWordsTotal: result.total, ...(didYouMean === undefined ? {} : { didYouMean }) };
      }
    }
    return { ...answer, tookMs: Math.round((performance.now() - started) * 100) / 100 };
  }

  /**
   * @param strategy `all`: every word must match; `frequency`: the widened search of a partial answer, whose list
   *   with the exact accents keeps `all` so that partial matches never come before a document with every word.
   */
  private async run(query: SearchQuery, parsed: ParsedQuery, strategy: 'all' | 'frequency' = 'all'): Promise<Omit<SearchResult, 'tookMs' | 'partial'> & { best: Hit | undefined }> {
    const offset = (query.page - 1) * query.pageSize;
    const window = offset + query.pageSize;
    const byNumber = numberFilter(parsed.numbers);
    const own = ownNumberFilter(parsed.numbers);
    const filters = (except?: FacetName) => [...buildFilters(query, except), ...(byNumber === null ? [] : [byNumber])];
    const folded = queryText(parsed, 'folded');
    // One hit per document comes from the index's `distinctAttribute` (the `distinct` search parameter is newer
    // than the Meilisearch in docker-compose.yml).
    const common = { indexUid: this.uid, matchingStrategy: 'all' as const, attributesToRetrieve: RETRIEVED };

    const queries: Array<{ role: 'own' | 'exact' | 'main' | FacetName; query: MultiSearchQuery }> = [];
    if (own !== null) queries.push({ role: 'own', query: { ...common, q: '', filter: [...buildFilters(query), own], limit: window } });
    if (parsed.terms.some((term) => term.accented)) {
      queries.push({ role: 'exact', query: { ...common, q: queryText(parsed, 'toned'), attributesToSearchOn: TONED_ATTRIBUTES, filter: filters(), limit: window } });
    }
    queries.push({
      role: 'main',
      query: { ...common, matchingStrategy: strategy, q: folded, filter: filters(), page: 1, hitsPerPage: Math.max(window, 1), facets: Object.values(FACET_ATTRIBUTES).map((a) => a.facet) },
    });
    for (const name of Object.keys(FACET_ATTRIBUTES) as FacetName[]) {
      if (query[name] === undefined) continue;
      queries.push({ role: name, query: { ...common, matchingStrategy: strategy, q: folded, filter: filters(name), page: 1, hitsPerPage: 0, facets: [FACET_ATTRIBUTES[name].facet] } });
    }

    const { results } = await this.client.multiSearch({ queries: queries.map((q) => q.query) }).catch(unavailable);
    const byRole = new Map(queries.map((q, i) => [q.role, results[i] as SearchResponse<Hit> | undefined]));
    const main = byRole.get('main');
    const facets = facetsFromDistribution(main?.facetDistribution);
    for (const name of Object.keys(FACET_ATTRIBUTES) as FacetName[]) {
      const response = byRole.get(name);
      if (response !== undefined) facets[name] = facetsFromDistribution(response.facetDistribution)[name];
    }
    const lists = (['own', 'exact', 'main'] as const).map((role) => (byRole.get(role)?.hits ?? []) as Hit[]);
    const matcher = createQueryMatcher(parsed);
    return {
      hits: mergeHits(lists, offset, query.pageSize).map((hit) => toHit(hit, matcher)),
      total: main?.totalHits ?? main?.estimatedTotalHits ?? 0,
      facets,
      best: mergeHits(lists, 0, 1)[0],
    };
  }

  async rebuild(source: AsyncIterable<SearchDocument> | Iterable<SearchDocument>, options: RebuildOptions = {}): Promise<RebuildReport> {
    const started = performance.now();
    const next = `${this.uid}_next_${Date.now()}`;
    await this.prepare(next).catch(unavailable);
    this.mirror = next;
    let indexed = 0;
    try {
      let batch: SearchDocument[] = [];
      const flush = async () => {
        await this.write(next, batch.map((doc) => SearchDocumentSchema.parse(doc)));
        indexed += batch.length;
        batch = [];
        options.onProgress?.({ indexed, total: options.total ?? null });
      };
      for await (const doc of source) {
        batch.push(doc);
        if (batch.length >= REBUILD_BATCH) await flush();
      }
      if (batch.length > 0) await flush();
      // Atomic for searchers: the live uid now names the new index; the old one is deleted under the other
      // name. A missing live index is created empty first: swapping with `rename` needs Meilisearch ≥ 1.18, and
      // docker-compose.yml runs 1.16, which also rejects the `rename` field itself, so it is left out.
      await this.prepare(this.uid);
      await done(this.client.swapIndexes([{ indexes: [this.uid, next] } as IndexSwap]));
      await done(this.client.deleteIndex(next));
    } catch (error) {
      await this.client.deleteIndexIfExists(next).catch(() => false);
      return unavailable(error);
    } finally {
      this.mirror = null;
    }
    return { indexed, tookMs: Math.round(performance.now() - started) };
  }

  async close(): Promise<void> {
    // The client holds no connection open between requests.
  }
}

function toHit(hit: Hit, matcher: ReturnType<typeof createQueryMatcher>): SearchHit {
  const type = split(hit.typeFacet);
  const issuer = split(hit.issuerFacet);
  const article = hit.articleNumber === null ? undefined : { number: hit.articleNumber, title: hit.articleTitle };
  return {
    kind: hit.kind as SearchKind,
    slug: hit.slug,
    url: hitUrl(hit.url, article === undefined ? null : hit.articleAnchor),
    title: hit.title,
    ...(hit.number === null ? {} : { number: hit.number }),
    ...(hit.date === null ? {} : { date: hit.date }),
    ...(type === undefined ? {} : { type }),
    ...(issuer === undefined ? {} : { issuer }),
    ...(hit.status === null ? {} : { status: hit.status as ValidityStatus }),
    ...(article === undefined ? {} : { article }),
    // Records written before attachments were indexed have no such fields: read as "not an attachment".
    ...(hit.attachmentFile == null || hit.attachmentUrl == null ? {} : { attachment: hitAttachment({ file: hit.attachmentFile, url: hit.attachmentUrl, page: hit.attachmentPage ?? null }) }),
    // Our own snippet, not Meilisearch's `_formatted`: the same escaping and marking rules as the embedded engine.
    highlight: snippetHtml(matchText(hit.text, matcher)),
  };
}

/** The folded syllables of a hit's title and article, each with its other i/y spelling (for `partialSuggestion`). */
function foldedSyllablesOf(hit: Hit): Set<string> {
  const folded = new Set<string>();
  for (const syllable of syllables(`${hit.title} ${hit.text}`)) for (const variant of spellingVariants(syllable.folded)) folded.add(variant);
  return folded;
}

export function createMeilisearchEngine(options: MeilisearchEngineOptions): MeilisearchEngine {
  return new MeilisearchEngine(options);
}
