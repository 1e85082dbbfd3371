import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { CHANGE_CURSOR_HEADER, ChangeFeedAnswerSchema, type ChangeMessage, cursorIsAhead, describeIssues, parseChangeCursor, SEARCH_TAG, tagsForChange } from '@cong/content';
import type { z } from 'zod';
import { subscribeToChanges } from './change-subscriber.ts';
import { tagsForRead } from './cms-tags.ts';
import { env } from '../server/env.ts';
import { CmsUnavailableError } from '../server/errors.ts';
import { invalidateTags, onInvalidate } from '../page-cache/invalidation.ts';
import { recordTags } from '../page-cache/request-tags.ts';
import { processWide } from '../server/process-wide.ts';
import { requestIdHeader } from '../server/request-context.ts';
import { ResponseCache } from './response-cache.ts';
import { type StrapiParams, toQueryString } from './strapi-query.ts';

/**
 * The one door to the CMS. Server-side only: the token and CMS_URL never reach the browser.
 * Every read goes through the response cache (src/lib/cms/response-cache.ts) and records the cache tags of what it
 * returned for the page being rendered (cms-tags.ts → page-cache/request-tags.ts). A background poller reads the
 * CMS's change feed every second (GET /api/site-sync/changes) and invalidates exactly the tags of what changed
 * (page-cache/invalidation.ts: the data cache and the page cache both listen); with REDIS_URL the CMS also pushes
 * each change at once. So a page view normally costs no CMS round-trip, and a publish is visible within a second.
 */

/** A CMS answer to a POST: its status, its JSON body (null when it sent none or not JSON) and headers. */
export type CmsAnswer = { status: number; body: unknown; headers: Headers; /** The body's start as text, for logs. */ detail: string };

/** A CMS answer as cached: the body and the cache tags of what it holds. */
export type CachedRead = { body: unknown; tags: readonly string[] };

export interface CmsClientOptions {
  baseUrl: string;
  token?: string | undefined;
  timeoutMs: number;
  cache: ResponseCache<CachedRead>;
  fetch?: typeof fetch;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
  /** Where invalidations go: the process's bus (page-cache/invalidation.ts), which the data cache listens to. */
  invalidate?: (tags: readonly string[] | 'all') => void;
  /** How long after a change to searchable content `search` is invalidated once more (the index catches up). */
  searchSettleMs?: number;
}

const CHANGES_PATH = '/api/site-sync/changes';
const VERSION_PATH = '/api/site-sync/version';

export class CmsClient {
  readonly #baseUrl: string;
  readonly #token: string | undefined;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;
  readonly #customFetch: boolean;
  readonly #log: Pick<Console, 'info' | 'warn' | 'error'>;
  readonly #invalidate: (tags: readonly string[] | 'all') => void;
  readonly cache: ResponseCache<CachedRead>;
  #poller: ReturnType<typeof setInterval> | undefined;
  /** The read of the change feed under way, which a second caller joins instead of starting another. */
  #polling: Promise<void> | undefined;
  /** Where the change feed was last read up to (`<bootId>-<seq>`); null before the first read. */
  #cursor: string | null = null;
  /** Changes after the cursor already applied from a Redis push, so the poll does not invalidate them again. */
  readonly #pushed = new Set<number>();
  /** 'version': the CMS has no change feed this site may read (older CMS, or a token without the action). */
  #feedMode: 'changes' | 'version' = 'changes';
  readonly #searchSettleMs: number;
  #searchSettle: ReturnType<typeof setTimeout> | undefined;
  #searchAgain = false;
  /** The first read of the change counter: requests wait for it, so nothing is cached under an unknown version. */
  #firstPoll: Promise<void> | undefined;

  constructor(options: CmsClientOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#timeoutMs = options.timeoutMs;
    this.#fetch = options.fetch ?? fetch;
    this.#customFetch = options.fetch !== undefined;
    this.#log = options.log ?? console;
    this.#invalidate = options.invalidate ?? invalidateTags;
    this.#searchSettleMs = options.searchSettleMs ?? 2_000;
    this.cache = options.cache;
  }

  /** Absolute CMS URL for a path (`/uploads/…`); for the file proxy only. */
  url(path: string): string {
    return `${this.#baseUrl}${path}`;
  }

