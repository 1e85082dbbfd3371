import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONSULTATION_DAYS, DEFAULT_REDIS_PREFIX } from '@cong/content';
import { extractionLimits, InvalidCmsEnvError, parseCmsEnv } from './env';
import { EXTRACTION_LIMITS } from './rules/original-text';

describe("the CMS's environment", () => {
  it('has a default for everything it may do without', () => {
    expect(parseCmsEnv({})).toMatchObject({
      COMMENT_RATE_WINDOW_SECONDS: 600,
      COMMENT_RATE_PER_EMAIL: 10,
      COMMENT_RATE_PER_ADDRESS: 120,
      CONSULTATION_MIN_DAYS: DEFAULT_MIN_CONSULTATION_DAYS,
      CMS_ADMIN_EMAIL: 'admin@cong.local',
      REDIS_PREFIX: DEFAULT_REDIS_PREFIX,
      MEILISEARCH_INDEX: 'cong',
    });
  });

  it('sets the text-extraction limits, each defaulting to the rule’s own, the worker heap never below its default', () => {
    expect(extractionLimits(parseCmsEnv({}))).toEqual(EXTRACTION_LIMITS);
    const env = parseCmsEnv({ ORIGINAL_TEXT_MAX_MB: '20', ORIGINAL_TEXT_MAX_PAGES: '500', ORIGINAL_TEXT_TIMEOUT_SECONDS: '5', ORIGINAL_TEXT_WORKER_HEAP_MB: '512', ORIGINAL_TEXT_MAX_ATTEMPTS: '1' });
    expect(extractionLimits(env)).toEqual({ maxBytes: 20 * 1024 * 1024, maxPages: 500, timeoutMs: 5000, workerHeapMb: 512, maxAttempts: 1 });
    for (const wrong of [{ ORIGINAL_TEXT_WORKER_HEAP_MB: '64' }, { ORIGINAL_TEXT_TIMEOUT_SECONDS: '0' }, { ORIGINAL_TEXT_MAX_PAGES: 'many' }]) {
      expect(() => parseCmsEnv(wrong)).toThrow(Object.keys(wrong)[0]);
    }
  });

  it("reads an empty value (docker-compose's ${X:-}) as unset", () => {
    const env = parseCmsEnv({ CONSULTATION_MIN_DAYS: '', SMTP_URL: '', REDIS_URL: '', COMMENT_RATE_PER_EMAIL: '' });
    expect(env).toMatchObject({ CONSULTATION_MIN_DAYS: DEFAULT_MIN_CONSULTATION_DAYS, COMMENT_RATE_PER_EMAIL: 10 });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
  });

  it('reads numbers and URLs', () => {
    const env = parseCmsEnv({ COMMENT_RATE_PER_EMAIL: '3', CONSULTATION_MIN_DAYS: '60', SMTP_URL: 'smtp://127.0.0.1:2525', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(env).toMatchObject({ COMMENT_RATE_PER_EMAIL: 3, CONSULTATION_MIN_DAYS: 60, SMTP_URL: 'smtp://127.0.0.1:2525', REDIS_URL: 'redis://127.0.0.1:6379' });
  });

  it('stops the start on a wrong value, naming every wrong variable and where to read about it', () => {
    const wrong = { COMMENT_RATE_PER_EMAIL: 'ten', CONSULTATION_MIN_DAYS: '0', SMTP_URL: 'mail.example.vn', PUBLIC_HOLIDAYS: '2026-02-30', REDIS_URL: 'http://redis' };
    expect(() => parseCmsEnv(wrong)).toThrow(InvalidCmsEnvError);
    let message = '';
    try {
      parseCmsEnv(wrong);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of Object.keys(wrong)) expect(message).toContain(`  - ${name}: `);
    expect(message).toContain('must be an smtp:// or smtps:// URL');
    expect(message).toContain('YYYY-MM-DD');
    expect(message).toContain('README.md');
  });

  it('the edXML inbox: off when unset, an absolute folder when set', () => {
    expect(parseCmsEnv({}).EDXML_INBOX_DIR).toBeUndefined();
    expect(parseCmsEnv({ EDXML_INBOX_DIR: '' }).EDXML_INBOX_DIR).toBeUndefined();
    expect(parseCmsEnv({ EDXML_INBOX_DIR: '/srv/cong/edxml-inbox' }).EDXML_INBOX_DIR).toBe('/srv/cong/edxml-inbox');
    expect(() => parseCmsEnv({ EDXML_INBOX_DIR: 'hop-thu' })).toThrow(/EDXML_INBOX_DIR: must be an absolute folder path/);
  });
});
