import { describe, expect, it } from 'vitest';
import { CommentRelay, MAX_BATCH_BYTES, type RelayAnswer } from './comment-relay.ts';

type Item = { slug: string; body: Record<string, unknown>; address: string };

/** A CMS stand-in that holds each batch until the test releases it (pure logic: the real CMS is in the system tests). */
function heldCms() {
  const batches: Array<{ items: Item[]; answer: (a: RelayAnswer[]) => void; fail: (e: unknown) => void }> = [];
  const send = (items: Item[]) => new Promise<RelayAnswer[]>((answer, fail) => batches.push({ items, answer, fail }));
  return { batches, send };
}
const ok = (id: string): RelayAnswer => ({ status: 202, body: { id, status: 'pending' }, retryAfter: null });
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('CommentRelay', () => {
  it('sends a lone comment at once, and groups those that arrive while two requests are on their way', async () => {
    const cms = heldCms();
    const relay = new CommentRelay(cms.send);
    const first = relay.relay('du-thao', { content: '1' }, '10.0.0.1');
    const second = relay.relay('du-thao', { content: '2' }, '10.0.0.2');
    const rest = [3, 4, 5].map((n) => relay.relay('du-thao', { content: String(n) }, `10.0.0.${n}`));
    expect(cms.batches.map((b) => b.items.length)).toEqual([1, 1]);
    cms.batches[0]!.answer([ok('a')]);
    await tick();
    expect(cms.batches.map((b) => b.items.map((i) => i.body.content))).toEqual([['1'], ['2'], ['3', '4', '5']]);
    cms.batches[1]!.answer([ok('b')]);
    cms.batches[2]!.answer([ok('c'), { status: 400, body: { errors: { content: 'x' } }, retryAfter: null }, { status: 429, body: {}, retryAfter: 30 }]);
    expect(await first).toEqual(ok('a'));
    expect(await second).toEqual(ok('b'));
    expect((await Promise.all(rest)).map((a) => a.status)).toEqual([202, 400, 429]);
  });

  it('fails every comment of a batch whose request fails, and goes on with the next', async () => {
    const cms = heldCms();
    const relay = new CommentRelay(cms.send);
    const a = relay.relay('d', {}, '1');
    const b = relay.relay('d', {}, '2');
    const c = relay.relay('d', {}, '3');
    cms.batches[0]!.fail(new Error('CMS restarting'));
    await expect(a).rejects.toThrow('CMS restarting');
    await tick();
    expect(cms.batches).toHaveLength(3);
    cms.batches[1]!.answer([ok('b')]);
    cms.batches[2]!.answer([]);
    expect(await b).toEqual(ok('b'));
    await expect(c).rejects.toThrow('fewer items');
  });
});

describe('CommentRelay batch size', () => {
  it('never lets long items push a batch past MAX_BATCH_BYTES: the others leave in the next batch', async () => {
    const cms = heldCms();
    const relay = new CommentRelay(cms.send);
    const long = 'ệ'.repeat(20_000);
    // Two requests on their way, then 60 long comments wait.
    const onTheirWay = [relay.relay('d', { content: '1' }, '1'), relay.relay('d', { content: '2' }, '2')];
    const waiting = Array.from({ length: 60 }, (_, i) => relay.relay('d', { content: `${i}${long}` }, '3'));
    cms.batches[0]!.answer([ok('a')]);
    await tick();
    const sizes = cms.batches.slice(2).map((b) => Buffer.byteLength(JSON.stringify({ items: b.items })));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(MAX_BATCH_BYTES + 1024);
    cms.batches[1]!.answer([ok('b')]);
    for (let i = 2; i < cms.batches.length; i++) cms.batches[i]!.answer(cms.batches[i]!.items.map((_, n) => ok(`x${i}-${n}`)));
    await tick();
    for (let i = 2; i < cms.batches.length; i++) cms.batches[i]!.answer(cms.batches[i]!.items.map((_, n) => ok(`y${i}-${n}`)));
    await tick();
    for (let i = 2; i < cms.batches.length; i++) cms.batches[i]!.answer(cms.batches[i]!.items.map((_, n) => ok(`z${i}-${n}`)));
    expect((await Promise.all(waiting)).every((a) => a.status === 202)).toBe(true);
    expect(await Promise.all(onTheirWay)).toEqual([ok('a'), ok('b')]);
  });
});
