import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordTags } from '../page-cache/request-tags.ts';
import { Generations } from './generation.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'open-data-generations-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const quiet = { info() {}, warn() {}, error() {} };

/** A generation that records `tags` as the CMS client would, writes a file, and answers its number. */
function counting(tags: string[], options: { delayMs?: number; fail?: () => boolean } = {}) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    generate: async (dir: string) => {
      recordTags(tags);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.fail?.()) throw new Error('CMS down');
      count += 1;
      await writeFile(join(dir, 'van-ban.jsonl'), `${count}\n`);
      return count;
    },
  };
}

describe('Generations', () => {
  it('generates once, then answers the same generation until a change it read', async () => {
    const source = counting(['kind:legal-documents', 'entry:a']);
    const generations = new Generations({ root, generate: source.generate, log: quiet });
    const first = await generations.current();
    expect(first.result).toBe(1);
    expect(await generations.current()).toBe(first);
    generations.invalidate(['kind:articles', 'entry:b']);
    expect(await generations.current()).toBe(first);
    generations.invalidate(['entry:a']);
    expect(first.stale).toBe(true);
    expect((await generations.current()).result).toBe(2);
    generations.invalidate('all');
    expect((await generations.current()).result).toBe(3);
    expect(source.count).toBe(3);
  });

  it('a first generation slower than firstWaitMs: not ready yet, then served once done', async () => {
    const source = counting(['kind:legal-documents'], { delayMs: 80 });
    const generations = new Generations({ root, generate: source.generate, firstWaitMs: 10, notReady: () => new Error('đang tạo'), log: quiet });
    await expect(generations.current()).rejects.toThrow('đang tạo');
    // Served once done: waited for, not slept for (a loaded machine may take longer than the 80 ms).
    await vi.waitFor(async () => expect((await generations.current()).result).toBe(1), { timeout: 5_000, interval: 20 });
    expect(source.count).toBe(1);
  });

  it('concurrent requests share one generation', async () => {
    const source = counting(['kind:legal-documents'], { delayMs: 20 });
    const generations = new Generations({ root, generate: source.generate, log: quiet });
    const answers = await Promise.all([generations.current(), generations.current(), generations.current()]);
    expect(new Set(answers).size).toBe(1);
    expect(source.count).toBe(1);
  });

  it('a slow regeneration: the stale generation answers meanwhile, the new one once it is in', async () => {
    const source = counting(['kind:legal-documents'], { delayMs: 80 });
    const generations = new Generations({ root, generate: source.generate, freshWaitMs: 10, log: quiet });
    const first = await generations.current();
    generations.invalidate(['kind:legal-documents']);
    expect(await generations.current()).toBe(first);
    await vi.waitFor(async () => expect((await generations.current()).result).toBe(2), { timeout: 5_000, interval: 20 });
  });

  it('a change announced while a generation reads the CMS leaves that generation stale', async () => {
    const source = counting(['kind:consultations'], { delayMs: 40 });
    const generations = new Generations({ root, generate: source.generate, log: quiet });
    const pending = generations.current();
    await new Promise((resolve) => setTimeout(resolve, 10));
    generations.invalidate(['kind:consultations']);
    const first = await pending;
    expect(first.stale).toBe(true);
    expect((await generations.current()).result).toBe(2);
  });

  it('the CMS down: the first request fails, a later one keeps the stale files; retried only after a pause', async () => {
    let down = true;
    let now = 0;
    const source = counting(['kind:legal-documents'], { fail: () => down });
    const generations = new Generations({ root, generate: source.generate, retryAfterMs: 1_000, now: () => now, log: quiet });
    await expect(generations.current()).rejects.toThrow('CMS down');
    down = false;
    await expect(generations.current()).rejects.toThrow('CMS down'); // within the pause: not tried again
    now = 1_000;
    const first = await generations.current();
    down = true;
    generations.invalidate('all');
    now = 5_000;
    expect(await generations.current()).toBe(first);
    expect(await generations.current()).toBe(first);
    expect(await readdir(root)).toEqual([first.id]); // the failed generation's folder is gone
  });
});
