import { describe, expect, inject, it } from 'vitest';
import { demoExamples, demoRecords } from '../../content/src/demo/index.ts';
import { LegalDocumentSchema, deriveValidity, incomingRelations, todayInVietnam } from '../../content/src/index.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/** The public site in front of a real Strapi (SQLite), loaded with the demo content as `npm start` loads it. */
const stack = inject('stack');
const target = stack.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);
const site = (path: string, init?: RequestInit) => fetch(`${stack.siteUrl}${path}`, init);

describe('public read API', () => {
  it('lists documents in the documented shape with total, page and pageSize', async () => {
    const response = await site('/api/v1/documents?pageSize=5');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.meta).toMatchObject({ page: 1, pageSize: 5 });
    // Other suites add documents to the same CMS, so the site's total must equal what the CMS has published.
    const cmsTotal = (await cms.rest('GET', '/legal-documents?pagination[pageSize]=1')).body.meta.pagination.total;
    expect(cmsTotal).toBeGreaterThanOrEqual(demoRecords.filter((r) => r.publish).length);
    expect(body.meta.total).toBe(cmsTotal);
    expect(body.data).toHaveLength(5);
    for (const item of body.data) {
      for (const key of ['slug', 'number', 'type', 'title', 'issuer', 'signer', 'issuedDate', 'effectiveDate', 'status', 'url']) {
        expect(item, key).toHaveProperty(key);
      }
      expect(item.url).toMatch(new RegExp(`/van-ban/${item.slug}$`));
    }
  });

  it('filters by type slug, and answers 400 in Vietnamese for a bad parameter', async () => {
    const body = await (await site('/api/v1/documents?type=chi-thi&pageSize=100')).json();
    const expected = (await cms.rest('GET', '/legal-documents?filters[documentType][slug][$eq]=chi-thi&pagination[pageSize]=1')).body.meta.pagination.total;
    expect(expected).toBeGreaterThanOrEqual(demoRecords.filter((r) => r.publish && r.type === 'Chỉ thị').length);
    expect(body.meta.total).toBe(expected);
    expect(body.data.every((d: any) => d.type === 'Chỉ thị')).toBe(true);
    const bad = await site('/api/v1/documents?page=-3');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/trang|Trang/);
  });

  it('gives a document with its text, attachments and relations in both directions', async () => {
    const withRelations = demoRecords.find((r) => r.publish && r.relations.some((rel) => demoRecords.some((o) => o.number === rel.targetNumber && o.publish)))!;
    const relation = withRelations.relations.find((rel) => demoRecords.some((o) => o.number === rel.targetNumber && o.publish))!;
    const list = await (await site(`/api/v1/documents?pageSize=100`)).json();
    expect(list.meta.total).toBeLessThanOrEqual(100);
    const source = list.data.find((d: any) => d.number === withRelations.number);
    const targetItem = list.data.find((d: any) => d.number === relation.targetNumber);
    const detail = (await (await site(`/api/v1/documents/${source.slug}`)).json()).data;
    expect(detail.text.length).toBeGreaterThan(50);
    expect(Array.isArray(detail.attachments)).toBe(true);
    expect(detail.relations).toContainEqual(expect.objectContaining({ kind: relation.kind, direction: 'outgoing', number: relation.targetNumber, slug: targetItem.slug }));
    const reverse = (await (await site(`/api/v1/documents/${targetItem.slug}`)).json()).data;
    expect(reverse.relations).toContainEqual(expect.objectContaining({ kind: relation.kind, direction: 'incoming', number: withRelations.number, slug: source.slug }));
    expect((await site('/api/v1/documents/khong-co-van-ban-nay')).status).toBe(404);
  });
});

describe('validity derived by the CMS', () => {
  it('gives every demo document the status the shared rule predicts for today', async () => {
    const { data } = await (await site('/api/v1/documents?pageSize=100')).json();
    const byNumber = new Map(data.map((d: any) => [d.number, d.status]));
    const today = todayInVietnam();
    const published = demoRecords.filter((r) => r.publish && r.number);
    for (const record of published) {
      const expected = deriveValidity({ ...record, incoming: incomingRelations(record.number!, published) }, today).status;
      expect(byNumber.get(record.number), record.number!).toBe(expected);
    }
  });
});

describe('publishing reaches the site within 5 seconds', () => {
  it('shows a newly published document, and hides it again once unpublished', async () => {
    const type = (await cms.rest('GET', '/document-types?filters[slug][$eq]=thong-bao')).body.data[0];
    const issuer = (await cms.rest('GET', '/issuing-bodies?pagination[pageSize]=1')).body.data[0];
    // Warm the site's cache first, so the test proves invalidation rather than a cold read.
    await site('/van-ban');
    await site('/van-ban/88-tb-ubnd');
    const created = await cms.rest('POST', '/legal-documents?status=published', {
      data: { title: 'Thông báo kiểm thử xuất bản', number: '88/TB-UBND', issuedDate: '2026-11-20', documentType: type.documentId, issuingBody: issuer.documentId, body: '## Điều 1. Nội dung\n\nKiểm thử.' },
    });
    expect(created.status).toBe(201);
    const shownAfter = await eventually(async () => (await site('/van-ban/88-tb-ubnd')).status === 200, 5000);
    expect(shownAfter).toBeLessThan(5000);
    const listed = await (await site('/van-ban')).text();
    expect(listed).toContain('88/TB-UBND');
    expect((await cms.unpublish(created.body.data.documentId)).status).toBe(200);
    const goneAfter = await eventually(async () => (await site('/van-ban/88-tb-ubnd')).status === 404, 5000);
    expect(goneAfter).toBeLessThan(5000);
  });
});

