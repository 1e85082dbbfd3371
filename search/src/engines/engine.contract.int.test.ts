import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine.ts';
import { InvalidSearchQueryError } from '../errors.ts';
import type { SearchDocument } from '../search-document.ts';
import { MAX_QUERY_LENGTH, type SearchResult } from '../search-query.ts';
import { containsExact, containsPhrase, contractCorpus } from '../testing/contract-corpus.ts';
import { portalCorpus } from '../testing/portal-corpus.ts';
import { spellingVariants } from '../text/spelling-variants.ts';
import { syllables } from '../text/syllables.ts';
import { EmbeddedSearchEngine } from './embedded.ts';
import { MeilisearchEngine } from './meilisearch.ts';

/**
 * One contract for every search engine: the same cases against the embedded engine always, and against
 * Meilisearch when MEILISEARCH_URL is set (`docker compose up -d meilisearch`, then
 * `MEILISEARCH_URL=http://localhost:7700 MEILISEARCH_KEY=… npx vitest run --config search/vitest.contract.config.ts`).
 * Expectations come from the corpus itself where they can (which documents contain a phrase), and name
 * documents where the issue does (numbers).
 */

type Adapter = { name: string; create: () => Promise<SearchEngine>; dispose: () => Promise<void>; suggests: boolean };

const adapters: Adapter[] = [];
{
  let dir = '';
  adapters.push({
    name: 'embedded',
    suggests: true,
    create: async () => {
      dir = mkdtempSync(join(tmpdir(), 'cong-search-contract-'));
      return new EmbeddedSearchEngine({ path: join(dir, 'search.db') });
    },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  });
}
const meilisearchUrl = process.env.MEILISEARCH_URL;
if (meilisearchUrl) {
  const index = `cong_contract_${Date.now()}`;
  adapters.push({
    name: 'meilisearch',
    suggests: false,
    create: async () => new MeilisearchEngine({ url: meilisearchUrl, apiKey: process.env.MEILISEARCH_KEY, index, timeoutMs: 10_000 }),
    dispose: async () => {
      const client = new Meilisearch({ host: meilisearchUrl, apiKey: process.env.MEILISEARCH_KEY });
      for (const { uid } of (await client.getRawIndexes({ limit: 1000 })).results) if (uid.startsWith(index)) await client.deleteIndex(uid).waitTask();
    },
  });
} else {
  console.warn('\n⚠ MEILISEARCH_URL is not set: the search contract runs against the embedded engine only.\n');
}

const corpus = contractCorpus();
if (corpus.missing.length > 0) console.warn(`\n⚠ Search contract without: ${corpus.missing.join(', ')}. Those cases are skipped.\n`);
const bySlug = new Map(corpus.docs.map((doc) => [doc.slug, doc]));
const hasSeed = bySlug.has('15-ct-ttg');
const hasRegistry = bySlug.has('09-ct-ubnd');

const slugs = (result: SearchResult) => result.hits.map((hit) => hit.slug);

function testDocument(slug: string, title: string, text: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: `legal-document:${slug}`,
    kind: 'legal-document',
    slug,
    url: `/van-ban/${slug}`,
    title,
    number: null,
    date: '2026-01-15',
    type: { slug: 'thong-bao', name: 'Thông báo' },
    issuer: { slug: 'ubnd-thu-nghiem', name: 'Ủy ban nhân dân (thử nghiệm)' },
    status: 'in-force',
    year: 2026,
    text,
    citedNumbers: [],
    ...extra,
  };
}

