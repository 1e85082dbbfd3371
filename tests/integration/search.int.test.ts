import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { demoArticles, demoConsultations, demoConsultationSlugs, demoExamples, demoQuestions, demoRecords } from '../../content/src/demo/index.ts';
import { draftOutline } from '../../content/src/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/**
 * Search through the real stack: the CMS indexes what it publishes — legal documents, drafts for comment, articles
 * and the portal's pages — (one document-service middleware, and the importer as it goes) into the embedded engine,
 * the site queries it at /tim-kiem and /api/v1/search.
 */
const stack = inject('stack');
const target = stack.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);
const site = (path: string) => fetch(`${stack.siteUrl}${path}`);
/** The search API's answer to a query; anything but a 200 fails with the status and the body, saying what went wrong. */
const api = async (q: string, extra = '') => {
  const path = `/api/v1/search?q=${encodeURIComponent(q)}${extra}`;
  const response = await site(path);
  const body = await response.text();
  expect(response.status, `GET ${path} → ${response.status} ${body}`).toBe(200);
  return JSON.parse(body);
};
const KINDS = ['legal-document', 'consultation', 'news', 'page'] as const;
/** A hit's URL without the site's origin, and its fragment. */
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
const fragmentOf = (url: string) => new URL(url).hash.slice(1);

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

  it('rebuilds the whole index, every kind of content, with npm run reindex while search keeps answering', async () => {
    const before = (await api('quyết định')).total;
    const totalsBefore = await Promise.all(KINDS.map(async (kind) => (await api('', `&type=${kind}`)).total));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/reindex.ts'), '--cms', target.url, '--token', target.importerToken], { encoding: 'utf8' });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Đã dựng lại chỉ mục: \d+ mục \(văn bản \d+, dự thảo lấy ý kiến \d+, bài viết \d+, trang thông tin \d+\)/);
    const status = (await (await fetch(`${target.url}/api/search-index/rebuild`, { headers: { authorization: `Bearer ${target.importerToken}` } })).json()) as any;
    for (const kind of KINDS) expect(status.byKind[kind], kind).toBeGreaterThan(0);
    expect(Object.values(status.byKind as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(status.indexed);
    expect(status.indexed).toBe(status.total);
    expect((await api('quyết định')).total).toBe(before);
    const totalsAfter = await Promise.all(KINDS.map(async (kind) => (await api('', `&type=${kind}`)).total));
    expect(totalsAfter).toEqual(totalsBefore);
    expect(totalsAfter.reduce((a, b) => a + b, 0)).toBe(status.indexed);
  });
});

