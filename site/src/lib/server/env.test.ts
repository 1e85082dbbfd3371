import { describe, expect, it } from 'vitest';
import { loadAgency } from '../../config/agency.ts';
import { InvalidEnvError, parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('applies defaults, and treats empty values as unset', () => {
    expect(parseEnv({ CMS_URL: '', PORT: '' })).toMatchObject({
      CMS_URL: 'http://127.0.0.1:1337',
      PUBLIC_SITE_URL: 'http://localhost:4321',
      CMS_TIMEOUT_MS: 5_000,
      CMS_POLL_INTERVAL_MS: 1_000,
      CMS_CACHE_MAX_ENTRIES: 2_000,
    });
  });

  it('trims trailing slashes so paths can be appended', () => {
    const env = parseEnv({ CMS_URL: 'http://cms:1337/', PUBLIC_SITE_URL: 'https://congbao.songhong.gov.vn/', PORT: '4399' });
    expect(env.CMS_URL).toBe('http://cms:1337');
    expect(env.PUBLIC_SITE_URL).toBe('https://congbao.songhong.gov.vn');
    expect(env.PORT).toBe(4399);
  });

  it.each([
    [{ CMS_URL: 'cms:1337' }, 'CMS_URL'],
    [{ PUBLIC_SITE_URL: 'ftp://example.vn' }, 'PUBLIC_SITE_URL'],
    [{ CMS_TIMEOUT_MS: 'soon' }, 'CMS_TIMEOUT_MS'],
    [{ PORT: '70000' }, 'PORT'],
  ])('rejects %j, naming the variable', (source, name) => {
    expect(() => parseEnv(source)).toThrow(InvalidEnvError);
    expect(() => parseEnv(source)).toThrow(name);
  });
});

describe('CMS_TOKEN_FILE', () => {
  const files: Record<string, string> = {
    '/srv/secrets/cms-tokens.json': JSON.stringify({ site: 'read-only-token', importer: 'full-access-token' }),
    '/srv/secrets/broken.json': '{"importer": "x"}',
    '/srv/site-secrets/site-tokens.json': JSON.stringify({ site: 's', comments: 'c', publicInput: 'p', searchKey: 'search-only' }),
  };
  const readFile = (path: string) => {
    const content = files[path];
    if (content === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
    return content;
  };

  it('takes the site token from the file the CMS provisions', () => {
    expect(parseEnv({ CMS_TOKEN_FILE: '/srv/secrets/cms-tokens.json' }, readFile).CMS_TOKEN).toBe('read-only-token');
  });

  it("takes the search-only Meilisearch key from the site's token file, unless MEILISEARCH_KEY is set", () => {
    const env = parseEnv({ CMS_TOKEN_FILE: '/srv/site-secrets/site-tokens.json' }, readFile);
    expect([env.CMS_TOKEN, env.CMS_COMMENT_TOKEN, env.CMS_PUBLIC_INPUT_TOKEN, env.MEILISEARCH_KEY]).toEqual(['s', 'c', 'p', 'search-only']);
    expect(parseEnv({ CMS_TOKEN_FILE: '/srv/site-secrets/site-tokens.json', MEILISEARCH_KEY: 'explicit' }, readFile).MEILISEARCH_KEY).toBe('explicit');
  });

  it('prefers CMS_TOKEN when both are set', () => {
    expect(parseEnv({ CMS_TOKEN: 'explicit', CMS_TOKEN_FILE: '/srv/secrets/cms-tokens.json' }, readFile).CMS_TOKEN).toBe('explicit');
  });

  it.each(['/srv/secrets/missing.json', '/srv/secrets/broken.json'])('explains a file it cannot use (%s)', (path) => {
    expect(() => parseEnv({ CMS_TOKEN_FILE: path }, readFile)).toThrow(/CMS_TOKEN_FILE .* cannot be used/);
  });
});

describe('loadAgency', () => {
  it('uses the demo agency unless AGENCY_* overrides it', () => {
    expect(loadAgency({}).name).toBe('Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu mẫu)');
    expect(loadAgency({ AGENCY_NAME: ' Ủy ban nhân dân tỉnh Gia Lai ' }).name).toBe('Ủy ban nhân dân tỉnh Gia Lai');
  });

  it('rejects an invalid e-mail', () => {
    expect(() => loadAgency({ AGENCY_EMAIL: 'not-an-email' })).toThrow('AGENCY_EMAIL');
  });
});
