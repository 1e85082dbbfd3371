import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../search-document.ts';
import { EmbeddedSearchEngine } from './embedded.ts';

/**
 * What only the embedded engine has to get right: one index file shared by several processes (the CMS
 * writing, the site reading), a rebuild in one of them, and the bitmaps it saves so that the next process
 * opens warm. Two engine instances on one file stand for two processes.
 */
const dir = mkdtempSync(join(tmpdir(), 'cong-search-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORDS = ['an', 'bình', 'cường', 'dũng', 'giang', 'hải', 'khánh', 'lâm', 'minh', 'nam'];
function notice(i: number, extra = ''): SearchDocument {
  return {
    id: `legal-document:tb-${i}`,
    kind: 'legal-document',
    slug: `tb-${i}`,
    url: `/van-ban/tb-${i}`,
    title: `Thông báo số ${i} về văn bản điện tử`,
    number: `${i}/TB-UBND`,
    date: `20${10 + (i % 15)}-0${1 + (i % 9)}-15`,
    type: { slug: 'thong-bao', name: 'Thông báo' },
    issuer: { slug: 'ubnd', name: 'Ủy ban nhân dân' },
    status: i % 3 === 0 ? 'expired' : 'in-force',
    year: 2010 + (i % 15),
    text: `Văn bản điện tử gửi xã ${WORDS[i % 10]} ${WORDS[(i * 7) % 10]}. ${extra}`,
    citedNumbers: [],
  };
}

describe('embedded engine shared by several processes', () => {
  const path = join(dir, 'shared.db');
  const writer = new EmbeddedSearchEngine({ path });
  const reader = new EmbeddedSearchEngine({ path });
  afterAll(async () => {
    await writer.close();
    await reader.close();
  });

  it('shows a reader what a writer adds, changes and removes', async () => {
    await writer.upsert([notice(1, 'Lịch tiếp công dân.')]);
    expect((await reader.search({ q: 'tiếp công dân' })).hits.map((h) => h.slug)).toEqual(['tb-1']);
    await writer.upsert([notice(1, 'Lịch họp giao ban.')]);
    expect((await reader.search({ q: 'tiếp công dân' })).total).toBe(0);
    expect((await reader.search({ q: 'giao ban' })).total).toBe(1);
    await writer.remove(['legal-document:tb-1']);
    expect((await reader.search({ q: 'giao ban' })).total).toBe(0);
    expect(await reader.count()).toBe(0);
  });

  it('shows the new text of a changed document in its hit, not the one it showed before', async () => {
    await writer.upsert([notice(2, 'Điều 1. Lịch tiếp công dân vào thứ Hai.')]);
    expect((await reader.search({ q: 'tiếp công dân' })).hits[0]?.highlight).toMatch(/thứ Hai/);
    await writer.upsert([notice(2, 'Điều 1. Lịch tiếp công dân vào thứ Sáu.')]);
    const hit = (await reader.search({ q: 'tiếp công dân' })).hits[0];
    expect(hit?.highlight).toMatch(/thứ Sáu/);
    expect(hit?.highlight).not.toMatch(/thứ Hai/);
    await writer.remove(['legal-document:tb-2']);
  });

  it('lets a reader follow a rebuild made elsewhere, and keeps what it wrote meanwhile', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* docs() {
      for (let i = 0; i < 700; i++) {
        if (i === 300) await gate;
        yield notice(i);
      }
    }
    const rebuilding = writer.rebuild(docs());
    await new Promise((resolve) => setTimeout(resolve, 20));
    await reader.upsert([notice(5000, 'Ghi trong khi dựng lại.')]);
    release();
    await rebuilding;
    expect(await reader.count()).toBe(701);
    expect((await reader.search({ q: '"ghi trong khi dựng lại"' })).hits.map((h) => h.slug)).toEqual(['tb-5000']);
    expect((await reader.search({ q: 'văn bản điện tử' })).total).toBe(701);
  });
});

describe('embedded engine opening warm', () => {
  it('saves frequent terms’ bitmaps at rebuild and reopens with them, changes since included', async () => {
    const path = join(dir, 'warm.db');
    const first = new EmbeddedSearchEngine({ path });
    await first.rebuild(Array.from({ length: 1200 }, (_, i) => notice(i)));
    const before = await first.search({ q: 'văn bản điện tử', year: 2012 });
    await first.upsert([notice(9001), notice(9002)]);
    await first.remove(['legal-document:tb-3']);
    await first.close();

    const second = new EmbeddedSearchEngine({ path });
    expect(second.stats().cachedTerms).toBeGreaterThan(0);
    const after = await second.search({ q: 'văn bản điện tử' });
    expect(after.total).toBe(1200 + 2 - 1);
    // tb-9002 is of 2012 (2010 + 9002 % 15); tb-9001 and the removed tb-3 are not.
    expect((await second.search({ q: 'văn bản điện tử', year: 2012 })).total).toBe(before.total + 1);
    // The same answers with every bitmap read again from FTS5.
    second.dropCaches();
    expect((await second.search({ q: 'văn bản điện tử' })).total).toBe(after.total);
    await second.close();
  });
});
