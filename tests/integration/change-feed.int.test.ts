import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ChangeFeedAnswerSchema, ChangeMessageSchema, tagsForChange, type ChangeMessage } from '../../content/src/index.ts';
import { freePort, startCms, startSite, type RunningCms, type Service } from '../../scripts/lib/services.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/**
 * The change feed end to end: a publish in the CMS names what changed (GET /api/site-sync/changes), the site
 * invalidates exactly that and shows the change within 5 s; with REDIS_URL the change is pushed at once.
 */
const stack = inject('stack');
const sqlite = stack.cms.sqlite!;
const cms = new CmsApi(sqlite.url, sqlite.importerToken, sqlite);

async function changes(cmsUrl: string, token: string, since?: string) {
  const response = await fetch(`${cmsUrl}/api/site-sync/changes${since ? `?since=${encodeURIComponent(since)}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return ChangeFeedAnswerSchema.parse(await response.json());
}

describe('the change feed (shared stack)', () => {
  it('announces a published article with its tags, and the site lists it within 5 s', async () => {
    const cursor = (await changes(sqlite.url, sqlite.siteToken)).version;
    const title = `Tin thay đổi ${randomUUID().slice(0, 8)}`;
    const created = await cms.rest('POST', '/articles?status=published', { data: { title, section: 'tin-tuc', summary: 'Kiểm thử luồng thay đổi.' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const documentId: string = created.body.data.documentId;
    const started = Date.now();
    const answer = await changes(sqlite.url, sqlite.siteToken, cursor);
    if (!('changes' in answer)) throw new Error('the feed reset although the cursor is from this boot');
    const mine = answer.changes.filter((change) => change.documentId === documentId);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]).toMatchObject({ pluralName: 'articles', searchable: true });
    expect(tagsForChange(mine[0]!)).toEqual(['kind:articles', `entry:${documentId}`, 'search']);
    const visibleAfter = await eventually(async () => (await (await fetch(`${stack.siteUrl}/tin-tuc`)).text()).includes(title), 5_000, 100);
    console.info(`[change-feed] publish → visible on /tin-tuc (polling): ${Date.now() - started} ms (${visibleAfter} ms in the wait)`);
    expect(Date.now() - started).toBeLessThan(5_000);
    await cms.rest('DELETE', `/articles/${documentId}`);
  });

  it('does not announce a draft being saved (the site cannot show it, and its id stays private)', async () => {
    const cursor = (await changes(sqlite.url, sqlite.siteToken)).version;
    // The REST API publishes unless told otherwise (Strapi's core service defaults to status=published).
    const draft = await cms.rest('POST', '/articles?status=draft', { data: { title: `Bản nháp ${randomUUID().slice(0, 8)}`, section: 'tin-tuc' } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const documentId: string = draft.body.data.documentId;
    expect((await cms.rest('PUT', `/articles/${documentId}?status=draft`, { data: { summary: 'Sửa bản nháp.' } })).status).toBe(200);
    const answer = await changes(sqlite.url, sqlite.siteToken, cursor);
    expect('changes' in answer && answer.changes.some((change) => change.documentId === documentId)).toBe(false);
    // Publishing it is announced.
    expect((await cms.publish(documentId, 'api::article.article')).status).toBe(200);
    const after = await changes(sqlite.url, sqlite.siteToken, cursor);
    expect('changes' in after && after.changes.some((change) => change.documentId === documentId && change.pluralName === 'articles')).toBe(true);
    await cms.rest('DELETE', `/articles/${documentId}`);
  });

  it("answers /changes only to the site's token, a cursor from another boot with reset; /version stays open", async () => {
    expect((await fetch(`${sqlite.url}/api/site-sync/changes`)).status).toBe(401);
    const wrongToken = await fetch(`${sqlite.url}/api/site-sync/changes`, { headers: { authorization: `Bearer ${sqlite.commentToken}` } });
    expect(wrongToken.status).toBe(403);
    expect((await changes(sqlite.url, sqlite.siteToken, 'anotherboot-3'))).toMatchObject({ reset: true });
    const version = await fetch(`${sqlite.url}/api/site-sync/version`);
    expect(version.status).toBe(200);
    expect(((await version.json()) as { version: string }).version).toMatch(/^[A-Za-z0-9]+-\d+$/);
  });
});

describe('with REDIS_URL: a CMS and a site of their own, the site polling only once a minute', () => {
  const prefix = `cong-test-${randomUUID().slice(0, 8)}:`;
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const messages: ChangeMessage[] = [];
  let dataDir: string;
  let own: RunningCms;
  let site: Service;
  let api: CmsApi;
  let subscriber: Redis;

  beforeAll(async () => {
    subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    await subscriber.subscribe(`${prefix}changes`);
    subscriber.on('message', (_channel: string, text: string) => messages.push(ChangeMessageSchema.parse(JSON.parse(text))));
    dataDir = mkdtempSync(join(tmpdir(), 'cong-change-feed-'));
    const admin = { adminEmail: 'thaydoi@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };
    const redisEnv = { REDIS_URL: redisUrl, REDIS_PREFIX: prefix };
    own = await startCms({ port: await freePort(), dataDir, quiet: true, env: redisEnv, ...admin });
    api = new CmsApi(own.url, own.tokens.importer, admin);
    // A poll once a minute: whatever the site shows within seconds came through Redis.
    site = await startSite({ port: await freePort(), cmsUrl: own.url, cmsToken: own.tokens.site, dataDir, quiet: true, env: { ...redisEnv, CMS_POLL_INTERVAL_MS: '60000' } });
  }, 180_000);

  afterAll(async () => {
    await site?.stop();
    await own?.stop();
    subscriber?.disconnect();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const page = async (path: string) => (await fetch(`${site.url}${path}`)).text();

  it('pushes each change on <REDIS_PREFIX>changes, and the site shows a publish within seconds', async () => {
    const title = `Tin đẩy qua Redis ${randomUUID().slice(0, 8)}`;
    expect(await page('/tin-tuc')).not.toContain(title); // the list is cached now
    const started = Date.now();
    const created = await api.rest('POST', '/articles?status=published', { data: { title, section: 'tin-tuc', summary: 'Kiểm thử Redis.' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const documentId: string = created.body.data.documentId;
    await eventually(async () => messages.some((m) => m.documentId === documentId && m.pluralName === 'articles' && m.searchable), 5_000, 50);
    await eventually(async () => (await page('/tin-tuc')).includes(title), 5_000, 100);
    console.info(`[change-feed] publish → visible on /tin-tuc (Redis push, poll every 60 s): ${Date.now() - started} ms`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('leaves a cached page alone when an unrelated entry is published, and refreshes it on a change that names it', async () => {
    const name = `Phòng Kiểm thử ${randomUUID().slice(0, 8)}`;
    const unit = await api.rest('POST', '/units', { data: { name } });
    expect(unit.status, JSON.stringify(unit.body)).toBe(201);
    const unitId: string = unit.body.data.documentId;
    // Once the unit's own change has arrived (a load running across it is rightly not kept), the directory is
    // loaded and cached with the name.
    await eventually(async () => messages.some((m) => m.documentId === unitId), 5_000, 50);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await eventually(async () => (await page('/danh-ba')).includes(name), 5_000, 100);
    expect(await page('/danh-ba')).toContain(name);
    // Behind the CMS's back (no change announced): only a reload of the units would show this name.
    const hidden = `${name} (đổi trực tiếp)`;
    const db = new DatabaseSync(join(dataDir, 'cms.db'));
    try {
      expect(db.prepare('UPDATE units SET name = ? WHERE document_id = ?').run(hidden, unitId).changes).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    const title = `Tin không liên quan ${randomUUID().slice(0, 8)}`;
    const article = await api.rest('POST', '/articles?status=published', { data: { title, section: 'tin-tuc', summary: 'Không liên quan đến danh bạ.' } });
    expect(article.status).toBe(201);
    await eventually(async () => (await page('/tin-tuc')).includes(title), 5_000, 100);
    // The directory's data was not invalidated by the article: still the name it cached.
    const directory = await page('/danh-ba');
    expect(directory, `changes pushed for the unit: ${JSON.stringify(messages.filter((m) => m.documentId === unitId))}`).toContain(name);
    expect(directory).not.toContain(hidden);
    // A change that names the unit (its phone) makes the directory reload: the name written behind its back shows.
    expect((await api.rest('PUT', `/units/${unitId}`, { data: { phone: '024 3825 0000' } })).status).toBe(200);
    await eventually(async () => (await page('/danh-ba')).includes(hidden), 5_000, 100);
  });

  it('keeps working on its poll, with one warning, when its Redis does not answer', async () => {
    const deadRedis = `redis://127.0.0.1:${await freePort()}`;
    const lonely = await startSite({ port: await freePort(), cmsUrl: own.url, cmsToken: own.tokens.site, dataDir, quiet: true, env: { REDIS_URL: deadRedis, REDIS_PREFIX: prefix } });
    try {
      const title = `Tin khi Redis vắng ${randomUUID().slice(0, 8)}`;
      expect((await fetch(`${lonely.url}/tin-tuc`)).status).toBe(200);
      expect((await api.rest('POST', '/articles?status=published', { data: { title, section: 'tin-tuc', summary: 'Redis không trả lời.' } })).status).toBe(201);
      await eventually(async () => (await (await fetch(`${lonely.url}/tin-tuc`)).text()).includes(title), 5_000, 100);
      expect(lonely.process.exitCode).toBeNull();
      const warnings = lonely.logs().split('\n').filter((line) => line.includes('Redis at REDIS_URL unavailable'));
      expect(warnings).toHaveLength(1);
    } finally {
      await lonely.stop();
    }
  });
});
