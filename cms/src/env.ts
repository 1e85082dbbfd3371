import { DEFAULT_DIGEST_HOUR, DEFAULT_MIN_CONSULTATION_DAYS, DEFAULT_REDIS_PREFIX, optionalEnv as optional, parseHolidays, parsedBy } from '@cong/content';
import { SearchEnvSchema } from '@cong/search';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { EXTRACTION_LIMITS, type ExtractionLimits } from './rules/original-text';

/**
 * The CMS's own configuration (what cms/src reads; Strapi's own settings stay in config/*.ts, read with Strapi's
 * `env()`), validated once at start: `register()` calls `cmsEnv()` first, so a wrong value stops the CMS with a
 * message naming it, instead of a rule quietly falling back to a default or failing on the first citizen's comment.
 * The search engine's variables are search's own schema (SearchEnvSchema), included so one message lists everything.
 * The production secrets are checked apart, by rules/secret-policy.ts.
 */

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const MB = 1024 * 1024;

export const CmsEnvSchema = SearchEnvSchema.extend({
  NODE_ENV: optional(z.string()),
  /** Public base of the site, for the links in mails to citizens (no link when unset). */
  PUBLIC_SITE_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL, e.g. https://congbao.songhong.gov.vn' })),
  /** SMTP server for every mail (smtp[s]://user:pass@host:port); unset: mails are recorded `mail-off`, none sent. */
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.gov.vn:587' })),
  /** Sender of every mail; default "Cổng thông tin điện tử <no-reply@cong.local>". */
  MAIL_FROM: optional(z.string()),
  /** The hour (0–23, Asia/Ho_Chi_Minh) the daily digest of e-mail subscriptions goes out; 7 by default. */
  SUBSCRIPTION_DIGEST_HOUR: optional(z.coerce.number().int().min(0).max(23)).default(DEFAULT_DIGEST_HOUR),
  /** Comment rate limits: the window, then the comments per mailbox and per client address within it. */
  COMMENT_RATE_WINDOW_SECONDS: optional(positiveInt(86_400)).default(600),
  COMMENT_RATE_PER_EMAIL: optional(positiveInt(100_000)).default(10),
  COMMENT_RATE_PER_ADDRESS: optional(positiveInt(1_000_000)).default(120),
  /** Keys the stored hashes of commenters' addresses; required in production (secret-policy.ts). */
  COMMENT_HASH_SECRET: optional(z.string()),
  /** The minimum consultation period a draft must have to be published, in days (DEFAULT_MIN_CONSULTATION_DAYS by default). */
  CONSULTATION_MIN_DAYS: optional(positiveInt(365)).default(DEFAULT_MIN_CONSULTATION_DAYS),
  /** Extra public holidays, YYYY-MM-DD separated by commas: the Q&A 15-working-day rule skips them. */
  PUBLIC_HOLIDAYS: optional(parsedBy(parseHolidays)),
  /** Domains of the official e-mail addresses (agency, units, officials); `.gov.vn` by default. */
  OFFICIAL_EMAIL_DOMAINS: optional(z.string()),
  /** Private folder of comment attachments (personal data, never under public/uploads); default `<public>/../private`. */
  CMS_PRIVATE_DIR: optional(z.string()),
  /** Folder of the trusted root certificates (PEM/DER) that signed originals are verified against; default `<public>/../trust-list`. Empty: every signature is "untrusted". */
  TRUST_LIST_DIR: optional(z.string()),
  /** The first super admin, created on an empty database. */
  CMS_ADMIN_EMAIL: optional(z.string()).default('admin@cong.local'),
  CMS_ADMIN_PASSWORD: optional(z.string()),
  CMS_ADMIN_PASSWORD_FILE: optional(z.string()),
  /** Where the CMS writes every API token (the importer's full-access one included), and the site's own tokens. */
  CMS_TOKEN_FILE: optional(z.string()),
  CMS_SITE_TOKEN_FILE: optional(z.string()),
  /** Redis for pushing the change feed to every site process at once (the poll stays the fallback). */
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379' })),
  /**
   * The edXML inbox: a folder the CMS watches for packages (*.edxml) from the document-exchange system; each becomes
   * a draft flagged for an editor, the package moved to processed/ or failed/ with a report. Unset: no inbox.
   */
  EDXML_INBOX_DIR: optional(z.string().refine((path) => isAbsolute(path), { error: 'must be an absolute folder path, e.g. /srv/cong/edxml-inbox' })),
  /**
   * The limits of reading an original's text (services/original-text/): size, pages, time per file, a worker's
   * heap, attempts. Defaults: EXTRACTION_LIMITS. The heap is never below its default: under it, Node 24 was seen to
   * abort the whole process instead of only the worker when a decompression bomb filled the heap.
   */
  ORIGINAL_TEXT_MAX_MB: optional(positiveInt(2048)).default(EXTRACTION_LIMITS.maxBytes / MB),
  ORIGINAL_TEXT_MAX_PAGES: optional(positiveInt(100_000)).default(EXTRACTION_LIMITS.maxPages),
  ORIGINAL_TEXT_TIMEOUT_SECONDS: optional(positiveInt(3600)).default(EXTRACTION_LIMITS.timeoutMs / 1000),
  ORIGINAL_TEXT_WORKER_HEAP_MB: optional(z.coerce.number().int().min(EXTRACTION_LIMITS.workerHeapMb).max(16_384)).default(EXTRACTION_LIMITS.workerHeapMb),
  ORIGINAL_TEXT_MAX_ATTEMPTS: optional(positiveInt(20)).default(EXTRACTION_LIMITS.maxAttempts),
  REDIS_PREFIX: optional(z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits and _ . : - only, e.g. cong:')).default(DEFAULT_REDIS_PREFIX),
});
export type CmsEnv = z.output<typeof CmsEnvSchema>;

/** The text-extraction limits this configuration sets (ORIGINAL_TEXT_*). */
export function extractionLimits(env: CmsEnv): ExtractionLimits {
  return {
    maxBytes: env.ORIGINAL_TEXT_MAX_MB * MB,
    maxPages: env.ORIGINAL_TEXT_MAX_PAGES,
    timeoutMs: env.ORIGINAL_TEXT_TIMEOUT_SECONDS * 1000,
    workerHeapMb: env.ORIGINAL_TEXT_WORKER_HEAP_MB,
    maxAttempts: env.ORIGINAL_TEXT_MAX_ATTEMPTS,
  };
}

export class InvalidCmsEnvError extends Error {
  override name = 'InvalidCmsEnvError';
}

export function parseCmsEnv(source: Record<string, string | undefined>): CmsEnv {
  const result = CmsEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
  throw new InvalidCmsEnvError(
    `The CMS's environment is invalid:\n${lines.join('\n')}\nFix these variables (see README.md, "Configuration") and start the CMS again.`,
  );
}

let current: CmsEnv | null = null;

/** The CMS's configuration, parsed from process.env on first use (register() makes that the start). */
export function cmsEnv(): CmsEnv {
  current ??= parseCmsEnv(process.env);
  return current;
}

/** Parses process.env again: for unit tests that change it, never at run time. */
export function reloadCmsEnv(): CmsEnv {
  current = null;
  return cmsEnv();
}
