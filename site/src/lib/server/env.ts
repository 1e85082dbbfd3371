import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_OPEN_DATA_LICENCE, DEFAULT_REDIS_PREFIX, describeIssues, OpenDataLicenceIdSchema, optionalEnv as optional, parsedBy } from '@cong/content';
import { z } from 'zod';
import { parseTrustedProxies } from '../public-input/client-address.ts';

const absoluteUrl = (hint: string) =>
  z
    .url({ protocol: /^https?$/, error: `must be an absolute http(s) URL, e.g. ${hint}` })
    .transform((value) => value.replace(/\/+$/, ''));

/** The site's configuration, read once from the process environment at start-up. */
export const SiteEnvSchema = z.object({
  /** Base URL of the Strapi CMS, reached from the server only (the browser never sees it). */
  CMS_URL: optional(absoluteUrl('http://127.0.0.1:1337')).default('http://127.0.0.1:1337'),
  /** The `cong-site` API token (custom: only the reads the site makes), sent as `Authorization: Bearer …`. */
  CMS_TOKEN: optional(z.string().min(1)),
  /**
   * Instead of CMS_TOKEN: the site's own token file, which the CMS writes to CMS_SITE_TOKEN_FILE
   * (`{ "site", "comments", "publicInput", "searchKey"? }`, cms/src/bootstrap/api-tokens.ts), as docker-compose.yml
   * mounts it. Never the CMS's full token file: that one holds the importer's full-access token.
   */
  CMS_TOKEN_FILE: optional(z.string().min(1)),
  /** Absolute public base of this site, for canonical URLs, the sitemap, RSS and the JSON API. */
  PUBLIC_SITE_URL: optional(absoluteUrl('https://congbao.songhong.gov.vn')).default('http://localhost:4321'),
  /** Milliseconds before a CMS request counts as failed. */
  CMS_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(60_000)).default(5_000),
  /** How often the CMS change feed (`/api/site-sync/changes`) is read. */
  CMS_POLL_INTERVAL_MS: optional(z.coerce.number().int().min(200).max(60_000)).default(1_000),
  /** Bound of the in-memory CMS response cache (entries, one per request URL). */
  CMS_CACHE_MAX_ENTRIES: optional(z.coerce.number().int().min(10).max(100_000)).default(2_000),
  /** Memory for the rendered-page cache (identity, gzip and brotli bytes of every page seen), in MiB; least recently used out first. */
  PAGE_CACHE_MB: optional(z.coerce.number().int().min(1).max(16_384)).default(64),
  /** Brotli quality of the cached pages' br variant (made once per render, in the background). */
  PAGE_CACHE_BROTLI_QUALITY: optional(z.coerce.number().int().min(1).max(11)).default(9),
  /** The `cong-site-comments` token: submits citizens' comments to the CMS, nothing else. */
  CMS_COMMENT_TOKEN: optional(z.string().min(1)),
  /** Secret signing the comment form's issue time (anti-spam timing); derived from the comment token when unset. */
  COMMENT_FORM_SECRET: optional(z.string().min(16)),
  /** A comment form sent back faster than this (seconds after the page was served) is taken for a robot. */
  COMMENT_FORM_MIN_SECONDS: optional(z.coerce.number().min(0).max(600)).default(2),
  /**
   * The header the agency's reverse proxy appends the client's address to. Honoured only on requests whose
   * socket peer is in TRUSTED_PROXIES (src/lib/public-input/client-address.ts).
   */
  CLIENT_ADDRESS_HEADER: optional(z.string().regex(/^[a-z0-9-]+$/i)).default('x-forwarded-for'),
  /**
   * The reverse proxies in front of the site: IP addresses and CIDR ranges separated by commas
   * ("127.0.0.1, 10.0.0.0/8, ::1"). Unset: no forwarding header is believed, every limit keys on the socket.
   */
  TRUSTED_PROXIES: optional(parsedBy(parseTrustedProxies)),
  /**
   * Strict-Transport-Security max-age in seconds. Default: one year when the site is in production
   * (PUBLIC_SITE_URL is https, or NODE_ENV=production), else off; 0 turns it off.
   */
  HSTS_MAX_AGE: optional(z.coerce.number().int().min(0).max(63_072_000)),
  NODE_ENV: optional(z.string()),
  /** Token that may only file citizens' questions and page ratings; from CMS_TOKEN_FILE's "publicInput" too. */
  CMS_PUBLIC_INPUT_TOKEN: optional(z.string().min(1)),
  /**
   * Secret that signs the forms' timing tokens and keys the hashes of addresses (rate limits, rating votes). Unset:
   * shared through Redis when REDIS_URL is set, else random per process (forms then expire on restart, and with
   * several replicas a form served by one is refused by another).
   */
  FORM_SECRET: optional(z.string().min(16)),
  /**
   * Redis shared by every site process (redis://[:password@]host:6379[/db], rediss:// for TLS): the public forms'
   * rate limits, used form tokens and, unless FORM_SECRET is set, the forms' signing secret (src/lib/shared-state/).
   * Unset: all of that in this process's memory, as one `npm start` needs. Several replicas need it (or FORM_SECRET).
   * Also the CMS's change feed: the CMS pushes each change on `<REDIS_PREFIX>changes` and every site process
   * invalidates at once (the poll of the CMS stays, and catches what a message missed).
   */
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379' })),
  /** Prefix of every Redis key the site writes and of the change channel: several portals, or test runs, can share one Redis. */
  REDIS_PREFIX: optional(z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits and _ . : - only, e.g. cong:')).default(DEFAULT_REDIS_PREFIX),
  /** Extra public holidays, YYYY-MM-DD separated by commas (Tết, compensatory days): the 15-working-day rule skips them. */
  PUBLIC_HOLIDAYS: optional(z.string()),
  /** A Meilisearch key that may only search (never the master key); from CMS_TOKEN_FILE's "searchKey" when unset. */
  MEILISEARCH_KEY: optional(z.string().min(1)),
  /**
   * Folder of the submission journal (comments and questions accepted while the CMS was unavailable, kept until
   * delivered): default `journal/` beside the search index (SEARCH_DB_PATH's folder, or CONG_DATA_DIR, or .data).
   * One per site process: replicas each need their own.
   */
  SITE_JOURNAL_DIR: optional(z.string().min(1)),
  /**
   * Set by server.mjs's supervisor for each process it starts (SITE_PROCESSES > 1, site/supervisor.mjs), not by the
   * operator: this process's slot, 0 to count - 1, and how many processes serve the site. Process i keeps its journal in
   * SITE_JOURNAL_DIR's subfolder `process-<i>` (0: the folder itself); process 0 also delivers the journals of slots
   * the site no longer runs.
   */
  SITE_PROCESS_INDEX: optional(z.coerce.number().int().min(0).max(63)).default(0),
  SITE_PROCESS_COUNT: optional(z.coerce.number().int().min(1).max(64)).default(1),
  /**
   * Folder of the open-data files (/du-lieu-mo), regenerated after changes: default `open-data/` beside the search
   * index (SEARCH_DB_PATH's folder, or CONG_DATA_DIR, or .data). On a local disk: a province's full text is some
   * hundreds of MB. Processes may share it (each writes and removes only its own generations).
   */
  SITE_OPEN_DATA_DIR: optional(z.string().min(1)),
  /** The licence of the open-data files, by SPDX id (content/src/open-data.ts): CC-BY-4.0 (default), CC0-1.0, ODC-By-1.0. */
  OPEN_DATA_LICENCE: optional(OpenDataLicenceIdSchema).default(DEFAULT_OPEN_DATA_LICENCE),
  /**
   * The request log (read by ops.mjs, outside the bundle): `computed` (default) writes a line for every request the
   * site computes and counts the answers from memory (assets, cached pages) in one line every 10 s; `all` writes a
   * line for those too, at a fifth of the cached pages' throughput.
   */
  SITE_ACCESS_LOG: optional(z.enum(['computed', 'all'])).default('computed'),
  HOST: optional(z.string()),
  PORT: optional(z.coerce.number().int().min(1).max(65_535)),
});
export type SiteEnv = z.output<typeof SiteEnvSchema>;