describe('a citation of a document not yet in the registry', () => {
  it('is shown unlinked, and becomes a link by itself when that document is published', async () => {
    const cited = demoExamples.unlinkedReference;
    const citing = demoRecords.find((r) => r.publish && r.relations.some((rel) => rel.targetNumber === cited))!;
    const { data } = await (await site('/api/v1/documents?pageSize=100')).json();
    const citingSlug = data.find((d: any) => d.number === citing.number).slug;
    const relationTo = async () =>
      ((await (await site(`/api/v1/documents/${citingSlug}`)).json()).data.relations as any[]).find((r) => r.number === cited);
    expect(await relationTo()).toMatchObject({ direction: 'outgoing', slug: null });

    const type = (await cms.rest('GET', '/document-types?filters[slug][$eq]=nghi-dinh')).body.data[0];
    const issuer = (await cms.rest('GET', '/issuing-bodies?pagination[pageSize]=1')).body.data[0];
    const arrived = await cms.rest('POST', '/legal-documents?status=published', {
      data: { title: 'Về công tác văn thư (bản ghi kiểm thử)', number: cited, issuedDate: '2020-03-05', documentType: type.documentId, issuingBody: issuer.documentId },
    });
    expect(arrived.status).toBe(201);
    try {
      await eventually(async () => (await relationTo())?.slug === arrived.body.data.slug, 5000);
      const back = (await (await site(`/api/v1/documents/${arrived.body.data.slug}`)).json()).data.relations;
      expect(back).toContainEqual(expect.objectContaining({ direction: 'incoming', number: citing.number, slug: citingSlug }));
    } finally {
      await cms.rest('DELETE', `/legal-documents/${arrived.body.data.documentId}`);
    }
  });
});

describe('pages', () => {
  it('renders a document page with metadata, validity, article anchors and JSON-LD', async () => {
    const record = demoRecords.find((r) => r.publish && /## Điều 2/.test(r.text))!;
    const { data } = await (await site(`/api/v1/documents?pageSize=100`)).json();
    const item = data.find((d: any) => d.number === record.number);
    const response = await site(`/van-ban/${item.slug}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('lang="vi"');
    expect(html).toContain(record.number!);
    expect(html).toContain('id="dieu-2"');
    expect(html).toMatch(/"@type":\s*"Legislation"/);
    expect(html).toMatch(/name="DC\.title"/);
    const [y, m, d] = record.issuedDate!.split('-');
    expect(html).toContain(`${d}/${m}/${y}`);
    // The public never sees the CMS: no CMS address or token in the page.
    expect(html).not.toContain(target.url);
    expect(html).not.toContain(target.siteToken);
  });

  it('lists attachments with format and size, marks no unsigned original as signed, and serves the file itself', async () => {
    // The demo's sample PDF carries no digital signature: once verified, the document is "unsigned" and nothing
    // on the page claims a signature (signatures.int.test.ts covers signed originals).
    await eventually(async () => (await (await site('/api/v1/documents/08-2026-qd-ubnd')).json()).data.signatureStatus === 'unsigned', 15_000);
    const response = await site('/van-ban/08-2026-qd-ubnd');
    const html = await response.text();
    expect(html).not.toMatch(/Chữ ký số hợp lệ|Bản gốc có chữ ký số/);
    const link = /href="(\/tep\/[^"]+\.pdf)"/.exec(html);
    expect(link, 'attachment link under /tep/').not.toBeNull();
    expect(html).toMatch(/PDF/);
    const file = await site(link![1]!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/application\/pdf/);
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const detail = (await (await site('/api/v1/documents/08-2026-qd-ubnd')).json()).data;
    expect(detail.attachments[0]).toMatchObject({ mime: 'application/pdf', signatureReport: { signatures: [] } });
    expect(detail.signedOriginal).toBe(false);
    expect(detail.attachments[0].size).toBeGreaterThan(100);
  });

  it('answers unknown pages with a Vietnamese 404', async () => {
    const response = await site('/van-ban/khong-ton-tai');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/Không tìm thấy/);
  });

  it('serves the RSS feed and the sitemap with every published document', async () => {
    const rss = await (await site('/van-ban/rss.xml')).text();
    expect(rss).toContain('<rss');
    const sitemap = await (await site('/sitemap.xml')).text();
    const { data } = await (await site(`/api/v1/documents?pageSize=100`)).json();
    for (const doc of data) expect(sitemap).toContain(`/van-ban/${doc.slug}</loc>`);
  });
});

describe('detail API validates against the shared schema', () => {
  it('matches LegalDocumentSchema field types where they overlap', async () => {
    const { data } = await (await site(`/api/v1/documents?pageSize=1`)).json();
    const detail = (await (await site(`/api/v1/documents/${data[0].slug}`)).json()).data;
    const rel = LegalDocumentSchema.shape.relations.safeParse(detail.relations.map(({ url, ...r }: any) => r));
    expect(rel.success).toBe(true);
  });
});