describe.each(adapters)('search contract: $name engine', ({ create, dispose, suggests }) => {
  let engine: SearchEngine;
  const search = (q: string, more: Record<string, unknown> = {}) => engine.search({ q, pageSize: 50, ...more });

  beforeAll(async () => {
    engine = await create();
    await engine.applySettings();
    await engine.upsert(corpus.docs);
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    await dispose();
  });

  it('indexes every document of the corpus', async () => {
    expect(await engine.count()).toBe(corpus.docs.length);
  });

  describe('Vietnamese text: NFC/NFD, old and new tone placement, without accents, đ', () => {
    it.each([
      ['Ủy ban nhân dân tỉnh', ['Uỷ ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'.normalize('NFD'), 'uy ban nhan dan tinh', 'UY BAN NHAN DAN TINH']],
      ['số hóa hồ sơ', ['số hoá hồ sơ', 'so hoa ho so', 'số hóa hồ sơ'.normalize('NFD')]],
      ['thư điện tử', ['thu dien tu', 'thư điện tử'.normalize('NFD')]],
      ['nghị định', ['nghi dinh', 'NGHỊ ĐỊNH']],
    ])('"%s" and its variants find the same documents', async (query, variants) => {
      const reference = await search(query);
      expect(reference.total).toBeGreaterThan(0);
      for (const variant of variants) {
        const result = await search(variant);
        expect(new Set(slugs(result)), variant).toEqual(new Set(slugs(reference)));
        expect(result.total, variant).toBe(reference.total);
      }
    });

    it('finds "thuỷ lợi" written the other way, and unaccented', async () => {
      await engine.upsert([testDocument('tb-thu-nghiem-thuy-loi', 'Thông báo về công trình thuỷ lợi', 'Kiểm tra công trình thuỷ lợi trước mùa mưa.')]);
      for (const q of ['thủy lợi', 'thuỷ lợi', 'thuy loi']) expect(slugs(await search(q)), q).toContain('tb-thu-nghiem-thuy-loi');
      await engine.remove(['legal-document:tb-thu-nghiem-thuy-loi']);
    });

    it.runIf(hasSeed)('ranks exact accents first when the query has them: "đường" before "đương"', async () => {
      const result = await search('đường');
      const exact = result.hits.map((hit) => containsExact(bySlug.get(hit.slug)!, 'đường'));
      expect(exact.length).toBeGreaterThan(1);
      expect(exact[0]).toBe(true);
      expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
      expect(exact).toContain(false);
    });
  });

  describe.runIf(hasSeed)('document numbers', () => {
    it.each(['07/CT-BTTTT', '07/ct-btttt', '7/CT-BTTTT', 'số 07/CT-BTTTT', 'Chỉ thị 07/CT-BTTTT'])('%s finds its document first', async (q) => {
      expect(slugs(await search(q))[0]).toBe('07-ct-btttt');
    });

    it.each(['34/2008/CT-TTg', '34/2008/ct-ttg', 'ct-ttg 34/2008', '34/2008 CT-TTg'])('%s finds its document first', async (q) => {
      expect(slugs(await search(q))[0]).toBe('34-2008-ct-ttg');
    });

    it('15/CT-TTg finds the directive first, then the documents implementing or citing it', async () => {
      const result = await search('15/CT-TTg');
      expect(slugs(result)[0]).toBe('15-ct-ttg');
      expect(slugs(result)).toEqual(expect.arrayContaining(['1950-ttg-kgvx', 'ct-gialai-2013']));
    });

    it.each(['43/2011/NĐ-CP', '43/2011/nd-cp', 'nd-cp 43/2011', 'NĐ-CP 43/2011', '43/2011 nđ-cp'])('cited number %s finds the documents citing it', async (q) => {
      expect(new Set(slugs(await search(q)))).toEqual(new Set(['15-ct-ttg', 'ct-gialai-2013', '1950-ttg-kgvx']));
    });

    it('64/2007/NĐ-CP, not in the registry, finds the two directives citing it', async () => {
      expect(new Set(slugs(await search('64/2007/NĐ-CP')))).toEqual(new Set(['15-ct-ttg', '34-2008-ct-ttg']));
    });

    it('marks the number in the snippet', async () => {
      const [hit] = (await search('43/2011/nd-cp')).hits;
      expect(hit!.highlight).toMatch(/<mark>43\/2011\/NĐ-CP<\/mark>/);
    });
  });

  it.runIf(hasRegistry)('a number written without its leading zero finds the same document (9/CT-UBND = 09/CT-UBND)', async () => {
    expect(slugs(await search('9/CT-UBND'))[0]).toBe('09-ct-ubnd');
    expect(slugs(await search('09/ct-ubnd'))[0]).toBe('09-ct-ubnd');
  });

  describe('phrases', () => {
    it('ranks documents with "thư điện tử" as a phrase above those with the words apart', async () => {
      const result = await search('thư điện tử');
      const phrase = result.hits.map((hit) => containsPhrase(bySlug.get(hit.slug)!, 'thư điện tử'));
      expect(phrase[0]).toBe(true);
      expect(phrase).toEqual([...phrase].sort((a, b) => Number(b) - Number(a)));
    });

    it('a quoted phrase finds only documents containing it', async () => {
      const result = await search('"thư điện tử"');
      const expected = corpus.docs.filter((doc) => containsPhrase(doc, 'thư điện tử')).map((doc) => doc.slug);
      expect(new Set(slugs(result))).toEqual(new Set(expected));
    });
  });

  it('tolerates one typo in a longer syllable', async () => {
    for (const q of ['trách nhiệmm', 'trach nhiemm', 'thông tinn điện tử']) {
      const result = await search(q);
      expect(result.total, q).toBeGreaterThan(0);
      expect(containsPhrase(bySlug.get(result.hits[0]!.slug)!, q.startsWith('th') ? 'thông tin' : 'trách nhiệm'), q).toBe(true);
    }
  });

  it.runIf(suggests)('suggests a spelling when no document has every word', async () => {
    const result = await search('trách nhiệmmm thi hànhh');
    // The words it does know still find something, as partial matches.
    expect(result.allWordsTotal).toBe(0);
    expect(result.partial).toBe(true);
    expect(result.didYouMean).toBe('trách nhiệm thi hành');
    expect((await search(result.didYouMean!)).total).toBeGreaterThan(0);
  });

  it('links a hit to the article that matched, and names it', async () => {
    const result = await search('chậm nhất 05 ngày làm việc');
    const hit = result.hits.find((h) => h.slug === '901-2025-qh15');
    expect(hit?.url).toBe('/van-ban/901-2025-qh15#dieu-4');
    expect(hit?.article).toEqual({ number: '4', title: 'Thời hạn công khai' });
    expect(hit?.highlight).toContain('<mark>');
  });

  describe('facets and filters', () => {
    it('counts types, issuers, years and validity over the results', async () => {
      const result = await search('văn bản');
      for (const facet of ['kind', 'type', 'status'] as const) {
        expect(result.facets[facet].reduce((sum, v) => sum + v.count, 0), facet).toBe(result.total);
      }
      const chiThi = result.facets.type.find((v) => v.slug === 'chi-thi');
      expect(chiThi).toMatchObject({ name: 'Chỉ thị' });
      const filtered = await search('văn bản', { type: 'chi-thi' });
      expect(filtered.total).toBe(chiThi!.count);
      expect(filtered.hits.every((hit) => hit.type?.slug === 'chi-thi')).toBe(true);
      // Disjunctive: the type facet still offers the other types.
      expect(filtered.facets.type.length).toBe(result.facets.type.length);
    });

    it('filters by issuer, year, validity and content kind', async () => {
      const all = await search('văn bản');
      const issuer = all.facets.issuer[0]!;
      const byIssuer = await search('văn bản', { issuer: issuer.slug });
      expect(byIssuer.total).toBe(issuer.count);
      expect(byIssuer.hits.every((hit) => hit.issuer?.slug === issuer.slug)).toBe(true);
      const year = all.facets.year[0]!;
      const byYear = await search('văn bản', { year: year.slug });
      expect(byYear.hits.every((hit) => hit.date?.startsWith(year.slug))).toBe(true);
      const byStatus = await search('văn bản', { status: 'expired' });
      expect(byStatus.hits.every((hit) => hit.status === 'expired')).toBe(true);
      expect((await search('văn bản', { type: 'legal-document' })).total).toBe(all.total);
      expect((await search('văn bản', { type: 'news' })).total).toBe(0);
    });
  });

  it('escapes hostile text in snippets', async () => {
    await engine.upsert([testDocument('tb-thu-nghiem-doc-hai', 'Thông báo <b>độc hại</b>', 'Nội dung <script>alert("x")</script> độc hại & <img src=x onerror=alert(1)>.')]);
    const [hit] = (await search('độc hại')).hits;
    expect(hit?.slug).toBe('tb-thu-nghiem-doc-hai');
    expect(hit!.highlight).toContain('&lt;script&gt;');
    expect(hit!.highlight).toContain('<mark>độc hại</mark>');
    expect(hit!.highlight.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    await engine.remove(['legal-document:tb-thu-nghiem-doc-hai']);
  });

  it('answers an empty query with the whole registry and refuses an over-long one with a hint', async () => {
    const empty = await engine.search({ q: '   ' });
    expect(empty.total).toBe(corpus.docs.length);
    await expect(engine.search({ q: 'a'.repeat(MAX_QUERY_LENGTH + 1) })).rejects.toThrow(InvalidSearchQueryError);
    await expect(engine.search({ q: 'a'.repeat(MAX_QUERY_LENGTH + 1) })).rejects.toThrow(/tối đa 200 ký tự/);
    await expect(engine.search({ q: 'x', page: 0 })).rejects.toThrow(InvalidSearchQueryError);
  });

  it('adds, updates and removes documents', async () => {
    const doc = testDocument('tb-thu-nghiem-cap-nhat', 'Thông báo lịch tiếp công dân tháng giêng', 'Lịch tiếp công dân định kỳ.');
    await engine.upsert([doc]);
    expect(slugs(await search('"tiếp công dân tháng giêng"'))).toEqual(['tb-thu-nghiem-cap-nhat']);
    await engine.upsert([{ ...doc, title: 'Thông báo lịch tiếp công dân tháng hai', text: 'Lịch tiếp công dân đột xuất.' }]);
    expect(slugs(await search('"tiếp công dân tháng giêng"'))).toEqual([]);
    expect(slugs(await search('"tiếp công dân đột xuất"'))).toEqual(['tb-thu-nghiem-cap-nhat']);
    expect(await engine.count()).toBe(corpus.docs.length + 1);
    await engine.remove([doc.id, 'legal-document:khong-ton-tai']);
    expect(slugs(await search('"tiếp công dân đột xuất"'))).toEqual([]);
    expect(await engine.count()).toBe(corpus.docs.length);
  });

  describe('attached originals: their pages are searched with the document', () => {
    const withOriginal = (): SearchDocument => ({
      ...testDocument('tb-thu-nghiem-tep-goc', 'Thông báo kèm bản gốc', 'Thông báo này chỉ có trích yếu.'),
      attachments: [
        { file: 'thong-bao-goc.pdf', url: '/tep/thong_bao_goc_a1b2.pdf', page: 1, text: 'Trang đầu của bản gốc có quốc hiệu.' },
        { file: 'thong-bao-goc.pdf', url: '/tep/thong_bao_goc_a1b2.pdf', page: 3, text: 'Trang ba nói về kênh mương nội đồng xã Phước Vĩnh.' },
        { file: 'phu-luc.docx', url: '/tep/phu_luc_c3d4.docx', page: null, text: 'Phụ lục ghi danh mục cây giống lúa chịu mặn.' },
      ],
    });
    afterAll(async () => engine.remove(['legal-document:tb-thu-nghiem-tep-goc']));

    it('finds a document by words only its attachment has, naming the file and the page with a link to it', async () => {
      await engine.upsert([withOriginal()]);
      const [hit] = (await search('kênh mương nội đồng Phước Vĩnh')).hits;
      expect(hit?.slug).toBe('tb-thu-nghiem-tep-goc');
      expect(hit?.url).toBe('/van-ban/tb-thu-nghiem-tep-goc');
      expect(hit?.attachment).toEqual({ file: 'thong-bao-goc.pdf', page: 3, url: '/tep/thong_bao_goc_a1b2.pdf#page=3' });
      expect(hit?.highlight).toContain('<mark>kênh mương nội đồng</mark>');
      const [docx] = (await search('"giống lúa chịu mặn"')).hits;
      expect(docx?.attachment).toEqual({ file: 'phu-luc.docx', page: null, url: '/tep/phu_luc_c3d4.docx' });
    });

    it('names no attachment when the typed text answers, and forgets pages the attachment lost', async () => {
      const [typed] = (await search('"chỉ có trích yếu"')).hits;
      expect(typed?.slug).toBe('tb-thu-nghiem-tep-goc');
      expect(typed?.attachment).toBeUndefined();
      await engine.upsert([{ ...withOriginal(), attachments: [] }]);
      expect(slugs(await search('"kênh mương nội đồng xã Phước Vĩnh"'))).toEqual([]);
      expect(await engine.count()).toBe(corpus.docs.length + 1);
    });
  });

  it('keeps answering during a rebuild, then switches to the new index without losing writes made meanwhile', async () => {
    const extra = testDocument('tb-thu-nghiem-dung-lai', 'Thông báo dựng lại chỉ mục', 'Văn bản chỉ có trong lần dựng lại.');
    const during = testDocument('tb-thu-nghiem-trong-khi-dung', 'Thông báo ghi trong khi dựng lại', 'Ghi vào chỉ mục cũ trong khi dựng lại.');
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slowly(): AsyncGenerator<SearchDocument> {
      for (const [i, doc] of corpus.docs.entries()) {
        if (i === Math.floor(corpus.docs.length / 2)) await gate;
        yield doc;
      }
      yield extra;
    }
    const first = slugs(await search('15/CT-TTg'))[0];
    if (hasSeed) expect(first).toBe('15-ct-ttg');
    const rebuilding = engine.rebuild(slowly(), { total: corpus.docs.length + 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Mid-rebuild: the old index answers in full, and accepts writes.
    expect(slugs(await search('15/CT-TTg'))[0]).toBe(first);
    expect(await engine.count()).toBe(corpus.docs.length);
    await engine.upsert([during]);
    release();
    const report = await rebuilding;
    expect(report.indexed).toBe(corpus.docs.length + 1);
    expect(slugs(await search('"chỉ có trong lần dựng lại"'))).toEqual(['tb-thu-nghiem-dung-lai']);
    expect(slugs(await search('"ghi vào chỉ mục cũ"'))).toEqual(['tb-thu-nghiem-trong-khi-dung']);
    await engine.remove([extra.id, during.id]);
    expect(await engine.count()).toBe(corpus.docs.length);
  });

  // Issue 13 §5: a natural query never ends in nothing, spelling variants are one word, the words typed are marked.
  describe('search that forgives', () => {
    const hasAll = (slug: string, q: string, docs: readonly SearchDocument[]) => {
      const doc = docs.find((d) => d.slug === slug) ?? bySlug.get(slug);
      if (doc === undefined) return false;
      const words = new Set(syllables(`${doc.title} ${doc.text}`).flatMap((s) => spellingVariants(s.folded)));
      return syllables(q).every((s) => words.has(s.folded));
    };
    const flood = testDocument('tb-thu-nghiem-mua-lu', 'Thông báo ứng phó mưa lũ', 'Các xã trực ban, sơ tán dân khỏi vùng ngập lũ.');
    const bothWords = testDocument('tb-thu-nghiem-phong-chong-lu', 'Thông báo phòng, chống lũ quét', 'Kế hoạch phòng chống lũ quét năm 2026.');
    const lookAlikes = [
      testDocument('tb-thu-nghiem-lu-dau', 'Thông báo nước lũ', 'Nước lũ dâng cao.'),
      testDocument('tb-thu-nghiem-lu-khong-dau', 'Thong bao nuoc lu', 'Nuoc lu dang cao, lu nuoc day.'),
      testDocument('tb-thu-nghiem-lu-sac', 'Thông báo lú lẫn', 'Người già lú lẫn cần chăm sóc.'),
    ];
    const signature = testDocument('tb-thu-nghiem-chu-ki-so', 'Thông báo dùng chữ kí số thí điểm', 'Mọi văn bản đi được kí số trên hệ thống.');
    const testDocs = [flood, bothWords, ...lookAlikes, signature];
    beforeAll(async () => engine.upsert([flood, ...lookAlikes, signature]));
    afterAll(async () => engine.remove(testDocs.map((doc) => doc.id)));

    it('falls back to the best partial matches when no document has every word, says so and suggests a query', async () => {
      for (const q of ['phòng chống ngập lũ', 'phong chong ngap lu']) {
        const result = await search(q);
        expect(result.partial, q).toBe(true);
        expect(result.allWordsTotal, q).toBe(0);
        expect(result.total, q).toBeGreaterThan(0);
        expect(slugs(result), q).toContain(flood.slug);
        expect(result.didYouMean, q).toBeDefined();
        const suggested = await search(result.didYouMean!);
        // The suggestion finds a document with every one of its words.
        expect(suggested.allWordsTotal ?? suggested.total, result.didYouMean).toBeGreaterThan(0);
      }
    });

    it('ranks every document with all the words before any partial match', async () => {
      await engine.upsert([bothWords]);
      const result = await search('phòng chống lũ');
      expect(result.partial).toBe(true);
      expect(result.allWordsTotal).toBeGreaterThanOrEqual(1);
      const all = result.hits.map((hit) => hasAll(hit.slug, 'phòng chống lũ', testDocs));
      expect(all.slice(0, result.allWordsTotal)).toEqual(new Array(result.allWordsTotal).fill(true));
      expect(all.slice(result.allWordsTotal)).not.toContain(true);
      expect(slugs(result)[0]).toBe(bothWords.slug);
      expect(slugs(result)).toContain(flood.slug);
      await engine.remove([bothWords.id]);
    });

    it('does not widen a query that enough documents answer with every word, nor a quoted phrase', async () => {
      const result = await search('văn bản điện tử');
      expect(result.partial).toBe(false);
      expect(result.allWordsTotal).toBeUndefined();
      const quoted = await search('"phòng chống lũ"');
      expect(quoted.total).toBe(0);
      expect(quoted.partial).toBe(false);
    });

    it('reads i and y after a consonant as one spelling: kí = ký', async () => {
      const reference = await search('chữ ký số');
      expect(slugs(reference)).toContain(signature.slug);
      for (const q of ['chữ kí số', 'chu ki so', 'chu ky so', 'CHỮ KÝ SỐ']) {
        const result = await search(q);
        expect(result.total, q).toBe(reference.total);
        expect(new Set(slugs(result)), q).toEqual(new Set(slugs(reference)));
      }
    });

    it.each([
      ['qd tam ngung hieu luc gia trong giu xe', '22-2026-qd-ubnd'],
      ['nd quy dinh chi tiet luat cong khai thong tin hanh chinh', '930-2025-nd-cp'],
    ])('reads a document type typed as its abbreviation: %s', async (q, slug) => {
      const result = await search(q);
      expect(result.allWordsTotal ?? result.total, q).toBeGreaterThan(0);
      expect(slugs(result)[0], q).toBe(slug);
    });

    it('finds every "Quyết định" by "qd"', async () => {
      const byName = await search('"quyết định"', { type: 'quyet-dinh' });
      const byAbbreviation = await search('qd', { type: 'quyet-dinh' });
      expect(byName.total).toBeGreaterThan(0);
      expect(byAbbreviation.total).toBeGreaterThanOrEqual(byName.total);
    });

    it('ranks the accents typed first, and marks only them: "lũ" before "lu" and "lú"', async () => {
      const result = await search('lũ');
      const rank = (slug: string) => slugs(result).indexOf(slug);
      const [accented, unaccented, other] = lookAlikes.map((doc) => rank(doc.slug));
      expect(accented).toBeGreaterThanOrEqual(0);
      expect(accented).toBeLessThan(unaccented!);
      expect(accented).toBeLessThan(other!);
      const highlight = (slug: string) => result.hits.find((hit) => hit.slug === slug)!.highlight;
      expect(highlight(lookAlikes[0]!.slug)).toContain('<mark>lũ</mark>');
      // A text without accents shows the match; "lú" is another word.
      expect(highlight(lookAlikes[1]!.slug)).toContain('<mark>lu</mark>');
      expect(highlight(lookAlikes[2]!.slug)).not.toContain('<mark>');
    });
  });

  // Last, so that the cases above count the registry alone: drafts, articles and pages join it here.
  describe('every kind: drafts, articles and pages beside the registry', () => {
    const portal = portalCorpus();
    const ofKind = (kind: string) => portal.filter((doc) => doc.kind === kind);
    beforeAll(async () => engine.upsert(portal));
    afterAll(async () => engine.remove(portal.map((doc) => doc.id)));

    it('counts and filters by kind; a kind facet offers the others', async () => {
      const all = await engine.search({ q: '', pageSize: 50 });
      expect(all.total).toBe(corpus.docs.length + portal.length);
      const kinds = Object.fromEntries(all.facets.kind.map((value) => [value.slug, value.count]));
      expect(kinds).toEqual({ 'legal-document': corpus.docs.length, consultation: ofKind('consultation').length, news: ofKind('news').length, page: ofKind('page').length });
      for (const kind of ['consultation', 'news', 'page'] as const) {
        const result = await engine.search({ q: '', type: kind, pageSize: 50 });
        expect(result.total, kind).toBe(ofKind(kind).length);
        expect(result.hits.every((hit) => hit.kind === kind), kind).toBe(true);
        // Disjunctive: filtered to one kind, the kind facet still lists every kind.
        expect(result.facets.kind.length, kind).toBe(4);
      }
    });

    it('filters by a section or a draft status given as type, and counts them as type facet values', async () => {
      const news = await search('tỉnh', { type: 'news' });
      const sections = news.facets.type.map((value) => value.slug);
      expect(sections).toEqual(expect.arrayContaining(['tin-tuc', 'chi-dao-dieu-hanh']));
      const tinTuc = news.facets.type.find((value) => value.slug === 'tin-tuc')!;
      expect(tinTuc.name).toBe('Tin tức, sự kiện');
      const filtered = await search('tỉnh', { type: 'tin-tuc' });
      expect(filtered.total).toBe(tinTuc.count);
      expect(filtered.hits.every((hit) => hit.kind === 'news' && hit.type?.slug === 'tin-tuc')).toBe(true);
      const open = await search('', { type: 'dang-lay-y-kien' });
      expect(open.hits.map((hit) => hit.kind)).toEqual(['consultation']);
    });

    it('answers the audit\'s natural queries (D5) with partial matches instead of nothing', async () => {
      const lu = await search('phòng chống lũ');
      expect(lu.partial).toBe(true);
      expect(slugs(lu)).toContain('chi-dao-phong-chong-bao-lu');
      const baoLu = await search('phong chong bao lu');
      expect(baoLu.partial).toBe(true);
      expect(baoLu.hits.slice(0, 3).map((hit) => hit.kind)).toContain('page');
    });

    it("links a draft's hit to the article that matched, and a list row's hit to its row", async () => {
      const draft = (await search('kiểm tra số ký hiệu trước khi trình duyệt', { type: 'consultation' })).hits[0];
      expect(draft?.url).toMatch(/^\/du-thao\/[a-z0-9-]+#dieu-4$/);
      expect(draft?.article).toEqual({ number: '4', title: 'Trách nhiệm của người biên tập' });
      const service = (await search('phiếu lý lịch tư pháp', { type: 'dich-vu-cong' })).hits[0];
      expect(service?.url).toMatch(/^\/dich-vu-cong#thu-tuc-[a-z0-9]+$/);
      expect(service?.article).toBeUndefined();
      expect(service?.number).toBeUndefined();
      expect(service?.highlight).toContain('<mark>');
    });
  });
});
