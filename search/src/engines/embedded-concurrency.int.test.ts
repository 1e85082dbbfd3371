import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHURN_WORDS, STABLE, stableDocument } from '../testing/embedded-writer.ts';
import { EmbeddedSearchEngine } from './embedded.ts';

/**
 * The CMS writes the index file while the site searches it, in another process: a search must see one consistent
 * state of the index from start to end, never documents that vanished between its steps (a page of hits read after
 * a removal committed elsewhere) nor a slot dropped by a rebuild's flip. Run for a few seconds against a real second process writing as fast as it can.
 */
const dir = mkdtempSync(join(tmpdir(), 'cong-search-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const WRITER = fileURLToPath(new URL('../testing/embedded-writer.ts', import.meta.url));
const DURATION_MS = 3000;

describe('embedded engine searched while another process writes', () => {
  it('answers every search with a consistent page of hits while documents come and go', async () => {
    const path = join(dir, 'churn.db');
    const reader = new EmbeddedSearchEngine({ path });
    // Something stable beside the churn, so the queries also rank documents that stay.
    await reader.upsert(Array.from({ length: STABLE }, (_, n) => stableDocument(n)));

    const writer = spawn(process.execPath, [WRITER, path, String(DURATION_MS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    writer.stdout.on('data', (chunk) => (output += chunk));
    writer.stderr.on('data', (chunk) => (errors += chunk));
    const exited = new Promise<number | null>((resolve) => writer.on('exit', resolve));
    let done = false;
    void exited.then(() => (done = true));

    const failures = new Map<string, number>();
    let searches = 0;
    const queries = [CHURN_WORDS, 'cap lai the', `"${CHURN_WORDS}" một cửa`, '7/TB-CHURN', 'hồ sơ số 13'];
    while (!done) {
      for (const q of queries) {
        try {
          const result = await reader.search({ q, pageSize: 50 });
          // A page of hits agrees with the total it came with.
          if (result.hits.length !== Math.min(result.total, 50)) throw new Error(`${result.hits.length} hits for a total of ${result.total}`);
          await reader.count();
        } catch (error) {
          const key = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          failures.set(key, (failures.get(key) ?? 0) + 1);
        }
        searches++;
      }
      // Let the writer's exit be noticed.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await exited, errors).toBe(0);
    const { writes, rebuilds } = JSON.parse(output) as { writes: number; rebuilds: number };
    // The race needs both sides busy at once; a writer that barely ran would prove nothing.
    expect(writes).toBeGreaterThan(200);
    expect(rebuilds).toBeGreaterThan(0);
    expect(searches).toBeGreaterThan(200);
    console.log(`${writes} writes and ${rebuilds} rebuilds in another process during ${searches} searches`);
    expect(Object.fromEntries(failures)).toEqual({});

    // And the reader ends where the writer left the index: the same hits, snippets and links as a fresh reader
    // (so nothing it kept in memory for its pages of hits outlived a change).
    const fresh = new EmbeddedSearchEngine({ path, warmUp: false });
    const bySlug = (hits: { slug: string }[]) => [...hits].sort((a, b) => a.slug.localeCompare(b.slug));
    for (const q of queries) expect(bySlug((await reader.search({ q, pageSize: 50 })).hits), q).toEqual(bySlug((await fresh.search({ q, pageSize: 50 })).hits));
    expect(await reader.count()).toBe(await fresh.count());
    await fresh.close();
    await reader.close();
  }, 30_000);
});
