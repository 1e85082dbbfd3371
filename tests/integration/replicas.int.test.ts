import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, siteConnection, startCms, startSite, type RunningCms, type Service } from '../../scripts/lib/services.ts';
import { pushRecords } from '../../scripts/lib/registry-client.ts';
import { numberSlug } from '../../content/src/index.ts';
import { postgresForTests } from '../setup/postgres.ts';
import { eventually } from '../support/cms-api.ts';
import { bareRecord } from '../support/import-records.ts';
import { nginxBinary, startNginx, type RunningNginx } from '../support/nginx.ts';
import { redisAnswers } from '../support/redis.ts';

/**
 * Several site replicas (issue 11 §3), on loopback: Debian's nginx in front of two site processes that share
 * Redis (REDIS_URL, a REDIS_PREFIX of this run's own), and a CMS of this file's own on PostgreSQL that publishes
 * its changes to the same Redis. What one replica knows — a rate limit, the form secret, a publish — the other
 * must know too; and nginx must hide a replica's death from citizens reading the portal.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MARK = Date.now().toString(36);
const REDIS_PREFIX = `cong-replicas-${MARK}:`;

const missing = [
  ...(nginxBinary() ? [] : ["Debian's nginx (apt-get install nginx)"]),
  ...((await redisAnswers(REDIS_URL)) ? [] : [`Redis at ${REDIS_URL}`]),
];
if (missing.length && process.env.CI === 'true') throw new Error(`The replicas test needs ${missing.join(' and ')}: .ci/run installs them.`);
const pg = missing.length ? null : await postgresForTests();
const skipReason = missing.length ? `${missing.join(' and ')} missing` : pg?.skipReason;
if (missing.length) console.warn(`\n⚠ ${skipReason}: the replicas test is SKIPPED.\n`);

const ADMIN = { adminEmail: 'quantri-replicas@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };
const NUMBER = `7${Math.floor(Math.random() * 90 + 10)}/2026/QĐ-UBND`;
const SLUG = numberSlug(NUMBER);
const record = (title: string) => ({
  ...bareRecord(),
  sourceKey: `replicas-${MARK}.md`,
  number: NUMBER,
  issuedDate: '2026-11-20',
  title,
  text: '## Điều 1. Phạm vi\n\nKiểm thử nhiều bản sao của cổng.',
});

describe.runIf(pg?.url)('two site replicas behind nginx, sharing Redis, on a CMS on PostgreSQL', () => {
  let cms: RunningCms;
  let sites: Service[] = [];
  let nginx: RunningNginx;
  const dataDir = mkdtempSync(join(tmpdir(), 'cong-replicas-'));

  beforeAll(async () => {
    const redis = { redisUrl: REDIS_URL, redisPrefix: REDIS_PREFIX };
    cms = await startCms({ port: await freePort(), dataDir, databaseUrl: pg!.url!, quiet: true, ...ADMIN, ...redis });
    const imported = await pushRecords(cms.url, cms.tokens.importer, [record(`Quyết định thử bản sao ${MARK}`)]);
    expect(imported.map((r) => r.action), JSON.stringify(imported)).toEqual(['created']);
    const nginxPort = await freePort();
    const ports = [await freePort(), await freePort()];
    // FORM_SECRET deliberately unset, as in a deployment that leaves it empty: the replicas must agree on the
    // form secret through Redis, or a token issued by one is refused by the other.
    sites = await Promise.all(
      ports.map((port) =>
        startSite({
          port,
          ...siteConnection(cms),
          dataDir,
          publicUrl: `http://127.0.0.1:${nginxPort}`,
          quiet: true,
          ...redis,
          env: { TRUSTED_PROXIES: '127.0.0.1' },
        }),
      ),
    );
    nginx = await startNginx({ port: nginxPort, upstreams: ports.map((p) => `127.0.0.1:${p}`), showUpstream: true });
  }, 240_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(sites.map((s) => s.stop()));
    await cms?.stop();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    // This run's keys only (its own prefix); best effort, the limits' keys expire by themselves anyway.
    spawnSync('sh', ['-c', `redis-cli -u "$0" --scan --pattern "$1*" | xargs -r redis-cli -u "$0" del >/dev/null`, REDIS_URL, REDIS_PREFIX]);
  });

  const replicaOf = (response: Response) => response.headers.get('x-cong-upstream');

  it('nginx sends requests to both replicas in turn', async () => {
    const seen = new Set<string | null>();
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${nginx.url}/van-ban/${SLUG}`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      seen.add(replicaOf(response));
    }
    expect([...seen].sort()).toEqual(sites.map((s) => s.url.replace('http://', '')).sort());
  });

  it('a rate limit holds across the replicas: the 4th question from one mailbox in an hour is refused, as on one process', { timeout: 30_000 }, async () => {
    // The question form's per-mailbox limit is the smallest one (3 an hour, site/src/lib/public-input): its 4th
    // attempt is the first refused. The forms come from replica 1, 1, 2, 2 and the posts go through nginx, which
    // alternates: two of the four tokens are posted to the replica that did not issue them (a shared form secret),
    // and consecutive posts land on different replicas (a shared limit).
    // A form's token is shared by everyone who sees the same cached page and files one question per sender
    // (public-input/form-use.ts): four forms seen at four moments are four renders, here four URLs.
    const tokens: string[] = [];
    for (const [i, site] of [sites[0]!, sites[0]!, sites[1]!, sites[1]!].entries()) {
      const html = await (await fetch(`${site.url}/hoi-dap?lan=${i}`)).text();
      tokens.push(/name="form-token" value="([^"]+)"/.exec(html)![1]!);
    }
    await new Promise((r) => setTimeout(r, 3100)); // the form's minimum age: a person takes a moment
    const answers: Array<{ status: number; replica: string | null }> = [];
    for (const [i, token] of tokens.entries()) {
      const response = await fetch(`${nginx.url}/hoi-dap`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ 'form-token': token, name: 'Người Hỏi', email: `hoi-ban-sao-${MARK}@example.vn`, subject: `Hỏi thử bản sao ${i}`, body: 'Xin hỏi thủ tục cấp phiếu lý lịch tư pháp mất bao lâu?', consent: 'yes' }),
      });
      await response.arrayBuffer();
      answers.push({ status: response.status, replica: replicaOf(response) });
    }
    expect(new Set(answers.map((a) => a.replica)).size, 'both replicas took questions').toBe(2);
    // A token refused by the replica that did not issue it shows here as a 4xx: the form secret is not shared.
    expect(answers.slice(0, 3).every((a) => a.status === 200 || a.status === 202), JSON.stringify(answers)).toBe(true);
    expect(answers[3]!.status, JSON.stringify(answers)).toBe(429);
  });

  it('one publish is visible on both replicas within 5 s, each having cached the page before', { timeout: 30_000 }, async () => {
    const page = (site: Service) => fetch(`${site.url}/van-ban/${SLUG}`).then((r) => r.text());
    for (const site of sites) {
      expect(await page(site)).toContain(`Quyết định thử bản sao ${MARK}`);
      await page(site); // a second view: served from whatever the replica keeps
    }
    const title = `Quyết định đã sửa bản sao ${MARK}`;
    const published = Date.now();
    const imported = await pushRecords(cms.url, cms.tokens.importer, [record(title)]);
    expect(imported.map((r) => r.action)).toEqual(['updated']);
    const seen = await Promise.all(sites.map((site) => eventually(async () => (await page(site)).includes(title), 5000, 100).then(() => Date.now() - published)));
    for (const elapsed of seen) expect(elapsed).toBeLessThan(5000);
  });

  it('killing one replica under load loses no request: nginx retries each GET on the other', { timeout: 60_000 }, async () => {
    // Warm pages only: nginx can retry a request whose replica died before answering, not one whose answer had
    // begun (its head already passed on). A page served from the site's cache is written in one piece; a page being
    // rendered is streamed, and a kill mid-stream cuts it — what the page cache removes for every page seen before.
    const paths = ['/', '/van-ban', `/van-ban/${SLUG}`, '/hoi-dap', '/api/v1/documents'];
    for (const site of sites) for (const path of paths) await (await fetch(`${site.url}${path}`)).arrayBuffer();
    const failures: string[] = [];
    let answered = 0;
    const byReplica = new Map<string | null, number>();
    const deadline = Date.now() + 4000;
    const loop = async (worker: number) => {
      for (let i = worker; Date.now() < deadline; i++) {
        const path = paths[i % paths.length]!;
        try {
          const response = await fetch(`${nginx.url}${path}`);
          await response.arrayBuffer();
          if (response.status !== 200) failures.push(`${path} → ${response.status}`);
          byReplica.set(replicaOf(response), (byReplica.get(replicaOf(response)) ?? 0) + 1);
          answered++;
        } catch (error) {
          failures.push(`${path} → ${(error as Error).message}: ${String((error as Error).cause ?? '')}`);
        }
      }
    };
    const victim = sites[1]!;
    const killer = new Promise<void>((resolve) =>
      setTimeout(() => {
        victim.process.kill('SIGKILL');
        resolve();
      }, 1500),
    );
    await Promise.all([killer, ...Array.from({ length: 32 }, (_, w) => loop(w))]);
    expect(victim.process.signalCode ?? (await new Promise((r) => victim.process.once('exit', (_c, s) => r(s))))).toBe('SIGKILL');
    expect(failures.slice(0, 10), `${failures.length} of ${answered + failures.length} failed`).toEqual([]);
    expect(answered).toBeGreaterThan(100);
    // Both served before the kill; nginx's error log names the dead replica it retried around.
    expect(byReplica.get(victim.url.replace('http://', '')) ?? 0).toBeGreaterThan(0);
    expect(nginx.errorLog()).toMatch(/upstream|connect\(\) failed|reset/);
  });
});
