import { describe, expect, it, vi } from 'vitest';
import type { SearchEngine } from './engine.ts';
import { InvalidSearchDocumentError, SearchUnavailableError } from './errors.ts';
import { ResilientSearch, type SearchLogger } from './resilient-search.ts';
import type { SearchDocument } from './search-document.ts';
import { emptyFacets, type SearchResult } from './search-query.ts';

const result = (total: number): SearchResult => ({ hits: [], total, partial: false, facets: emptyFacets(), tookMs: 1 });

function fakeEngine(name: SearchEngine['name'], overrides: Partial<SearchEngine> = {}): SearchEngine & { seen: string[] } {
  const seen: string[] = [];
  return {
    name,
    seen,
    applySettings: async () => {},
    upsert: async (docs) => void seen.push(...docs.map((d) => `upsert ${d.id}`)),
    remove: async (ids) => void seen.push(...ids.map((id) => `remove ${id}`)),
    search: async () => result(name === 'meilisearch' ? 1 : 2),
    count: async () => 0,
    rebuild: async (docs) => {
      let indexed = 0;
      for await (const doc of docs) seen.push(`rebuild ${doc.id}`), indexed++;
      return { indexed, tookMs: 0 };
    },
    close: async () => {},
    ...overrides,
  };
}

const quiet = (): SearchLogger & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, warn: (m) => void lines.push(`warn ${m}`), error: (m) => void lines.push(`error ${m}`) };
};

const doc = { id: 'legal-document:a' } as SearchDocument;

describe('ResilientSearch', () => {
  it('answers from the primary while it is up', async () => {
    const search = new ResilientSearch({ primary: fakeEngine('meilisearch'), fallback: fakeEngine('embedded'), log: quiet() });
    expect((await search.search({ q: 'x' })).total).toBe(1);
  });

  it('answers from the fallback when the primary is unreachable, and skips the primary for a while', async () => {
    const primarySearch = vi.fn(async () => {
      throw new SearchUnavailableError(new Error('ECONNREFUSED'));
    });
    const log = quiet();
    const search = new ResilientSearch({ primary: fakeEngine('meilisearch', { search: primarySearch }), fallback: fakeEngine('embedded'), log, cooldownMs: 60_000 });
    expect((await search.search({ q: 'x' })).total).toBe(2);
    expect((await search.search({ q: 'x' })).total).toBe(2);
    expect(primarySearch).toHaveBeenCalledTimes(1);
    expect(log.lines).toEqual([expect.stringMatching(/^warn Meilisearch không trả lời/)]);
  });

  it('throws SearchUnavailableError, with a Vietnamese message, when there is no fallback', async () => {
    const search = new ResilientSearch({
      primary: fakeEngine('meilisearch', { search: async () => Promise.reject(new SearchUnavailableError()) }),
      log: quiet(),
    });
    await expect(search.search({ q: 'x' })).rejects.toThrow(/tạm gián đoạn/);
  });

  it('does not hide other errors behind the fallback', async () => {
    const search = new ResilientSearch({ primary: fakeEngine('meilisearch', { search: async () => Promise.reject(new Error('bad filter')) }), fallback: fakeEngine('embedded'), log: quiet() });
    await expect(search.search({ q: 'x' })).rejects.toThrow('bad filter');
  });

  it('writes to both engines, retrying the primary with backoff and logging each failure', async () => {
    let attempts = 0;
    const primary = fakeEngine('meilisearch', {
      upsert: async () => {
        if (++attempts < 3) throw new SearchUnavailableError();
      },
    });
    const fallback = fakeEngine('embedded');
    const log = quiet();
    await new ResilientSearch({ primary, fallback, log, baseDelayMs: 1 }).upsert([doc]);
    expect(attempts).toBe(3);
    expect(fallback.seen).toEqual(['upsert legal-document:a']);
    expect(log.lines).toEqual([expect.stringMatching(/^warn .*thử lại lần 2/), expect.stringMatching(/^warn .*thử lại lần 3/)]);
  });

  it('gives up after the last attempt, logs an error and reports it; invalid documents are not retried', async () => {
    const log = quiet();
    const failing = new ResilientSearch({ primary: fakeEngine('meilisearch', { remove: async () => Promise.reject(new SearchUnavailableError()) }), log, attempts: 2, baseDelayMs: 1 });
    await expect(failing.remove(['x'])).rejects.toThrow(SearchUnavailableError);
    expect(log.lines.at(-1)).toMatch(/^error .*sau 2 lần thử/);
    let calls = 0;
    const invalid = new ResilientSearch({ primary: fakeEngine('meilisearch', { upsert: async () => (calls++, Promise.reject(new InvalidSearchDocumentError('x'))) }), log: quiet(), baseDelayMs: 1 });
    await expect(invalid.upsert([doc])).rejects.toThrow(InvalidSearchDocumentError);
    expect(calls).toBe(1);
  });

  it('rebuilds both engines from one pass over the source', async () => {
    const primary = fakeEngine('meilisearch');
    const fallback = fakeEngine('embedded');
    let pulled = 0;
    async function* source() {
      for (const id of ['a', 'b', 'c']) {
        pulled++;
        yield { id } as SearchDocument;
      }
    }
    const report = await new ResilientSearch({ primary, fallback, log: quiet() }).rebuild(source());
    expect(report.indexed).toBe(3);
    expect(pulled).toBe(3);
    expect(primary.seen).toEqual(['rebuild a', 'rebuild b', 'rebuild c']);
    expect(fallback.seen).toEqual(primary.seen);
  });

  it('starts even when the primary is down at start-up', async () => {
    const log = quiet();
    await new ResilientSearch({ primary: fakeEngine('meilisearch', { applySettings: async () => Promise.reject(new SearchUnavailableError()) }), fallback: fakeEngine('embedded'), log }).applySettings();
    expect(log.lines).toEqual([expect.stringMatching(/^warn Meilisearch không kết nối được/)]);
  });
});

describe('MeilisearchEngine when the server is down', () => {
  it('raises SearchUnavailableError, which the wrapper falls back on', async () => {
    const { MeilisearchEngine } = await import('./engines/meilisearch.ts');
    const engine = new MeilisearchEngine({ url: 'http://127.0.0.1:9', timeoutMs: 1000 });
    await expect(engine.search({ q: 'x' })).rejects.toThrow(SearchUnavailableError);
    await expect(engine.upsert([])).resolves.toBeUndefined();
    await expect(engine.remove(['legal-document:x'])).rejects.toThrow(SearchUnavailableError);
  });
});
