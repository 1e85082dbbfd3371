import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, startSite, type Service } from '../../scripts/lib/services.ts';
import { RedisState } from '../../site/src/lib/shared-state/redis.ts';

/**
 * The site's shared state in the real Redis (REDIS_URL, 127.0.0.1:6379 on these machines, as in CI): two
 * RedisState instances are two site processes' view of it. Then two real site processes given only REDIS_URL and
 * REDIS_PREFIX: a form served by one is accepted by the other, and the per-address limit holds across both.
 * Every run writes under its own prefix and deletes it afterwards.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `cong-test-${randomUUID().slice(0, 8)}:`;

let admin: Redis;
const opened: RedisState[] = [];
const open = (url = REDIS_URL, options: ConstructorParameters<typeof RedisState>[1] = {}) => {
  const state = new RedisState(url, { prefix: PREFIX, ...options });
  opened.push(state);
  return state;
};

beforeAll(async () => {
  admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  await admin.ping();
});

afterAll(async () => {
  await Promise.all(opened.map((state) => state.close()));
  const keys = await admin.keys(`${PREFIX}*`);
  if (keys.length) await admin.del(...keys);
  admin.disconnect();
});

describe('RedisState: one view for every process', () => {
  it('holds a limit across two processes, and answers the wait', async () => {
    const [a, b] = [open(), open()];
    expect(await a.hit('limit:q:1', 3, 60_000)).toBeNull();
    expect(await b.hit('limit:q:1', 3, 60_000)).toBeNull();
    expect(await a.hit('limit:q:1', 3, 60_000)).toBeNull();
    const wait = await b.hit('limit:q:1', 3, 60_000);
    expect(wait).toBeGreaterThanOrEqual(59);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await a.hit('limit:q:1', 3, 60_000)).not.toBeNull();
    expect(await a.hit('limit:q:2', 3, 60_000)).toBeNull();
  });

  it('lets exactly `limit` through when both race for it', async () => {
    const [a, b] = [open(), open()];
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hit('limit:race', 7, 60_000)));
    expect(answers.filter((wait) => wait === null)).toHaveLength(7);
  });

  it('slides: an attempt leaves the window, a refused one is not counted, and the key expires', async () => {
    const [a, b] = [open(), open()];
    expect(await a.hit('limit:slide', 1, 400)).toBeNull();
    expect(await b.hit('limit:slide', 1, 400)).toBe(1);
    await new Promise((r) => setTimeout(r, 450));
    expect(await b.hit('limit:slide', 1, 400)).toBeNull();
    const ttl = await admin.pttl(`${PREFIX}limit:slide`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(400);
  });

  it('claims once across processes, keeps the first value, and forgets it after its time', async () => {
    const [a, b] = [open(), open()];
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claimOnce('used-token:comment:n1', 60_000, `key-${i}`)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = claims.indexOf(true);
    expect(await a.recall('used-token:comment:n1')).toBe(`key-${winner}`);
    expect(await b.recall('used-token:comment:n1')).toBe(`key-${winner}`);
    expect(await b.recall('used-token:comment:never')).toBeNull();
    expect(await a.claimOnce('used-token:comment:short', 200)).toBe(true);
    expect(await b.claimOnce('used-token:comment:short', 200)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(await b.claimOnce('used-token:comment:short', 200)).toBe(true);
  });

  it('gives every process the same secret, created by whichever asks first', async () => {
    const name = `forms-${randomUUID()}`;
    const secrets = await Promise.all([open(), open(), open()].map((state) => state.sharedSecret(name)));
    expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(secrets).size).toBe(1);
    expect(await admin.get(`${PREFIX}secret:${name}`)).toBe(secrets[0]);
    expect(await admin.pttl(`${PREFIX}secret:${name}`)).toBe(-1);
  });

  it('writes only under its prefix', async () => {
    const other = new RedisState(REDIS_URL, { prefix: `${PREFIX}other:` });
    opened.push(other);
    await other.hit('limit:q:1', 1, 60_000);
    expect(await open().hit('limit:q:iso', 1, 60_000)).toBeNull();
    expect(await other.hit('limit:q:iso', 1, 60_000)).toBeNull(); // its own window, not the first one's
    expect(await admin.exists(`${PREFIX}other:limit:q:iso`)).toBe(1);
  });
});

describe('RedisState without Redis: fail open, one warning per incident, never an error', () => {
  it('with nothing listening on the port', async () => {
    const lines: string[] = [];
    const state = open(`redis://127.0.0.1:${await freePort()}`, { log: (line) => lines.push(line) });
    const started = Date.now();
    for (let i = 0; i < 5; i++) expect(await state.hit('limit:down', 1, 60_000)).toBeNull();
    expect(await state.claimOnce('used-token:comment:down', 60_000)).toBe(true);
    expect(await state.claimOnce('used-token:comment:down', 60_000)).toBe(true);
    expect(await state.recall('used-token:comment:down')).toBeNull();
    await expect(state.sharedSecret('forms')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/does not answer.*REDIS_URL/);
  });

  it('with a Redis that accepts the connection and never answers (hung)', async () => {
    const sockets: Socket[] = [];
    const hung: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const { port } = hung.address() as { port: number };
    const lines: string[] = [];
    const state = open(`redis://127.0.0.1:${port}`, { log: (line) => lines.push(line), commandTimeoutMs: 300 });
    try {
      const started = Date.now();
      const answers = await Promise.all([state.hit('limit:hung', 1, 60_000), state.hit('limit:hung', 1, 60_000), state.claimOnce('used-token:comment:hung', 60_000)]);
      expect(answers).toEqual([null, null, true]);
      expect(Date.now() - started).toBeLessThan(10_000);
      // Meanwhile the next posts do not wait for another time-out each.
      const next = Date.now();
      for (let i = 0; i < 10; i++) expect(await state.hit('limit:hung', 1, 60_000)).toBeNull();
      expect(Date.now() - next).toBeLessThan(250);
      expect(lines).toHaveLength(1);
    } finally {
      await state.close();
      for (const socket of sockets) socket.destroy();
      hung.close();
    }
  });

  it.skipIf(spawnSync('redis-server', ['--version']).error)('a Redis stopped, then started again: open meanwhile, shared again after, one warning and one all-clear', { timeout: 30_000 }, async () => {
    const port = await freePort();
    const run = async (): Promise<ChildProcess> => {
      const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      const probe = new Redis(`redis://127.0.0.1:${port}`, { retryStrategy: () => 100, maxRetriesPerRequest: null });
      probe.on('error', () => {}); // refused until the server listens
      await probe.ping();
      probe.disconnect();
      return child;
    };
    const stop = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGKILL'))));
    let server = await run();
    const lines: string[] = [];
    const state = open(`redis://127.0.0.1:${port}`, { log: (line) => lines.push(line) });
    try {
      expect(await state.hit('limit:restart', 1, 60_000)).toBeNull();
      expect(await state.hit('limit:restart', 1, 60_000)).not.toBeNull();
      await stop(server);
      const started = Date.now();
      for (let i = 0; i < 20; i++) expect(await state.hit('limit:restart', 1, 60_000)).toBeNull();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(lines).toHaveLength(1);
      server = await run(); // empty: no persistence
      const deadline = Date.now() + 10_000;
      while (lines.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(lines[1]).toMatch(/answers again/);
      expect(await state.hit('limit:restart', 1, 60_000)).toBeNull();
      expect(await state.hit('limit:restart', 1, 60_000)).not.toBeNull();
    } finally {
      await state.close();
      await stop(server);
    }
  });

  it('says nothing while Redis answers', async () => {
    const lines: string[] = [];
    const state = open(REDIS_URL, { log: (line) => lines.push(line) });
    expect(await state.hit('limit:recover', 5, 60_000)).toBeNull();
    expect(lines).toHaveLength(0);
  });
});

/** Two real site processes behind no proxy, given only REDIS_URL and REDIS_PREFIX (what helper "replicas" starts). */
describe('two site processes sharing Redis', () => {
  const stack = inject('stack');
  const cms = stack.cms.sqlite!;
  const prefix = `${PREFIX}sites:`;
  const MARK = randomUUID().slice(0, 8);
  let one: Service;
  let two: Service;

  beforeAll(async () => {
    const common = { cmsUrl: cms.url, cmsToken: cms.siteToken, cmsCommentToken: cms.commentToken, publicInputToken: cms.publicInputToken, quiet: true };
    const env = { PUBLIC_HOLIDAYS: stack.publicHolidays, REDIS_URL, REDIS_PREFIX: prefix };
    [one, two] = await Promise.all([freePort().then((port) => startSite({ ...common, port, env })), freePort().then((port) => startSite({ ...common, port, env }))]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
  });

  const questionToken = async (base: string) => /name="form-token" value="([^"]+)"/.exec(await (await fetch(`${base}/hoi-dap`)).text())![1]!;
  const ask = (base: string, token: string, i: number) =>
    fetch(`${base}/hoi-dap`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'form-token': token, name: 'Người Hỏi', email: `hoi-chung-${MARK}-${i}@example.vn`, subject: `Hỏi qua hai bản sao ${MARK} ${i}`, body: 'Xin hỏi thủ tục cấp phiếu lý lịch tư pháp mất bao lâu?', consent: 'yes' }),
    });

  it('share the forms secret: a question form served by one is filed by the other', async () => {
    expect(await admin.exists(`${prefix}secret:forms`)).toBe(1);
    const token = await questionToken(one.url);
    await new Promise((r) => setTimeout(r, 3100));
    const filed = await ask(two.url, token, 0);
    expect([200, 202]).toContain(filed.status);
  });

  it('hold the question form\'s five-an-hour per address across both, and answer 429 with Retry-After', { timeout: 30_000 }, async () => {
    // The first test filed one question from 127.0.0.1 already: four more pass, alternating the processes.
    const tokens = await Promise.all([questionToken(one.url), questionToken(two.url)]);
    await new Promise((r) => setTimeout(r, 3100));
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push((await ask(i % 2 ? one.url : two.url, tokens[i % 2]!, i)).status);
    expect(statuses.every((s) => s === 200 || s === 202)).toBe(true);
    for (const base of [one.url, two.url]) {
      const refused = await ask(base, tokens[0]!, 10);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
    }
  });
});
