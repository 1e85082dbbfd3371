import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Deliverer, type DeliveryAnswer, type Senders } from './deliverer.ts';
import { type JournalEntry, type JournalItem, JournalStore } from './store.ts';

const dirs: string[] = [];
const stores: JournalStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(dir = mkdtempSync(join(tmpdir(), 'cong-journal-'))): { store: JournalStore; dir: string } {
  if (!dirs.includes(dir)) dirs.push(dir);
  const store = new JournalStore(dir);
  stores.push(store);
  return { store, dir };
}

const comment = (n: number): JournalItem => ({ kind: 'comment', slug: 'du-thao-a', address: '203.0.113.9', body: { content: `Góp ý số ${n}`, idempotencyKey: `k-${n}`, receipt: `GY-2026-00000${n}` } });
const question = (n: number): JournalItem => ({ kind: 'question', data: { subject: `Câu hỏi ${n}`, idempotencyKey: `q-${n}`, code: `HD-2026-00000${n}` } });
const at = new Date('2026-12-04T10:00:00.000Z');

describe('JournalStore: the durable queue', () => {
  it('gives entries back in the order they were accepted, with their key, receipt and time', () => {
    const { store } = open();
    store.append('comment|a|k-1', 'GY-2026-000001', at, comment(1));
    store.append('question|q-2', 'HD-2026-000002', new Date(at.getTime() + 1000), question(2));
    store.append('comment|a|k-3', 'GY-2026-000003', new Date(at.getTime() + 2000), comment(3));
    const due = store.due(Date.now(), 10);
    expect(due.map((e) => e.receipt)).toEqual(['GY-2026-000001', 'HD-2026-000002', 'GY-2026-000003']);
    expect(due[0]).toMatchObject({ key: 'comment|a|k-1', receivedAt: at, attempts: 0, item: comment(1) });
    expect(store.due(Date.now(), 2)).toHaveLength(2);
  });

  it('stores a double submit once and answers the first receipt', () => {
    const { store } = open();
    expect(store.append('comment|a|k-1', 'GY-2026-000001', at, comment(1))).toEqual({ receipt: 'GY-2026-000001', repeat: false });
    expect(store.append('comment|a|k-1', 'GY-2026-999999', at, comment(1))).toEqual({ receipt: 'GY-2026-000001', repeat: true });
    expect(store.backlog().count).toBe(1);
  });

  it('commits submissions arriving together in one transaction, a double submit among them once', () => {
    const { store } = open();
    const kept = store.appendMany([
      { key: 'comment|a|k-1', receipt: 'GY-2026-000001', receivedAt: at, item: comment(1) },
      { key: 'question|q-2', receipt: 'HD-2026-000002', receivedAt: at, item: question(2) },
      { key: 'comment|a|k-1', receipt: 'GY-2026-000009', receivedAt: at, item: comment(1) },
    ]);
    expect(kept).toEqual([
      { receipt: 'GY-2026-000001', repeat: false },
      { receipt: 'HD-2026-000002', repeat: false },
      { receipt: 'GY-2026-000001', repeat: true },
    ]);
    expect(store.due(Date.now(), 10).map((e) => e.receipt)).toEqual(['GY-2026-000001', 'HD-2026-000002']);
  });

  it('opens in several processes at the same instant without failing (two sites given one data folder)', async () => {
    // CI once saw a site die at start-up with SQLITE_BUSY: two test sites opened one journal while one of them was
    // switching the new file to WAL. Four processes open the same 300 new journals in step; before the fix about
    // one opening in 800 failed.
    const root = mkdtempSync(join(tmpdir(), 'cong-journal-'));
    dirs.push(root);
    const storeUrl = new URL('./store.ts', import.meta.url).href;
    const script = `const { JournalStore } = await import(${JSON.stringify(storeUrl)});
      const at = Number(process.argv[1]); while (Date.now() < at) {}
      for (let i = 0; i < 300; i++) new JournalStore(process.argv[2] + '/' + i).close();`;
    const startAt = Date.now() + 1500;
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, String(startAt), root], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('exit', (code) => resolve({ code, stderr }));
      })),
    );
    expect(runs.filter((run) => run.code !== 0).map((run) => run.stderr.split('\n').find((line) => line.includes('Error')))).toEqual([]);
  }, 30_000);

  it('survives closing and reopening (a restart of the site), entries and what it learnt', () => {
    const { store, dir } = open();
    store.append('comment|a|k-1', 'GY-2026-000001', at, comment(1));
    store.setMeta('mail', 'on');
    store.close();
    stores.splice(stores.indexOf(store), 1);
    const again = open(dir).store;
    expect(again.due(Date.now(), 10).map((e) => e.item)).toEqual([comment(1)]);
    expect(again.meta('mail')).toBe('on');
  });

  it('an entry leaves only when delivered; a refused one becomes a dead letter with the answer', () => {
    const { store } = open();
    store.append('comment|a|k-1', 'GY-2026-000001', at, comment(1));
    store.append('comment|a|k-2', 'GY-2026-000002', at, comment(2));
    const [first, second] = store.due(Date.now(), 10) as [JournalEntry, JournalEntry];
    store.delivered(first.id);
    store.reject(second.id, 409, 'Dự thảo đã hết thời hạn nhận góp ý.');
    expect(store.due(Date.now(), 10)).toEqual([]);
    expect(store.backlog()).toEqual({ count: 0, oldestAgeSeconds: 0, rejected: 1 });
    expect(store.deadLetters()).toEqual([{ receipt: 'GY-2026-000002', status: 409, reason: 'Dự thảo đã hết thời hạn nhận góp ý.', item: comment(2) }]);
  });

  it('a deferred entry waits until its time; the backlog counts it and its age', () => {
    const { store } = open();
    store.append('comment|a|k-1', 'GY-2026-000001', at, comment(1));
    const [entry] = store.due(Date.now(), 1) as [JournalEntry];
    const now = Date.now();
    store.retryLater(entry.id, now + 60_000, 'rate-limited');
    expect(store.due(now, 10)).toEqual([]);
    expect(store.due(now + 60_000, 10)).toMatchObject([{ id: entry.id, attempts: 1 }]);
    expect(store.nextDueAt()).toBe(now + 60_000);
    expect(store.backlog(at.getTime() + 90_000)).toEqual({ count: 1, oldestAgeSeconds: 90, rejected: 0 });
  });
});

