import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toVietnamDay } from '../../content/src/index.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';
import { type OwnPortal, startOwnPortal } from '../support/own-portal.ts';

/**
 * /thong-ke/van-ban-dien-tu and /api/v1/statistics/electronic-documents on the real stack (Strapi on SQLite with
 * the demo content, the built site): their figures — the page's table cells, the API's JSON, the CSV — equal the
 * figures this test computes on its own from the public API (/api/v1/documents and each document, /api/v1/drafts and
 * each draft's comments); a period narrows them; a date that is not one is refused in Vietnamese (400 on both).
 * A document's first publication survives a re-publish and cannot be written. Other test files publish on the shared
 * stack meanwhile, so each comparison is made again until the two reads agree on one state.
 */
const stack = inject('stack');
const site = stack.siteUrl;
const sqlite = stack.cms.sqlite!;
const cms = new CmsApi(sqlite.url, sqlite.importerToken, sqlite);
const STATS = '/api/v1/statistics/electronic-documents';
const PAGE = '/thong-ke/van-ban-dien-tu';

/** What this test reads of the public API's answers (their full contract: content/src/public-api.ts). */
type ApiDoc = { slug: string; type: string | null; title: string; issuedDate: string | null; firstPublishedAt: string; updatedAt: string; receivedVia?: string; attachments: ApiFile[] };
type ApiDraft = { slug: string; opensAt: string; status: string };
// biome-ignore lint/suspicious/noExplicitAny: a JSON answer, read field by field where it is used
type Answer = { data: any; meta: { total: number; pageCount: number } };

