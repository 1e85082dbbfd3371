import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRAPI_CHECKED_AGAINST } from './checked-against';
import { ADMIN_LANGUAGE_KEY, MEDIA_LIBRARY_BANNER_KEY } from './admin-preferences';
import { rememberPreparedStatements } from './prepared-statements';

/**
 * The upgrade test: what the files of this folder rely on, checked against the installed packages without booting
 * Strapi. A Strapi upgrade fails here first, loudly, naming the file to re-check, instead of at a citizen's comment.
 * (The behaviour itself is covered by the system tests: comment intake, the moderators' export, the importer.)
 */
const require = createRequire(import.meta.url);
const packageRoot = (name: string) => dirname(require.resolve(`${name}/package.json`));
const installedVersion = (name: string) => (JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8')) as { version: string }).version;
const distFile = (name: string, file: string) => join(packageRoot(name), file);

describe(`Strapi internals (checked against ${STRAPI_CHECKED_AGAINST})`, () => {
  it.each([
    ['@strapi/strapi', 'the whole folder'],
    ['@strapi/admin', 'token-auth.ts (content-API token strategy), admin-session.ts (permission engine), admin-preferences.ts (localStorage keys)'],
    ['@strapi/core', 'admin-session.ts (session manager), document-rows.ts (storage layout)'],
    ['@strapi/upload', 'upload-security.ts (validateFiles)'],
    ['@strapi/database', 'comment-insert-batch.ts, document-rows.ts (query engine createMany), prepared-statements.ts (knex)'],
  ])('%s is the version the internals were checked against (re-check %s, then move STRAPI_CHECKED_AGAINST)', (name) => {
    expect(installedVersion(name)).toBe(STRAPI_CHECKED_AGAINST);
  });

  it("token-auth.ts: Strapi's content-API token strategy is still at its file, with authenticate and verify", () => {
    const file = distFile('@strapi/admin', 'dist/server/server/src/strategies/content-api-token.js');
    expect(existsSync(file), `${file} is gone: re-check cms/src/strapi-internals/token-auth.ts`).toBe(true);
    const strategy = require(file).default as { name: string; authenticate: unknown; verify: unknown };
    expect(strategy.name).toBe('content-api-token');
    expect(typeof strategy.authenticate).toBe('function');
    expect(typeof strategy.verify).toBe('function');
  });

  it("upload-security.ts: @strapi/upload's validateFiles is still at its file", () => {
    const file = distFile('@strapi/upload', 'dist/server/utils/mime-validation.js');
    expect(existsSync(file), `${file} is gone: re-check cms/src/strapi-internals/upload-security.ts`).toBe(true);
    expect(typeof require(file).validateFiles).toBe('function');
  });

  it('admin-session.ts: Strapi still has the admin session manager and the permission engine it calls', () => {
    expect(readFileSync(distFile('@strapi/core', 'dist/Strapi.js'), 'utf8')).toContain('get sessionManager()');
    const sessions = readFileSync(distFile('@strapi/core', 'dist/services/session-manager.js'), 'utf8');
    expect(sessions).toContain('validateAccessToken');
    expect(sessions).toContain('isSessionActive');
    expect(readFileSync(distFile('@strapi/admin', 'dist/server/server/src/services/permission/engine.js'), 'utf8')).toContain('generateUserAbility');
  });

  it("admin-preferences.ts: the admin still reads its language and the media library banner's dismissal from those localStorage keys", () => {
    const admin = (file: string) => readFileSync(distFile('@strapi/admin', `dist/admin/admin/src/${file}`), 'utf8');
    expect(admin('reducer.mjs')).toContain(`LANGUAGE_LOCAL_STORAGE_KEY = '${ADMIN_LANGUAGE_KEY}'`);
    expect(admin('StrapiApp.mjs')).toContain("localStorage.getItem(LANGUAGE_LOCAL_STORAGE_KEY) || 'en'");
    expect(admin('components/MediaLibraryBanner.mjs')).toContain(`useScopedPersistentState(\`${MEDIA_LIBRARY_BANNER_KEY}\${isLegacyMediaLibrary}\``);
    expect(admin('hooks/usePersistentState.mjs')).toContain('const namespacedKey = `${key}:${uuid}`');
    const init = readFileSync(distFile('@strapi/admin', 'dist/server/server/src/controllers/admin.js'), 'utf8');
    expect(init).toMatch(/telemetryDisabled === true\) \{\s*uuid = false;/);
  });

  it("prepared-statements.ts: knex's better-sqlite3 client still prepares each query through the connection", () => {
    const client = readFileSync(join(dirname(require.resolve('knex/package.json', { paths: [packageRoot('@strapi/database')] })), 'lib/dialects/better-sqlite3/index.js'), 'utf8');
    expect(client).toContain('connection.prepare(obj.sql)');
  });
});

describe('the prepared-statement cache', () => {
  const connection = () => {
    let prepared = 0;
    const conn = { prepare: (sql: string) => ({ sql, n: ++prepared }) };
    rememberPreparedStatements(conn);
    return { conn, prepared: () => prepared };
  };

  it('prepares each SQL text once', () => {
    const { conn, prepared } = connection();
    const first = conn.prepare('select 1');
    expect(conn.prepare('select 1')).toBe(first);
    conn.prepare('select 2');
    expect(prepared()).toBe(2);
  });

  it('keeps the most recently used thousand', () => {
    const { conn, prepared } = connection();
    const kept = conn.prepare('select 0');
    for (let i = 1; i < 1000; i += 1) conn.prepare(`select ${i}`);
    expect(conn.prepare('select 0')).toBe(kept);
    conn.prepare('select 1000');
    // `select 1` was the least recently used: it is prepared again; `select 0` was just used and is kept.
    expect(conn.prepare('select 0')).toBe(kept);
    const before = prepared();
    conn.prepare('select 1');
    expect(prepared()).toBe(before + 1);
  });
});