  /**
   * GET a Strapi REST path, validated with `schema`. Cached by URL; concurrent identical calls share one request.
   * Throws CmsUnavailableError when the CMS cannot answer and nothing is cached.
   */
  async get<S extends z.ZodType>(path: `/api/${string}`, params: StrapiParams, schema: S): Promise<z.output<S>> {
    const url = this.#readUrl(path, params);
    if (this.#firstPoll) await this.#firstPoll;
    const read = await this.cache.get(url, () => this.#read(url, path, schema));
    // Also when the answer came from the cache: the page being rendered shows it all the same.
    recordTags(read.tags);
    return read.body as z.output<S>;
  }

  /**
   * GET as `get` does (validated, tags recorded), without keeping the answer in the data cache: for reads that go
   * through everything once, page by page (the open-data files, every document's full text), which would
   * otherwise push out what the pages keep reading.
   */
  async getUncached<S extends z.ZodType>(path: `/api/${string}`, params: StrapiParams, schema: S): Promise<z.output<S>> {
    const url = this.#readUrl(path, params);
    if (this.#firstPoll) await this.#firstPoll;
    const read = await this.#read(url, path, schema);
    recordTags(read.tags);
    return read.body;
  }

  #readUrl(path: string, params: StrapiParams): string {
    const query = toQueryString(params);
    return `${this.#baseUrl}${path}${query ? `?${query}` : ''}`;
  }

  /** One read of the CMS for `get` and `getUncached`: the answer validated, with the cache tags it carries. */
  async #read<S extends z.ZodType>(url: string, path: string, schema: S): Promise<{ body: z.output<S>; tags: ReturnType<typeof tagsForRead> }> {
    const { json, cursor } = await this.#getJson(url);
    // Data newer than the feed this process applied: apply the feed first, so what that change made stale (the
    // page of a document citing one that just arrived) is invalidated before this answer is shown (D17).
    await this.#catchUp(cursor);
    // Tags from the raw answer, before the schema drops fields: every documentId it carries counts.
    return { body: schemaParse(schema, json, path), tags: tagsForRead(path, json) };
  }

  /**
   * POST to a CMS action with that action's own token; never cached. Any HTTP answer is returned as it is, for
   * the caller to map (the submission journal tells a refused token from a failing CMS by the status); when the
   * CMS does not answer at all (refused, reset, CMS_TIMEOUT_MS), CmsUnavailableError with the network error as
   * its cause. `body` is JSON, or FormData (a comment with files).
   */
  async send(path: `/api/${string}`, body: unknown, options: { token: string | undefined; headers?: Record<string, string> }): Promise<CmsAnswer> {
    const url = `${this.#baseUrl}${path}`;
    let response: Response;
    try {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        // A FormData body (a comment with files) sets its own multipart boundary.
        ...(body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        ...requestIdHeader(),
        ...options.headers,
      };
      const signal = AbortSignal.timeout(this.#timeoutMs);
      // JSON (every comment without files) goes over node:http: under a burst of comments, fetch's machinery
      // was the largest share of the site's CPU per comment. A file upload, or a test's own fetch, uses fetch.
      response =
        body instanceof FormData || this.#customFetch
          ? await this.#fetch(url, { method: 'POST', headers, body: body instanceof FormData ? body : JSON.stringify(body), signal })
          : await postJson(url, { headers, body: JSON.stringify(body), signal });
    } catch (error) {
      throw new CmsUnavailableError(`CMS did not answer POST ${redact(url)}: ${describe(error)}`, `Check that Strapi runs at CMS_URL (${this.#baseUrl}).`, { cause: error });
    }
    const text = await response.text().catch(() => '');
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (a proxy's error page): the status says what happened; `detail` keeps the start for the log.
    }
    return { status: response.status, body: json, headers: response.headers, detail: text.slice(0, 300) };
  }

  /**
   * POST to a CMS action (a comment) as `send` does, except that a CMS that fails (5xx) or refuses the token
   * (401, 403) is a CmsUnavailableError too, so nothing counts as accepted unless the CMS said so; 2xx and other
   * 4xx answers are returned for the caller to map. `refusedHint` names the token to check on a 401/403.
   */
  async post(path: `/api/${string}`, body: unknown, options: { token: string | undefined; headers?: Record<string, string>; refusedHint?: string }): Promise<CmsAnswer> {
    const answer = await this.send(path, body, options);
    if (answer.status >= 500 || answer.status === 401 || answer.status === 403) {
      throw new CmsUnavailableError(
        `CMS answered ${answer.status} to POST ${redact(`${this.#baseUrl}${path}`)}: ${answer.detail}`,
        answer.status < 500 ? (options.refusedHint ?? 'CMS_COMMENT_TOKEN is missing or wrong (the `cong-site-comments` token from CMS_TOKEN_FILE).') : hintForStatus(answer.status),
        { status: answer.status },
      );
    }
    return answer;
  }

  /**
   * A public upload, streamed (the file proxy /tep/): no token (uploads are public in Strapi), redirects not
   * followed, and the time-out covers the wait for headers only: a large file may take longer than
   * CMS_TIMEOUT_MS to stream. A network failure is thrown as it is: the proxy tells Strapi's broken answer to a
   * range past the end (fetch rejects it) from a CMS that is down.
   */
  async file(path: string, init: { method: string; headers?: Headers }): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('timeout')), this.#timeoutMs);
    try {
      return await this.#fetch(this.url(path), { method: init.method, ...(init.headers ? { headers: init.headers } : {}), signal: controller.signal, redirect: 'manual' });
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The CMS's own readiness (`GET /readyz`: its database and Meilisearch), for the site's /readyz, with that
   * check's short time-out; throws when the CMS is not ready or does not answer.
   */
  async checkReady(timeoutMs: number): Promise<void> {
    const response = await this.#fetch(`${this.#baseUrl}/readyz`, { headers: requestIdHeader(), signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  }

  /**
   * Reads the change feed once and invalidates what changed (the tags of each change; everything after a reset:
   * the CMS restarted or the site fell too far behind). Falls back to the opaque counter (/version: any move
   * invalidates everything) when the CMS has no change feed for this site. Never throws.
   */
  pollVersion(): Promise<void> {
    // The previous read is still waiting: join it rather than pile up.
    this.#polling ??= this.#poll().finally(() => {
      this.#polling = undefined;
    });
    return this.#polling;
  }

  /**
   * Reads the feed until it reaches `cursor` (the one a CMS answer carried): at most twice, since a read already
   * under way may have started before that change. Only with the change feed: the counter invalidates everything.
   */
  async #catchUp(cursor: string | null): Promise<void> {
    for (let round = 0; round < 2 && this.#feedMode === 'changes' && cursorIsAhead(cursor, this.#cursor); round += 1) {
      await this.pollVersion();
    }
  }

  async #poll(): Promise<void> {
    const before = this.cache.feed;
    try {
      if (this.#feedMode === 'changes' && (await this.#pollChanges())) return;
      await this.#pollCounter(before);
      if (before === 'offline') this.#log.info('[cms] CMS reachable again; cache follows its change feed.');
    } catch (error) {
      if (before !== 'offline') {
        this.#log.warn(`[cms] cannot read the CMS change feed (${describe(error)}); serving cached pages until it answers.`);
      }
      this.cache.observeOffline();
    }
  }

  /** false: this CMS has no change feed the site may read (then the counter is polled instead). */
  async #pollChanges(): Promise<boolean> {
    const before = this.cache.feed;
    const query = this.#cursor ? `?since=${encodeURIComponent(this.#cursor)}` : '';
    const response = await this.#request(`${this.#baseUrl}${CHANGES_PATH}${query}`);
    if (response.status === 404 || response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      this.#log.warn(
        `[cms] ${CHANGES_PATH} answered ${response.status}: any change now empties the whole cache. ` +
          (response.status === 404
            ? 'Deploy the CMS version that matches the site to invalidate precisely.'
            : "The site's token (CMS_TOKEN, `cong-site`) lacks api::site-sync.site-sync.changes: restart the CMS to re-provision it."),
      );
      this.#feedMode = 'version';
      return false;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = ChangeFeedAnswerSchema.safeParse(await response.json());
    if (!parsed.success) throw new Error(`change feed answer does not match the content model: ${describeIssues(parsed.error, { limit: 1 })}`);
    const answer = parsed.data;
    this.cache.observeTracking();
    if ('reset' in answer) {
      // A restarted CMS (or a gap): nothing says what changed meanwhile. The first read lands here too.
      this.#invalidate('all');
    } else {
      const tags = new Set<string>();
      for (const change of answer.changes) {
        if (this.#pushed.has(change.seq)) continue;
        for (const tag of tagsForChange(change)) tags.add(tag);
      }
      if (tags.size) this.#apply([...tags]);
    }
    this.#cursor = answer.version;
    this.#prunePushed();
    if (before === 'offline') this.#log.info('[cms] CMS reachable again; cache follows its change feed.');
    return true;
  }

  /** The opaque counter of an older CMS: any move invalidates everything. */
  async #pollCounter(before: string): Promise<void> {
    const response = await this.#request(`${this.#baseUrl}${VERSION_PATH}`);
    if (response.status === 404) {
      if (before !== 'no-feed') {
        this.#log.warn(
          `[cms] ${VERSION_PATH} answered 404: cache entries now expire after 2 s. ` +
            'Deploy the CMS with the site-sync API to cache until content changes.',
        );
      }
      this.cache.observeNoFeed();
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = (await response.json()) as { version?: unknown };
    if (typeof body.version !== 'string' && typeof body.version !== 'number') {
      throw new Error('response has no "version"');
    }
    const previous = this.cache.version;
    if (this.cache.observeVersion(String(body.version))) {
      this.#invalidate('all');
      // A new boot may be a CMS upgraded to have the change feed: try it again.
      if (previous && parseChangeCursor(previous)?.bootId !== parseChangeCursor(String(body.version))?.bootId) this.#feedMode = 'changes';
    }
  }