async function json<T = Answer>(path: string): Promise<T> {
  const response = await fetch(`${site}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

// ── The figures, computed here from the public API alone ──────────────────────────────────────────────────────

type Range = { from: string | null; to: string | null };
type Signature = { verdict: string; signedAt: string | null };
type ApiFile = { signatureReport?: { signatures: Signature[] } | null };

const DAY = 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const rank = (sorted: number[], p: number) => (sorted.length ? sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]! : null);
const within = (day: string, range: Range) => (!range.from || day >= range.from) && (!range.to || day <= range.to);

async function allDocuments(): Promise<ApiDoc[]> {
  const documents: ApiDoc[] = [];
  for (let page = 1; ; page += 1) {
    const list = await json(`/api/v1/documents?pageSize=100&page=${page}`);
    documents.push(...(await Promise.all(list.data.map(async (summary: { slug: string }) => (await json(`/api/v1/documents/${encodeURIComponent(summary.slug)}`)).data))));
    if (page >= list.meta.pageCount) return documents;
  }
}

/** The signature mark as the API's files show it: a file without a report is not verified yet. */
function signatureOf(files: ApiFile[]): 'verified' | 'problem' | 'unsigned' | 'pending' {
  if (files.some((f) => !f.signatureReport)) return 'pending';
  const signatures = files.flatMap((f) => f.signatureReport!.signatures);
  if (signatures.length === 0) return 'unsigned';
  return signatures.every((s) => s.verdict === 'valid') ? 'verified' : 'problem';
}

async function expectedFigures(range: Range) {
  const documents = (await allDocuments()).filter((d) => within(toVietnamDay(d.firstPublishedAt), range));
  const count = <K extends string>(keys: K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const months = new Map<string, number>();
  const types = new Map<string | null, number>();
  const signature = count(['verified', 'problem', 'unsigned', 'pending']);
  const via = count(['editor', 'import', 'edxml']);
  const delays: number[] = [];
  for (const d of documents) {
    const month = toVietnamDay(d.firstPublishedAt).slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
    types.set(d.type, (types.get(d.type) ?? 0) + 1);
    signature[signatureOf(d.attachments)] += 1;
    via[(d.receivedVia ?? 'editor') as 'editor'] += 1;
    const signed = (d.attachments as ApiFile[]).flatMap((f) => f.signatureReport?.signatures ?? []).filter((s) => s.verdict === 'valid' && s.signedAt).map((s) => Date.parse(s.signedAt!));
    const from = signed.length ? Math.min(...signed) : d.issuedDate ? Date.parse(`${d.issuedDate}T00:00:00+07:00`) : null;
    // An imported archive's delay says nothing of publishing: not measured.
    if (from !== null && d.receivedVia !== 'import') delays.push(round1(Math.max(0, (Date.parse(d.firstPublishedAt) - from) / DAY)));
  }
  delays.sort((a, b) => a - b);

  const drafts = ((await json('/api/v1/drafts')).data as ApiDraft[]).filter((d) => within(toVietnamDay(d.opensAt), range));
  let comments = 0;
  let answeredComments = 0;
  for (const draft of drafts) {
    const total = (await json(`/api/v1/drafts/${draft.slug}/comments`)).meta.total as number;
    comments += total;
    if (draft.status === 'response-published') answeredComments += total;
  }
  return {
    range,
    documents: {
      total: documents.length,
      byMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, n]) => ({ month, count: n })),
      byType: [...types].sort(([a, x], [b, y]) => y - x || (a ?? '\uffff').localeCompare(b ?? '\uffff', 'vi')).map(([type, n]) => ({ type, count: n })),
      signature: { ...signature, verifiedPercent: share(signature.verified, documents.length) },
      receivedVia: { ...via, electronicPercent: share(via.edxml, documents.length) },
      publicationDelay: { measured: delays.length, medianDays: rank(delays, 0.5), p90Days: rank(delays, 0.9) },
    },
    drafts: {
      opened: drafts.length,
      withResponse: drafts.filter((d) => d.status === 'response-published').length,
      comments,
      answeredComments,
      answeredPercent: share(answeredComments, comments),
    },
  };
}
type Figures = Awaited<ReturnType<typeof expectedFigures>>;

// ── The page's tables, read as a reader sees them ────────────────────────────────────────────────────────────

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();

/** The rows of the table with this id: row header → cell text. */
function tableRows(html: string, id: string): Map<string, string> {
  const table = new RegExp(`<table[^>]*id="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  expect(table, `table #${id}`).not.toBeNull();
  const rows = new Map<string, string>();
  for (const m of table![1]!.matchAll(/<th[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>\s*<td[^>]*>([\s\S]*?)<\/td>/g)) rows.set(decode(m[1]!), decode(m[2]!));
  return rows;
}
/** "1.234" → 1234, "33,3" → 33.3, "—" → null. */
const number = (text: string | undefined) => (text === undefined || text === '—' ? null : Number(text.replace(/\./g, '').replace(',', '.')));

/** The figures of the table with this id, each read from the row its label heads (null when the row is missing or "—"). */
function tableFigures<K extends string>(html: string, id: string, labels: Record<K, string>): Record<K, number | null> {
  const rows = tableRows(html, id);
  return Object.fromEntries(Object.entries<string>(labels).map(([key, label]) => [key, number(rows.get(label))])) as Record<K, number | null>;
}

/** The page's figures, in the API's shape, from its table cells. */
function pageFigures(html: string) {
  const months = tableRows(html, 'bang-theo-thang');
  const types = tableRows(html, 'bang-theo-loai');
  const total = /<p[^>]*id="tong-so"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return {
    total: number(decode(total![1]!)),
    byMonth: [...months].map(([label, n]) => ({ month: `${label.slice(3)}-${label.slice(0, 2)}`, count: number(n) })),
    byType: [...types].map(([label, n]) => ({ type: label === 'Chưa phân loại' ? null : label, count: number(n) })),
    signature: tableFigures(html, 'bang-chu-ky-so', { verified: 'Có chữ ký số hợp lệ', problem: 'Chữ ký số có vấn đề', unsigned: 'Không có chữ ký số', pending: 'Chưa kiểm tra chữ ký số', verifiedPercent: 'Tỷ lệ có chữ ký số hợp lệ (%)' }),
    receivedVia: tableFigures(html, 'bang-cach-nhan', { edxml: 'Nhận qua trục liên thông (edXML)', import: 'Nhập từ tệp', editor: 'Biên tập viên nhập', electronicPercent: 'Tỷ lệ nhận điện tử qua edXML (%)' }),
    publicationDelay: tableFigures(html, 'bang-thoi-gian', { measured: 'Số văn bản tính được', medianDays: 'Trung vị (ngày)', p90Days: 'Phân vị 90 (ngày)' }),
    drafts: tableFigures(html, 'bang-du-thao', {
      opened: 'Dự thảo mở lấy ý kiến',
      withResponse: 'Dự thảo đã công khai báo cáo tiếp thu, giải trình',
      comments: 'Góp ý nhận được',
      answeredComments: 'Góp ý đã được trả lời trong báo cáo công khai',
      answeredPercent: 'Tỷ lệ góp ý được trả lời (%)',
    }),
  };
}
const asPage = (f: Figures) => ({
  total: f.documents.total,
  byMonth: f.documents.byMonth,
  byType: f.documents.byType,
  signature: f.documents.signature,
  receivedVia: f.documents.receivedVia,
  publicationDelay: f.documents.publicationDelay,
  drafts: f.drafts,
});

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const query = (range: Range) => new URLSearchParams(Object.entries(range).flatMap(([k, v]) => (v ? [[k, dmy(v)]] : []))).toString();

/**
 * The API's answer, the page's tables and the expected figures, read until the expected figures are the same before
 * and after the site's two reads (no publish from another test in between), then compared.
 */
type Reads = { expected: Figures; api: Figures; html: string };
async function agreeingReads(range: Range): Promise<Reads> {
  let last: Reads | null = null;
  await eventually(async () => {
    const before = await expectedFigures(range);
    const q = query(range);
    const api = (await json(`${STATS}${q ? `?${q}` : ''}`)).data;
    const response = await fetch(`${site}${PAGE}${q ? `?${q}` : ''}`);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${PAGE}?${q}: ${response.status}`);
    const after = await expectedFigures(range);
    last = { expected: after, api, html };
    return isDeepStrictEqual(before, after) && isDeepStrictEqual(api, after) && isDeepStrictEqual(pageFigures(html), asPage(after));
  }, 20_000, 300).catch(() => undefined); // the comparisons that follow show what differed
  if (!last) throw new Error('no answer from the site');
  return last;
}

// ── Data of its own: two documents published now, one re-published ──────────────────────────────────────────

const created: string[] = [];
let republished: { documentId: string; slug: string };

async function publishDocument(typeSlug: string, issuedDate: string): Promise<{ documentId: string; slug: string }> {
  const issuer = (await cms.rest('GET', '/issuing-bodies?pagination[pageSize]=1')).body.data[0];
  const type = (await cms.rest('GET', `/document-types?filters[slug][$eq]=${typeSlug}`)).body.data[0];
  const number = `${Math.floor(Math.random() * 9000) + 1000}/2026/${typeSlug === 'chi-thi' ? 'CT' : 'QĐ'}-UBND`;
  const response = await cms.rest('POST', '/legal-documents?status=published', {
    data: { documentType: type.documentId, issuingBody: issuer.documentId, title: `Văn bản thống kê ${randomUUID().slice(0, 8)}`, number, issuedDate, body: 'Điều 1. Thống kê văn bản điện tử.' },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  created.push(response.body.data.documentId);
  return { documentId: response.body.data.documentId, slug: response.body.data.slug };
}

beforeAll(async () => {
  republished = await publishDocument('quyet-dinh', toVietnamDay(new Date(Date.now() - 3 * DAY).toISOString()));
  await publishDocument('chi-thi', toVietnamDay(new Date(Date.now() - DAY).toISOString()));
}, 60_000);

afterAll(async () => {
  for (const documentId of created) await cms.rest('DELETE', `/legal-documents/${documentId}`);
});

describe('a document\'s first publication', () => {
  it('is kept through a re-publish, and nobody can write it', async () => {
    const path = `/api/v1/documents/${encodeURIComponent(republished.slug)}`;
    let first: string | null = null;
    await eventually(async () => {
      const response = await fetch(`${site}${path}`);
      first = response.status === 200 ? (await response.json()).data.firstPublishedAt : null;
      return first !== null;
    }, 10_000);
    expect(Date.now() - Date.parse(first!)).toBeLessThan(120_000);
    await new Promise((r) => setTimeout(r, 1_100));
    const title = `Văn bản thống kê đã sửa ${randomUUID().slice(0, 8)}`;
    const update = await cms.rest('PUT', `/legal-documents/${republished.documentId}?status=published`, { data: { title, firstPublishedAt: '2001-01-01T00:00:00.000Z' } });
    expect(update.status, JSON.stringify(update.body)).toBe(200);
    await eventually(async () => (await json(path)).data.title === title, 10_000);
    const after = (await json(path)).data;
    expect(after.firstPublishedAt).toBe(first);
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(first!));
  });
});

describe('every published document has its first publication', () => {
  it('the demo content, loaded through the importer, and what the editors published here', async () => {
    const { body } = await cms.rest('GET', '/legal-documents?fields[0]=firstPublishedAt&fields[1]=publishedAt&fields[2]=sourceKey&pagination[pageSize]=100');
    expect(body.data.length).toBeGreaterThan(created.length);
    const missing = body.data.filter((d: { firstPublishedAt: string | null }) => !d.firstPublishedAt);
    expect(missing).toEqual([]);
    // Imported rows are stamped by the importer itself (it writes around the document service).
    expect(body.data.some((d: { sourceKey: string | null }) => d.sourceKey)).toBe(true);
    for (const d of body.data) expect(Date.parse(d.firstPublishedAt)).toBeLessThanOrEqual(Date.parse(d.publishedAt) + 1_000);
  });
});

describe('/thong-ke/van-ban-dien-tu and its API', () => {
  it('all time: the page\'s tables and the API equal the figures computed from the public API', { timeout: 120_000 }, async () => {
    const { expected, api, html } = await agreeingReads({ from: null, to: null });
    console.info(`[electronic-statistics] all time: ${JSON.stringify(expected)}`);
    expect(api).toEqual(expected);
    expect(pageFigures(html)).toEqual(asPage(expected));
    // The demo content has drafts with approved comments and a published response: the shares are not vacuous.
    expect(expected.documents.total).toBeGreaterThanOrEqual(created.length);
    expect(expected.drafts.opened).toBeGreaterThan(0);
    expect(expected.documents.publicationDelay.measured).toBeGreaterThan(0);
    expect(expected.documents.byType.map((t) => t.type)).toEqual(expect.arrayContaining(['Quyết định', 'Chỉ thị']));
    // Each table has its chart, which repeats it and is titled for assistive technology.
    expect(html).toMatch(/<svg[^>]*class="bar-chart"[^>]*role="img"[^>]*aria-labelledby="bieu-do-theo-thang-title"/);
  });

  it('a period narrows the figures: today only, then a period before anything was published', { timeout: 120_000 }, async () => {
    const today = toVietnamDay(new Date().toISOString());
    const all = (await json(STATS)).data;
    const { expected, api, html } = await agreeingReads({ from: today, to: today });
    expect(api).toEqual(expected);
    expect(pageFigures(html)).toEqual(asPage(expected));
    expect(expected.documents.total).toBeGreaterThanOrEqual(created.length);
    expect(expected.documents.byMonth).toEqual([{ month: today.slice(0, 7), count: expected.documents.total }]);
    expect(html).toContain(`value="${dmy(today)}"`);

    const past = await agreeingReads({ from: '2000-01-01', to: '2000-12-31' });
    expect(past.api.documents.total).toBe(0);
    expect(past.api.documents.publicationDelay).toEqual({ measured: 0, medianDays: null, p90Days: null });
    expect(pageFigures(past.html).total).toBe(0);
    expect(all.documents.total).toBeGreaterThan(past.api.documents.total);
    // Both forms of a date: what a date input sends (yyyy-mm-dd) and what a reader types (dd/mm/yyyy).
    const iso = await json(`${STATS}?from=${today}&to=${today}`);
    expect(iso.data.range).toEqual({ from: today, to: today });
  });

  it('the CSV (Excel: BOM, CRLF) carries the same figures', { timeout: 120_000 }, async () => {
    const { expected } = await agreeingReads({ from: null, to: null });
    let text = '';
    let bytes = Buffer.alloc(0);
    await eventually(async () => {
      const response = await fetch(`${site}${STATS}?format=csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="thong-ke-van-ban-dien-tu\.csv"/);
      bytes = Buffer.from(await response.arrayBuffer());
      text = bytes.subarray(3).toString('utf8');
      return text.includes(`Văn bản,Tổng số văn bản đăng,${expected.documents.total}\r\n`);
    }, 10_000);
    // The byte-order mark Excel needs to read UTF-8 (fetch's text() would hide it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('Chỉ tiêu,Nhóm,Giá trị\r\n')).toBe(true);
    expect(text.split('\r\n').every((line, i, lines) => i === lines.length - 1 || !line.includes('\n'))).toBe(true);
    const value = (group: string, label: string) => text.split('\r\n').find((line) => line.startsWith(`${group},${label},`))?.split(',').at(-1);
    for (const m of expected.documents.byMonth) expect(value('Văn bản đăng theo tháng', `${m.month.slice(5)}/${m.month.slice(0, 4)}`)).toBe(String(m.count));
    expect(value('Chữ ký số của bản gốc', 'Có chữ ký số hợp lệ')).toBe(String(expected.documents.signature.verified));
    expect(value('Cách văn bản đến cổng', 'Nhận qua trục liên thông (edXML)')).toBe(String(expected.documents.receivedVia.edxml));
    expect(value('Thời gian từ khi ký đến khi đăng', 'Trung vị (ngày)')).toBe(String(expected.documents.publicationDelay.medianDays ?? ''));
    expect(value('Dự thảo lấy ý kiến và góp ý', 'Góp ý nhận được')).toBe(String(expected.drafts.comments));
    // The page links to it with the period it shows.
    const html = await (await fetch(`${site}${PAGE}?from=01/01/2026`)).text();
    expect(html).toContain(`href="${STATS}?from=01%2F01%2F2026&amp;format=csv"`);
  });

  it.each([
    ['from=31/02/2026', 'from', /Từ ngày.*không phải một ngày có thật.*dd\/mm\/yyyy/],
    ['to=hom-qua', 'to', /Đến ngày.*không phải một ngày có thật/],
    ['from=30/11/2026&to=01/11/2026', 'to', /phải cùng ngày hoặc sau/],
  ])('%s: 400 on the API and on the page, in Vietnamese, naming the field', async (q, field, message) => {
    const api = await fetch(`${site}${STATS}?${q}`);
    expect(api.status).toBe(400);
    const body = await api.json();
    expect(body.error.field).toBe(field);
    expect(body.error.message).toMatch(message);
    const page = await fetch(`${site}${PAGE}?${q.replace(/\//g, '%2F')}`);
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain('Khoảng thời gian chưa hợp lệ');
    expect(decode(html)).toMatch(message);
    expect(html).toMatch(new RegExp(`id="loc-${field}"[^>]*aria-invalid="true"`));
    expect(html).not.toContain('id="bang-theo-thang"');
  });

  it('hostile input is shown back as text, never markup', async () => {
    const page = await fetch(`${site}${PAGE}?from=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(page.status).toBe(400);
    const html = await page.text();
    // Re-shown in the field as an attribute value, quotes escaped: it cannot close the attribute or open a tag.
    expect(html).toContain('value="&quot;><script>alert(1)</script>"');
    expect(html).not.toMatch(/value="[^"]*"><script>/);
    expect((await fetch(`${site}${STATS}?format=xml`)).status).toBe(400);
  });

  it('is listed with the portal\'s sections: the statistics page, the site map, /sitemap.xml, the OpenAPI document', async () => {
    expect(await (await fetch(`${site}/thong-ke`)).text()).toContain(`href="${PAGE}"`);
    expect(await (await fetch(`${site}/so-do-trang`)).text()).toContain(`href="${PAGE}"`);
    expect(await (await fetch(`${site}/sitemap.xml`)).text()).toContain(`${PAGE}</loc>`);
    const openapi = await json<{ paths: Record<string, { get: { parameters: { name: string }[] } }> }>('/api/v1/openapi.json');
    expect(openapi.paths[STATS]!.get.parameters.map((p) => p.name)).toEqual(['from', 'to', 'format']);
  });
});

describe('more drafts than one page of the CMS (over 100)', () => {
  const DRAFTS = 105;
  let portal: OwnPortal;
  beforeAll(async () => {
    portal = await startOwnPortal('statistics-drafts', { adminEmail: 'thongke@cong.test', adminPassword: 'Kiem-thu-2026-Cong' });
    const opensAt = new Date().toISOString();
    const closesAt = new Date(Date.now() + 45 * DAY).toISOString();
    const create = async (n: number) => {
      const response = await portal.api.rest('POST', '/consultations?status=published', {
        data: { title: `Dự thảo thống kê số ${n}`, slug: `du-thao-thong-ke-${n}`, draftingAgency: 'UBND tỉnh', opensAt, closesAt, receivingUnit: 'Sở Tư pháp', receivingAddress: 'Số 1', receivingEmail: 'gopy@songhong.example' },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    };
    for (let n = 1; n <= DRAFTS; n += 5) await Promise.all([0, 1, 2, 3, 4].filter((i) => n + i <= DRAFTS).map((i) => create(n + i)));
  }, 240_000);
  afterAll(() => portal?.stop());

  it('every published draft is counted: the figure equals the CMS’s own count, and /api/v1/drafts lists them all', { timeout: 60_000 }, async () => {
    const counted = (await portal.api.rest('GET', '/consultations?pagination[pageSize]=1')).body.meta.pagination.total as number;
    expect(counted).toBe(DRAFTS);
    const stats = async () => (await (await fetch(`${portal.site.url}${STATS}`)).json()) as { data: Figures };
    await eventually(async () => (await stats()).data.drafts.opened === counted, 20_000).catch(() => undefined);
    expect((await stats()).data.drafts.opened).toBe(counted);
    const html = await (await fetch(`${portal.site.url}${PAGE}`)).text();
    expect(pageFigures(html).drafts.opened).toBe(counted);
    const listed = (await (await fetch(`${portal.site.url}/api/v1/drafts`)).json()) as { data: ApiDraft[] };
    expect(new Set(listed.data.map((d) => d.slug)).size).toBe(counted);
  });
});