/** The site's data folder: SEARCH_DB_PATH's folder, else CONG_DATA_DIR, else .data (the journal's and the open-data files' default home). */
export function siteDataDir(source: Record<string, string | undefined> = process.env): string {
  return source.SEARCH_DB_PATH ? dirname(source.SEARCH_DB_PATH) : (source.CONG_DATA_DIR ?? '.data');
}

export class InvalidEnvError extends Error {
  override name = 'InvalidEnvError';
}

const TokenFileSchema = z.object({
  site: z.string().min(1),
  comments: z.string().min(1).optional(),
  publicInput: z.string().min(1).optional(),
  searchKey: z.string().min(1).optional(),
});

export function parseEnv(
  source: Record<string, string | undefined>,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): SiteEnv {
  const result = SiteEnvSchema.safeParse(source);
  if (!result.success) {
    throw new InvalidEnvError(
      `The site's environment is invalid:\n  - ${describeIssues(result.error, { separator: '\n  - ' })}\n` +
        'Fix these variables (see site/README.md, "Configuration") and start the site again.',
    );
  }
  const env = result.data;
  if ((env.CMS_TOKEN === undefined || env.CMS_COMMENT_TOKEN === undefined || env.CMS_PUBLIC_INPUT_TOKEN === undefined || env.MEILISEARCH_KEY === undefined) && env.CMS_TOKEN_FILE !== undefined) {
    const tokens = readTokenFile(env.CMS_TOKEN_FILE, readFile);
    env.CMS_TOKEN ??= tokens.site;
    env.CMS_COMMENT_TOKEN ??= tokens.comments;
    env.CMS_PUBLIC_INPUT_TOKEN ??= tokens.publicInput;
    env.MEILISEARCH_KEY ??= tokens.searchKey;
  }
  return env;
}

function readTokenFile(path: string, readFile: (path: string) => string): z.output<typeof TokenFileSchema> {
  try {
    return TokenFileSchema.parse(JSON.parse(readFile(path)));
  } catch (error) {
    throw new InvalidEnvError(
      `CMS_TOKEN_FILE (${path}) cannot be used: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. ` +
        'It must be the JSON the CMS writes to CMS_SITE_TOKEN_FILE on start-up ({ "site": "<token>", … }); or set CMS_TOKEN instead.',
    );
  }
}

/** Parsed once, when the server first loads this module; an invalid value stops the request with a clear hint. */
export const env: SiteEnv = parseEnv(process.env);
