import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { demoExamples, demoRecords } from '../../content/src/demo/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/**
 * Search through the real stack: the CMS indexes what it publishes (one document-service middleware, and the
 * importer as it goes) into the embedded engine, the site queries it at /tim-kiem and /api/v1/search.
 */
const stack = inject('stack');
const target = stack.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);
const site = (path: string) => fetch(`${stack.siteUrl}${path}`);
const api = async (q: string, extra = '') => (await site(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`)).json();

describe('search over the demo content', () => {
  it('finds a document by its number first, in any case and order', async () => {
    const number = demoExamples.inForce; // 08/2026/QĐ-UBND
    for (const q of [number, number.toLowerCase(), '08/2026/qd-ubnd', 'qđ-ubnd 08/2026']) {
      const body = await api(q);
      expect(body.hits[0]?.number, q).toBe(number);
    }
  });

  it('treats unaccented, NFD and old tone placement as the same words', async () => {
    const record = demoRecords.find((r) => r.publish && /hóa|hòa|thủy|ủy/i.test(r.title))!;
    const word = /(\S*(hóa|hòa|thủy|ủy)\S*)/i.exec(record.title)![1]!;
    const variants = [word, word.normalize('NFD'), word.replace('hóa', 'hoá').replace('hòa', 'hoà').replace('thủy', 'thuỷ').replace('ủy', 'uỷ')];
    const totals = await Promise.all(variants.map(async (q) => (await api(q)).total));
    expect(totals[0]).toBeGreaterThan(0);
    expect(new Set(totals).size).toBe(1);
    const folded = (await api('chuyen doi so')).total;
    expect(folded).toBeGreaterThan(0);
    expect(folded).toBe((await api('chuyển đổi số')).total);
  });

  it('highlights with <mark> and escapes everything else; answers a too-long query with 400 in Vietnamese', async () => {
    const body = await api('văn bản điện tử');
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits[0].highlight).toMatch(/<mark>/);
    expect(body.hits[0].highlight).not.toMatch(/<(?!\/?mark>)/);
    expect(body.hits[0].url).toMatch(/^http/);
    const tooLong = await site(`/api/v1/search?q=${'a'.repeat(400)}`);
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(await tooLong.json())).toMatch(/quá dài/);
  });

  it('serves /tim-kiem without JavaScript: results, facet links, pagination; a helpful page for an empty query', async () => {
    const html = await (await site(`/tim-kiem?q=${encodeURIComponent('quyết định')}`)).text();
    expect(html).toMatch(/Tìm thấy [\d.]+ kết quả/);
    expect(html).toMatch(/<mark>/);
    expect(html).toMatch(/href="\/tim-kiem\?q=[^"]*&amp;type=/);
    const empty = await site('/tim-kiem');
    expect(empty.status).toBe(200);
    expect(await empty.text()).toMatch(/Bạn muốn tìm gì\?/);
    const hostile = await (await site(`/tim-kiem?q=${encodeURIComponent('<script>alert(1)</script>')}`)).text();
    // Inside a quoted attribute value "<" is inert; anywhere else it must arrive escaped.
    expect(hostile.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)</script>');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('keeping the index true', () => {
  it('indexes a published document within 5 s and drops it within 5 s of unpublishing', async () => {
    const type = (await cms.rest('GET', '/document-types?filters[slug][$eq]=thong-bao')).body.data[0];
    const issuer = (await cms.rest('GET', '/issuing-bodies?pagination[pageSize]=1')).body.data[0];
    const created = await cms.rest('POST', '/legal-documents?status=published', {
      data: { title: 'Thông báo về lịch tiếp công dân định kỳ của lãnh đạo xã Phù Vân', number: '77/TB-UBND', issuedDate: '2026-11-02', documentType: type.documentId, issuingBody: issuer.documentId, body: '## Điều 1. Lịch tiếp\n\nTiếp công dân vào thứ Năm hằng tuần tại trụ sở.' },
    });
    expect(created.status).toBe(201);
    const found = await eventually(async () => (await api('Phù Vân')).hits.some((h: any) => h.number === '77/TB-UBND'), 5000);
    expect(found).toBeLessThan(5000);
    expect((await api('tiep cong dan thu nam')).hits.some((h: any) => h.number === '77/TB-UBND' && /#dieu-1$/.test(h.url))).toBe(true);
    expect((await cms.unpublish(created.body.data.documentId)).status).toBe(200);
    await eventually(async () => !(await api('Phù Vân')).hits.some((h: any) => h.number === '77/TB-UBND'), 5000);
  });

  it('rebuilds the whole index with npm run reindex while search keeps answering', async () => {
    const before = (await api('quyết định')).total;
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/reindex.ts'), '--cms', target.url, '--token', target.importerToken], { encoding: 'utf8' });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Đã dựng lại chỉ mục/);
    expect((await api('quyết định')).total).toBe(before);
  });
});
