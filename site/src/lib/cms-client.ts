import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { z } from 'zod';
import { env } from './env.ts';
import { CmsUnavailableError } from './errors.ts';
import { requestIdHeader } from './request-context.ts';
import { ResponseCache } from './response-cache.ts';
import { type StrapiParams, toQueryString } from './strapi-query.ts';

/**
 * The one door to the CMS. Server-side only: the token and CMS_URL never reach the browser.
 * Every read goes through the response cache (src/lib/response-cache.ts); a background poller reads Strapi's
 * change counter every second and invalidates the cache when it moves, so a page view normally costs no CMS
 * round-trip and a publish/unpublish is visible within about a second.
 */

export interface CmsClientOptions {
  baseUrl: string;
  token?: string | undefined;
  timeoutMs: number;
  cache: ResponseCache<unknown>;
  fetch?: typeof fetch;
  log?: Pick<Console, 'info' | 'warn' | 'error'>;
}

const VERSION_PATH = '/api/site-sync/version';

export class CmsClient {
  readonly #baseUrl: string;
  readonly #token: string | undefined;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;
  readonly #customFetch: boolean;
  readonly #log: Pick<Console, 'info' | 'warn' | 'error'>;
  readonly cache: ResponseCache<unknown>;
  #poller: ReturnType<typeof setInterval> | undefined;
  #polling = false;
  /** The first read of the change counter: requests wait for it, so nothing is cached under an unknown version. */
  #firstPoll: Promise<void> | undefined;

  constructor(options: CmsClientOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#timeoutMs = options.timeoutMs;
    this.#fetch = options.fetch ?? fetch;
    this.#customFetch = options.fetch !== undefined;
    this.#log = options.log ?? console;
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
    const query = toQueryString(params);
    const url = `${this.#baseUrl}${path}${query ? `?${query}` : ''}`;
    if (this.#firstPoll) await this.#firstPoll;
    return this.cache.get(url, async () => schemaParse(schema, await this.#getJson(url), path)) as Promise<
      z.output<S>
    >;
  }

  /**
   * POST JSON to a CMS action (a comment) with that action's own token; never cached. 2xx and 4xx answers are
   * returned as they are, for the caller to map; when the CMS cannot answer, fails (5xx) or refuses the token,
   * CmsUnavailableError is thrown, so nothing counts as accepted unless the CMS said so.
   */
  async post(path: `/api/${string}`, body: unknown, options: { token: string | undefined; headers?: Record<string, string> }): Promise<{ status: number; body: unknown; headers: Headers }> {
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
    if (response.status >= 500 || response.status === 401 || response.status === 403) {
      const detail = await response.text().catch(() => '');
      throw new CmsUnavailableError(
        `CMS answered ${response.status} to POST ${redact(url)}: ${detail.slice(0, 300)}`,
        response.status < 500 ? 'CMS_COMMENT_TOKEN is missing or wrong (the `cong-site-comments` token from CMS_TOKEN_FILE).' : hintForStatus(response.status),
        { status: response.status },
      );
    }
    const json = await response.json().catch(() => null);
    return { status: response.status, body: json, headers: response.headers };
  }

  /** Reads the change counter once and tells the cache. Never throws. */
  async pollVersion(): Promise<void> {
    if (this.#polling) return; // the previous read is still waiting: don't pile up
    this.#polling = true;
    const before = this.cache.feed;
    try {
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
      this.cache.observeVersion(String(body.version));
      if (before === 'offline') this.#log.info('[cms] CMS reachable again; cache follows its change feed.');
    } catch (error) {
      if (before !== 'offline') {
        this.#log.warn(`[cms] cannot read ${VERSION_PATH} (${describe(error)}); serving cached pages until it answers.`);
      }
      this.cache.observeOffline();
    } finally {
      this.#polling = false;
    }
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

  async #getJson(url: string): Promise<unknown> {
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
      return await response.json();
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
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new CmsUnavailableError(
    `CMS response for ${path} does not match the content model: ${issues}`,
    'The CMS content types and content/src/legal-document.ts disagree; deploy matching versions of cms/ and site/.',
  );
}

function hintForStatus(status: number): string {
  if (status === 401 || status === 403) {
    return 'CMS_TOKEN is missing, wrong, or the token lacks find/findOne on legal-document, document-type, issuing-body and legal-field.';
  }
  if (status === 400) return 'Strapi rejected the query (strictParams is on): a field or populate in src/lib/legal-documents.ts does not exist in the CMS schema.';
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

const SINGLETON = Symbol.for('cong.site.cmsClient');
type WithClient = typeof globalThis & { [SINGLETON]?: CmsClient };

/** The process-wide client; the poller starts with the first call, once per process. */
export function cms(): CmsClient {
  const holder = globalThis as WithClient;
  let client = holder[SINGLETON];
  if (!client) {
    client = new CmsClient({
      baseUrl: env.CMS_URL,
      token: env.CMS_TOKEN,
      timeoutMs: env.CMS_TIMEOUT_MS,
      cache: new ResponseCache<unknown>({
        maxEntries: env.CMS_CACHE_MAX_ENTRIES,
        onStaleServed: (key, error) =>
          console.warn(`[cms] served a stale copy of ${redact(key)}: ${describe(error)}`),
      }),
    });
    client.startPolling(env.CMS_POLL_INTERVAL_MS);
    holder[SINGLETON] = client;
  }
  return client;
}
