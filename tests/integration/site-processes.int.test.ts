import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLookupCode, numberSlug } from '../../content/src/index.ts';
import { pushRecords } from '../../scripts/lib/registry-client.ts';
import { freePort, type RunningCms, type Service, siteConnection, startCms, startSite } from '../../scripts/lib/services.ts';
import { JournalStore } from '../../site/src/lib/submission-journal/store.ts';
import { eventually } from '../support/cms-api.ts';
import { bareRecord } from '../support/import-records.ts';
import { redisAnswers } from '../support/redis.ts';

/**
 * One site using every core of its box (SITE_PROCESSES=2, site/supervisor.mjs): two serving processes on one port
 * (SO_REUSEPORT) sharing Redis, in front of a real CMS that announces its changes on the same Redis. What one process
 * knows — a form it issued, a rate limit, a publish — the other must know too; a process that dies is started again
 * by the supervisor; a journal left by a slot the site no longer runs is delivered.
 *
 * The kernel, not the test, picks the process of a new connection: the test finds out which process took a
 * connection from the access log (each line names its process; the request id is the test's), and keeps that
 * connection open to talk to that process.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MARK = Date.now().toString(36);
const REDIS_PREFIX = `cong-processes-${MARK}:`;

const redisMissing = !(await redisAnswers(REDIS_URL));
if (redisMissing && process.env.CI === 'true') throw new Error(`The site-processes test needs Redis at ${REDIS_URL}: .ci/run starts it.`);
if (redisMissing) console.warn(`\n⚠ Redis at ${REDIS_URL} missing: the site-processes test is SKIPPED.\n`);

const NUMBER = `8${Math.floor(Math.random() * 90 + 10)}/2026/QĐ-UBND`;
const SLUG = numberSlug(NUMBER);
const record = (title: string) => ({ ...bareRecord(), sourceKey: `processes-${MARK}.md`, number: NUMBER, issuedDate: '2026-11-21', title, text: '## Điều 1. Phạm vi\n\nKiểm thử nhiều tiến trình của cổng.' });

type Answer = { status: number; body: string };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One request on `agent`'s connection (a new one with `agent: false`), with the test's request id. */
function send(url: string, agent: Agent | false, requestId: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Answer> {
  const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
  const headers: Record<string, string> = { 'x-request-id': requestId, ...(body ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) } : {}) };
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: init.method ?? 'GET', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe.skipIf(redisMissing)('SITE_PROCESSES=2: one site, two processes on one port, sharing Redis, on a real CMS', () => {
  let cms: RunningCms;
  let site: Service;
  const dataDir = mkdtempSync(join(tmpdir(), 'cong-processes-'));
  const journalDir = join(dataDir, 'site-journal');
  const agents: Agent[] = [];
  // A question accepted by process 5 of an earlier run with six processes, never delivered (its journal, left behind).
  const orphanCode = newLookupCode(2026);

  /** Which process answered the request `requestId`, from the access log (written every 50 ms). */
  const processOf = async (requestId: string): Promise<number> => {
    let found: number | undefined;
    await eventually(async () => {
      const line = site.logs().split('\n').find((l) => l.includes(`"requestId":"${requestId}"`));
      found = line ? JSON.parse(line.slice(line.indexOf('{'))).process : undefined;
      return found !== undefined;
    }, 3000, 20);
    return found!;
  };

  /** A kept-alive connection to process `index`: new connections until the kernel gives one to that process. */
  const connectionTo = async (index: number): Promise<Agent> => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const id = `ghim-${randomUUID()}`;
      expect((await send(`${site.url}/healthz`, agent, id)).status).toBe(200);
      if ((await processOf(id)) === index) {
        agents.push(agent);
        return agent;
      }
      agent.destroy();
    }
    throw new Error(`no connection reached process ${index} in 40 attempts`);
  };

  /** The pids of the serving processes, from the supervisor's "started" lines (the latest per process). */
  const pids = (): Map<number, number> => {
    const started = new Map<number, number>();
    for (const line of site.logs().split('\n')) {
      if (!line.includes('"message":"site process ')) continue;
      const entry = JSON.parse(line.slice(line.indexOf('{')));
      if (/started$/.test(entry.message)) started.set(entry.process, entry.pid);
    }
    return started;
  };

  beforeAll(async () => {
    const orphan = new JournalStore(join(journalDir, 'process-5'));
    const receivedAt = new Date();
    orphan.append(`question|orphan-${MARK}`, orphanCode, receivedAt, {
      kind: 'question',
      data: { name: 'Người Hỏi Cũ', email: `hoi-con-sot-${MARK}@example.vn`, phone: '', subject: 'Câu hỏi còn trong nhật ký', body: 'Xin hỏi thủ tục đăng ký khai sinh cho con cần giấy tờ gì?', consent: true, idempotencyKey: `orphan-${MARK}`, senderKey: `orphan-${MARK}`, code: orphanCode, receivedAt: receivedAt.toISOString() },
    });
    orphan.close();

    const redis = { redisUrl: REDIS_URL, redisPrefix: REDIS_PREFIX };
    cms = await startCms({ port: await freePort(), dataDir, quiet: true, ...redis });
    const imported = await pushRecords(cms.url, cms.tokens.importer, [record(`Quyết định thử tiến trình ${MARK}`)]);
    expect(imported.map((r) => r.action), JSON.stringify(imported)).toEqual(['created']);
    // FORM_SECRET unset: the two processes must agree on the forms' secret through Redis.
    site = await startSite({ port: await freePort(), ...siteConnection(cms), dataDir, quiet: true, ...redis, env: { SITE_PROCESSES: '2', SITE_JOURNAL_DIR: journalDir } });
    await eventually(async () => (site.logs().match(/\[site\] listening on .*; process \d/g) ?? []).length === 2, 30_000, 100);
  }, 180_000);

  afterAll(async () => {
    for (const agent of agents) agent.destroy();
    await site?.stop();
    await cms?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    spawnSync('sh', ['-c', `redis-cli -u "$0" --scan --pattern "$1*" | xargs -r redis-cli -u "$0" del >/dev/null`, REDIS_URL, REDIS_PREFIX]);
  });

  it('both processes answer on the one port, each its own pid', async () => {
    const [zero, one] = [await connectionTo(0), await connectionTo(1)];
    expect((await send(`${site.url}/van-ban/${SLUG}`, zero, `p0-${MARK}`)).status).toBe(200);
    expect((await send(`${site.url}/van-ban/${SLUG}`, one, `p1-${MARK}`)).status).toBe(200);
    const started = pids();
    expect([...started.keys()].sort()).toEqual([0, 1]);
    expect(new Set([...started.values(), site.process.pid]).size).toBe(3);
  });

  it('a form issued by one process is accepted by the other, and a rate limit holds across both', { timeout: 30_000 }, async () => {
    // The question form's per-mailbox limit (3 an hour, site/src/lib/public-input) is the smallest: the 4th is refused.
    // Forms from process 0, 0, 1, 1; each posted to the other process: four cross-process tokens, alternating takers.
    const issuers = [0, 0, 1, 1];
    const tokens: string[] = [];
    for (const [i, issuer] of issuers.entries()) {
      const html = (await send(`${site.url}/hoi-dap?lan=${i}`, await connectionTo(issuer), `form-${i}-${MARK}`)).body;
      tokens.push(/name="form-token" value="([^"]+)"/.exec(html)![1]!);
    }
    await new Promise((r) => setTimeout(r, 3100)); // the form's minimum age: a person takes a moment
    const answers: Array<{ status: number; issuer: number; taker: number }> = [];
    for (const [i, token] of tokens.entries()) {
      const taker = 1 - issuers[i]!;
      const id = `post-${i}-${MARK}`;
      const answer = await send(`${site.url}/hoi-dap`, await connectionTo(taker), id, {
        method: 'POST',
        form: { 'form-token': token, name: 'Người Hỏi', email: `hoi-tien-trinh-${MARK}@example.vn`, subject: `Hỏi thử tiến trình ${i}`, body: 'Xin hỏi thủ tục cấp phiếu lý lịch tư pháp mất bao lâu?', consent: 'yes' },
      });
      answers.push({ status: answer.status, issuer: issuers[i]!, taker: await processOf(id) });
    }
    expect(answers.every((a) => a.taker !== a.issuer), JSON.stringify(answers)).toBe(true);
    // A token the other process refuses shows as a 4xx here: the form secret would not be shared.
    expect(answers.slice(0, 3).every((a) => a.status === 200 || a.status === 202), JSON.stringify(answers)).toBe(true);
    expect(answers[3]!.status, JSON.stringify(answers)).toBe(429);
  });

  it('one publish reaches both processes within 5 s, each having cached the page before', { timeout: 30_000 }, async () => {
    const connections = [await connectionTo(0), await connectionTo(1)];
    const page = (agent: Agent) => send(`${site.url}/van-ban/${SLUG}`, agent, `page-${randomUUID()}`).then((a) => a.body);
    for (const agent of connections) {
      expect(await page(agent)).toContain(`Quyết định thử tiến trình ${MARK}`);
      await page(agent); // from that process's page cache now
    }
    const title = `Quyết định đã sửa tiến trình ${MARK}`;
    const published = Date.now();
    expect((await pushRecords(cms.url, cms.tokens.importer, [record(title)])).map((r) => r.action)).toEqual(['updated']);
    const seen = await Promise.all(connections.map((agent) => eventually(async () => (await page(agent)).includes(title), 5000, 100).then(() => Date.now() - published)));
    for (const elapsed of seen) expect(elapsed).toBeLessThan(5000);
  });

  it('delivers the journal a run with more processes left (process-5), from process 0', async () => {
    await eventually(async () => {
      const orphan = new JournalStore(join(journalDir, 'process-5'));
      try {
        const backlog = orphan.backlog();
        // Out of the journal and not among its dead letters: the CMS answered 2xx for it.
        return backlog.count === 0 && backlog.rejected === 0;
      } finally {
        orphan.close();
      }
    }, 20_000, 250);
  });

  it('the supervisor starts a killed process again; the site answers on the port throughout', { timeout: 30_000 }, async () => {
    const before = pids().get(1)!;
    process.kill(before, 'SIGKILL');
    await eventually(async () => !alive(before), 5000, 20);
    // Meanwhile process 0 alone takes every new connection.
    expect((await send(`${site.url}/van-ban/${SLUG}`, false, `during-${MARK}`)).status).toBe(200);
    await eventually(async () => (pids().get(1) ?? before) !== before, 10_000, 100);
    const restarted = pids().get(1)!;
    await eventually(async () => site.logs().includes(`process 1, pid ${restarted})`), 20_000, 100);
    expect(site.logs()).toMatch(/"message":"site process 1 died \(exit SIGKILL\); starting it again in \d+ ms"/);
    const after = await connectionTo(1);
    expect((await send(`${site.url}/van-ban/${SLUG}`, after, `after-${MARK}`)).status).toBe(200);
    expect(site.process.exitCode).toBeNull();
  });

  it('SIGTERM to the supervisor stops both processes gracefully, exit code 0', { timeout: 20_000 }, async () => {
    const served = [...pids().values()];
    for (const agent of agents.splice(0)) agent.destroy();
    const exited = new Promise<number | null>((resolve) => site.process.once('exit', (code) => resolve(code)));
    site.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(served.filter(alive)).toEqual([]);
  });
});