/** A CMS stand-in that stores by idempotency key, as the real one does (a repeat answers the first). */
function fakeCms() {
  const stored = new Map<string, string>();
  const sent: string[] = [];
  let down = false;
  let crashAfterStore = false;
  const answer = (entry: JournalEntry): DeliveryAnswer => {
    const body = entry.item.kind === 'comment' ? entry.item.body : entry.item.data;
    const key = String(body.idempotencyKey);
    sent.push(key);
    if (!stored.has(key)) stored.set(key, entry.receipt);
    return { kind: 'stored', acknowledgement: 'queued' };
  };
  const unreachable = Object.assign(new Error('connect ECONNREFUSED'), { unreachable: true });
  const check = () => {
    if (down) throw unreachable;
  };
  const senders: Senders = {
    comments: async (entries) => {
      check();
      const answers = entries.map(answer);
      // The CMS committed, then the site process died before it could delete its rows: no answer ever comes.
      if (crashAfterStore) return new Promise<DeliveryAnswer[]>(() => undefined);
      return answers;
    },
    question: async (entry) => (check(), answer(entry)),
    unreachable: (error) => (error as { unreachable?: boolean }).unreachable === true,
  };
  return {
    senders,
    stored,
    sent,
    setDown: (value: boolean) => (down = value),
    setCrash: (value: boolean) => (crashAfterStore = value),
  };
}

const quiet = { log: () => undefined };

describe('Deliverer: in order, exactly once', () => {
  it('delivers everything in order once the CMS answers, and empties the journal', async () => {
    const { store } = open();
    const cms = fakeCms();
    for (let n = 1; n <= 4; n++) store.append(`k-${n}`, `GY-2026-00000${n}`, at, n === 3 ? question(n) : comment(n));
    const deliverer = new Deliverer(store, cms.senders, quiet);
    cms.setDown(true);
    await deliverer.drain();
    expect(deliverer.cmsAway).toBe(true);
    expect(store.backlog().count).toBe(4);
    cms.setDown(false);
    await deliverer.drain();
    deliverer.stop();
    expect(cms.sent).toEqual(['k-1', 'k-2', 'q-3', 'k-4']);
    expect(store.backlog().count).toBe(0);
    expect(deliverer.cmsAway).toBe(false);
  });

  it('a crash between the CMS storing and the row being deleted resends with the same key and receipt: stored once', async () => {
    const { store, dir } = open();
    const cms = fakeCms();
    store.append('comment|a|k-1', 'GY-2026-000001', at, comment(1));
    cms.setCrash(true);
    const first = new Deliverer(store, cms.senders, quiet);
    first.kick();
    while (cms.sent.length === 0) await new Promise((r) => setTimeout(r, 5));
    first.stop();
    store.close();
    stores.splice(stores.indexOf(store), 1);
    // The restarted process finds the row and sends it again.
    cms.setCrash(false);
    const reopened = open(dir).store;
    const second = new Deliverer(reopened, cms.senders, quiet);
    await second.drain();
    second.stop();
    expect(cms.sent).toEqual(['k-1', 'k-1']);
    expect([...cms.stored]).toEqual([['k-1', 'GY-2026-000001']]);
    expect(reopened.backlog().count).toBe(0);
  });

  it('a definitive refusal is a dead letter; a rate limit waits without holding up the others', async () => {
    const { store } = open();
    store.append('k-1', 'GY-2026-000001', at, comment(1));
    store.append('k-2', 'GY-2026-000002', at, comment(2));
    store.append('k-3', 'GY-2026-000003', at, comment(3));
    const answers: Record<string, DeliveryAnswer> = {
      'GY-2026-000001': { kind: 'rejected', status: 409, reason: 'closed' },
      'GY-2026-000002': { kind: 'later', afterMs: 60_000, reason: 'rate-limited by the CMS' },
      'GY-2026-000003': { kind: 'stored', acknowledgement: 'mail-off' },
    };
    const learnt: string[] = [];
    const deliverer = new Deliverer(
      store,
      { comments: async (entries) => entries.map((e) => answers[e.receipt]!), question: async () => ({ kind: 'stored', acknowledgement: null }), unreachable: () => false },
      { ...quiet, onAcknowledgement: (a) => learnt.push(a) },
    );
    await deliverer.drain();
    deliverer.stop();
    expect(store.deadLetters().map((d) => [d.receipt, d.status])).toEqual([['GY-2026-000001', 409]]);
    expect(store.backlog()).toMatchObject({ count: 1, rejected: 1 });
    expect(store.due(Date.now() + 61_000, 10).map((e) => e.receipt)).toEqual(['GY-2026-000002']);
    expect(learnt).toEqual(['mail-off']);
  });
});