describe('every kind of content, not only legal documents', () => {
  const openDraft = demoConsultations().find((draft) => draft.slug === demoConsultationSlugs.open)!;

  it('finds the open demo draft and links to the article that matched, an anchor the draft page has', async () => {
    // Điều 4 of the open draft: "Kiểm tra số ký hiệu, ngày ban hành và trích yếu trước khi trình duyệt", typed unaccented.
    const body = await api('kiem tra so ky hieu truoc khi trinh duyet', '&type=consultation');
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.every((hit: any) => hit.kind === 'consultation')).toBe(true);
    const hit = body.hits.find((h: any) => h.slug === openDraft.slug);
    const article = draftOutline(openDraft.body).find((a) => a.title === 'Trách nhiệm của người biên tập')!;
    expect(pathOf(hit.url)).toBe(`/du-thao/${openDraft.slug}`);
    expect(fragmentOf(hit.url)).toBe(article.anchor);
    expect(hit.article).toEqual({ number: article.number, title: article.title });
    expect(hit.type).toEqual({ name: 'Đang lấy ý kiến', slug: 'dang-lay-y-kien' });
    expect(hit.number).toBeUndefined();
    const page = await site(pathOf(hit.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`id="${article.anchor}"`);
    // The comment status is a facet of its own.
    expect((await api('', '&type=dang-lay-y-kien')).hits.map((h: any) => h.slug)).toContain(openDraft.slug);
  });

  it('publishing a news article makes it findable within 5 s under type=news; unpublishing removes it', async () => {
    const slug = 'khanh-thanh-nha-van-hoa-xa-lung-cu-kiem-thu';
    const created = await cms.rest('POST', '/articles?status=published', {
      data: { title: 'Khánh thành nhà văn hóa xã Lũng Cú (bài kiểm thử)', slug, section: 'tin-tuc', summary: 'Nhà văn hóa mới phục vụ bà con.', body: 'Sáng nay, xã Lũng Cú khánh thành nhà văn hóa cộng đồng.' },
    });
    expect(created.status).toBe(201);
    const isFound = async (extra = '') => (await api('nha van hoa lung cu', extra)).hits.some((h: any) => h.slug === slug);
    expect(await eventually(() => isFound(), 5000)).toBeLessThan(5000);
    const hit = (await api('Lũng Cú', '&type=news')).hits.find((h: any) => h.slug === slug);
    expect(hit).toMatchObject({ kind: 'news', type: { slug: 'tin-tuc', name: 'Tin tức, sự kiện' } });
    expect(pathOf(hit.url)).toBe(`/tin-tuc/${slug}`);
    expect((await site(pathOf(hit.url))).status).toBe(200);
    expect(await isFound('&type=legal-document')).toBe(false);
    expect(await isFound('&type=tin-tuc')).toBe(true);
    expect((await cms.unpublish(created.body.data.documentId, 'api::article.article')).status).toBe(200);
    expect(await eventually(async () => !(await isFound()), 5000)).toBeLessThan(5000);
  });

  it('a question is searchable only once answered and shown publicly, without the asker; withdrawing it removes it', async () => {
    const created = await cms.rest('POST', '/questions', {
      data: { subject: 'Cấp lại thẻ bảo hiểm y tế bị mất (câu hỏi kiểm thử)', body: 'Tôi bị mất thẻ bảo hiểm y tế, cần làm thủ tục gì để được cấp lại?', name: 'Người Hỏi Riêng Tư', email: 'rieng.tu@example.com' },
    });
    expect(created.status).toBe(201);
    const { documentId, code } = created.body.data;
    const hitOf = async () => (await api('cap lai the bao hiem y te')).hits.find((h: any) => h.title.startsWith('Cấp lại thẻ bảo hiểm y tế'));
    await cms.rest('PUT', `/questions/${documentId}`, { data: { answerStatus: 'answered', answer: 'Nộp tờ khai tại cơ quan bảo hiểm xã hội cấp huyện; thẻ được cấp lại trong 7 ngày.' } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await hitOf()).toBeUndefined();
    await cms.rest('PUT', `/questions/${documentId}`, { data: { showPublicly: true } });
    await eventually(async () => (await hitOf()) !== undefined, 5000);
    const hit = await hitOf();
    expect(hit).toMatchObject({ kind: 'page', type: { slug: 'hoi-dap', name: 'Hỏi đáp' } });
    expect(JSON.stringify(hit)).not.toMatch(/Riêng Tư|rieng\.tu@/);
    expect(pathOf(hit.url)).toBe(`/hoi-dap?ma=${code}`);
    const page = await (await site(pathOf(hit.url))).text();
    expect(page).toContain('id="tra-cuu"');
    expect(page).toContain('thẻ được cấp lại trong 7 ngày');
    await cms.rest('PUT', `/questions/${documentId}`, { data: { showPublicly: false } });
    await eventually(async () => (await hitOf()) === undefined, 5000);
  });

  it('links every page hit (procedures, projects, statistics, answers, the introduction) to a place that exists', async () => {
    const body = await api('', '&type=page&pageSize=50');
    const published = demoQuestions.filter((q) => q.answerStatus === 'answered' && q.showPublicly).length;
    expect(body.total).toBeGreaterThanOrEqual(published + 1);
    expect(new Set(body.hits.map((h: any) => h.type.slug))).toEqual(new Set(['dich-vu-cong', 'du-an', 'thong-ke', 'hoi-dap', 'gioi-thieu']));
    const pages = new Map<string, string>();
    for (const hit of body.hits) {
      const path = pathOf(hit.url);
      if (!pages.has(path)) {
        const response = await site(path);
        expect(response.status, path).toBe(200);
        pages.set(path, await response.text());
      }
      const fragment = fragmentOf(hit.url);
      if (fragment) expect(pages.get(path), hit.url).toContain(`id="${fragment}"`);
    }
  });

  it('answers a natural query no text has every word of with partial matches, says so on /tim-kiem and in the API (D5)', async () => {
    const body = await api('phòng chống lũ');
    expect(body.partial).toBe(true);
    expect(body.hits.map((hit: any) => pathOf(hit.url))).toContain('/chi-dao-dieu-hanh/chi-dao-phong-chong-bao-lu');
    expect((await api('quyết định')).partial).toBe(false);
    const html = await (await site(`/tim-kiem?q=${encodeURIComponent('phong chong bao lu')}`)).text();
    expect(html).toContain('class="search-partial"');
    expect(html).toMatch(/kết quả gần đúng, chứa một phần các từ đó/);
    expect(html).not.toContain('Không tìm thấy kết quả nào');
    expect(html).toMatch(/Có phải bạn muốn tìm <a href="\/tim-kiem\?q=[^"]+">/);
  });

  it('shows the new kinds on /tim-kiem: kind and section, what the date is, no number, a snippet; kind facets link to type=', async () => {
    const article = demoArticles.find((a) => a.slug === 'khai-truong-cong-thong-tin-moi')!;
    const html = await (await site(`/tim-kiem?q=${encodeURIComponent('le khai truong cong thong tin dien tu moi')}`)).text();
    const item = html.slice(html.indexOf(`href="/tin-tuc/${article.slug}"`) - 400, html.indexOf(`href="/tin-tuc/${article.slug}"`) + 1200);
    expect(item).toContain('Bài viết · Tin tức, sự kiện');
    expect(item).toMatch(/Ngày đăng: \d{2}\/\d{2}\/\d{4}/);
    expect(item).toMatch(/<mark>[^<]*khai trương[^<]*<\/mark>/);
    expect(item).toContain(`>${article.title}</a>`);
    expect(html).toMatch(/href="\/tim-kiem\?q=[^"]*&amp;type=news">Bài viết<\/a>/);
    const filtered = await (await site(`/tim-kiem?q=${encodeURIComponent('khai truong cong thong tin')}&type=news`)).text();
    const hits = filtered.slice(filtered.indexOf('class="search-hits"'), filtered.indexOf('class="search-facets"'));
    expect(hits).toContain(`href="/tin-tuc/${article.slug}"`);
    expect(hits).not.toContain('href="/van-ban/');
  });
});