  /**
   * A change pushed over Redis (change-subscriber.ts): invalidated at once if it is news for this boot of the CMS.
   * The cursor only moves with the poll, which skips what was applied here, so nothing is invalidated twice and a
   * lost or reordered message is still caught by the poll.
   */
  applyPushedChange(change: ChangeMessage): void {
    const cursor = this.#cursor ? parseChangeCursor(this.#cursor) : null;
    if (!cursor || cursor.bootId !== change.bootId || change.seq <= cursor.seq || this.#pushed.has(change.seq)) return;
    if (this.#pushed.size >= 10_000) this.#pushed.clear(); // the poll is away (CMS unreachable): forget, it will re-announce
    this.#pushed.add(change.seq);
    this.#apply(tagsForChange(change));
  }

  /**
   * Invalidates the tags of announced changes. The CMS indexes a change for search after it commits (its queue
   * drains at once; Meilisearch applies the write as a task of its own), so a search answer rendered between the
   * announcement and the index update would be cached with the old hits: `search` is invalidated once more when
   * the index has had time to catch up (one timer at a time; changes arriving meanwhile get one more round).
   */
  #apply(tags: readonly string[]): void {
    this.#invalidate(tags);
    if (!tags.includes(SEARCH_TAG)) return;
    if (this.#searchSettle) {
      this.#searchAgain = true;
      return;
    }
    const settle = () => {
      this.#searchSettle = undefined;
      this.#invalidate([SEARCH_TAG]);
      if (this.#searchAgain) {
        this.#searchAgain = false;
        this.#searchSettle = setTimeout(settle, this.#searchSettleMs);
        this.#searchSettle.unref?.();
      }
    };
    this.#searchSettle = setTimeout(settle, this.#searchSettleMs);
    this.#searchSettle.unref?.();
  }

  #prunePushed(): void {
    const seq = this.#cursor ? (parseChangeCursor(this.#cursor)?.seq ?? 0) : 0;
    for (const pushed of this.#pushed) if (pushed <= seq) this.#pushed.delete(pushed);
  }

  /** Starts the background poller once; unref'd so it never keeps the process alive. */
  startPolling(intervalMs: number): void {
    if (this.#poller) return;
    this.#firstPoll = this.pollVersion();
    this.#poller = setInterval(() => void this.pollVersion(), intervalMs);
    this.#poller.unref?.();
  }

  stopPolling(): void {
    if (this.#poller) clearInterval(this.#poller);
    this.#poller = undefined;
  }

  async #request(url: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...requestIdHeader() };
    if (this.#token) headers.Authorization = `Bearer ${this.#token}`;
    return this.#fetch(url, { headers, signal: AbortSignal.timeout(this.#timeoutMs) });
  }

  async #getJson(url: string): Promise<{ json: unknown; cursor: string | null }> {
    let response: Response;
    try {
      response = await this.#request(url);
    } catch (error) {
      throw new CmsUnavailableError(
        `CMS did not answer ${redact(url)}: ${describe(error)}`,
        `Check that Strapi runs at CMS_URL (${this.#baseUrl}) and answers within ${this.#timeoutMs} ms (CMS_TIMEOUT_MS).`,
        { cause: error },
      );
    }
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      throw new CmsUnavailableError(
        `CMS answered ${response.status} to ${redact(url)}: ${detail.slice(0, 300)}`,
        hintForStatus(response.status),
      );
    }
    try {
      return { json: await response.json(), cursor: response.headers.get(CHANGE_CURSOR_HEADER) };
    } catch (error) {
      throw new CmsUnavailableError(`CMS sent invalid JSON for ${redact(url)}`, 'Check CMS_URL points at the Strapi API, not a proxy page.', {
        cause: error,
      });
    }
  }
}

function schemaParse<S extends z.ZodType>(schema: S, body: unknown, path: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new CmsUnavailableError(
    `CMS response for ${path} does not match the content model: ${describeIssues(result.error, { limit: 5 })}`,
    'The CMS content types and the content model (content/src/, and the Strapi shapes in site/src/lib/cms/strapi-schemas.ts) disagree; deploy matching versions of cms/ and site/.',
  );
}

function hintForStatus(status: number): string {
  if (status === 401 || status === 403) {
    return 'CMS_TOKEN is missing or wrong, or the `cong-site` token lacks the read this path needs (SITE_READ_ACTIONS in cms/src/bootstrap/api-tokens.ts; the CMS re-provisions the token when it starts).';
  }
  if (status === 400) return 'Strapi rejected the query (strictParams is on): a field, filter or populate the site asks for (src/lib/cms/cms-queries.ts, the data modules of src/lib/) does not exist in the CMS schema.';
  if (status === 404) return 'The content type is missing from the CMS; deploy the CMS version that matches the site.';
  if (status === 429) return 'Strapi is rate-limiting the site; raise its limit for the site token or lengthen the cache.';
  return 'Strapi failed; see its log.';
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}

function redact(url: string): string {
  return url.length > 300 ? `${url.slice(0, 300)}…` : url;
}

const keepAlive = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/** A POST with a string body over node:http(s) with kept-alive connections, answering a fetch Response. */
function postJson(url: string, init: { headers: Record<string, string>; body: string; signal: AbortSignal }): Promise<Response> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(
      target,
      { method: 'POST', agent: secure ? keepAlive.https : keepAlive.http, headers: { ...init.headers, 'Content-Length': String(Buffer.byteLength(init.body)) }, signal: init.signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
          }
          const status = res.statusCode ?? 502;
          const noBody = status === 204 || status === 304;
          resolve(new Response(noBody ? null : Buffer.concat(chunks), { status, headers }));
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The process-wide client; the poller starts with the first call, once per process. */
export function cms(): CmsClient {
  return processWide('cmsClient', () => {
    const client = new CmsClient({
      baseUrl: env.CMS_URL,
      token: env.CMS_TOKEN,
      timeoutMs: env.CMS_TIMEOUT_MS,
      cache: new ResponseCache<CachedRead>({
        maxEntries: env.CMS_CACHE_MAX_ENTRIES,
        tagsOf: (read) => read.tags,
        onStaleServed: (key, error) =>
          console.warn(`[cms] served a stale copy of ${redact(key)}: ${describe(error)}`),
      }),
    });
    const cache = client.cache;
    // The data cache honours every invalidation, whoever sends it (this client's poller, its Redis subscription).
    onInvalidate((tags) => cache.invalidate(tags));
    client.startPolling(env.CMS_POLL_INTERVAL_MS);
    if (env.REDIS_URL) {
      subscribeToChanges({ url: env.REDIS_URL, prefix: env.REDIS_PREFIX, onChange: (change) => client.applyPushedChange(change) });
    }
    return client;
  });
}
