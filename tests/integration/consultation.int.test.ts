import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { eventually } from '../support/cms-api.ts';
import {
  adminCall,
  adminLogin,
  type ConsultationStack,
  createModerator,
  commentToken,
  MODERATION_ADMIN,
  moderate,
  postComment,
  publishedConsultation,
  startConsultationStack,
} from '../support/consultation-stack.ts';

/**
 * Comments on drafts through the real stack: the site's public endpoint and form, Strapi on SQLite with the
 * consultation rules, a real SMTP server. Its own CMS, so mail can be broken and the CMS stopped.
 */
let stack: ConsultationStack;
const OPEN = demoConsultationSlugs.open;
const MODERATOR = { email: 'kiemduyet@cong.test', password: 'Kiem-duyet-2026-Cong' };
let adminJwt: string;

const post = (slug: string, body: Record<string, unknown>, type: 'json' | 'form' = 'json') => postComment(stack.site.url, slug, body, type);

let seq = 0;
const comment = (extra: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Thị Góp Ý',
  email: `nguoi${++seq}@example.vn`,
  phone: '0912 345 678',
  organization: 'Hội Luật gia huyện Bến Đò',
  content: `Đề nghị làm rõ thời hạn cập nhật thông tin (${seq}).`,
  consent: true,
  ...extra,
});

async function storedComments(where: string): Promise<any[]> {
  const r = await adminCall(stack.cms.url, adminJwt, 'GET', `/content-manager/collection-types/api::public-comment.public-comment?pageSize=100&${where}`);
  return r.body.results;
}

beforeAll(async () => {
  stack = await startConsultationStack({ COMMENT_RATE_PER_EMAIL: '3' });
  adminJwt = await adminLogin(stack.cms.url, MODERATION_ADMIN.adminEmail, MODERATION_ADMIN.adminPassword);
  await createModerator(stack.cms.url, adminJwt, MODERATOR.email, MODERATOR.password);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('POST /api/v1/drafts/<slug>/comments', () => {
  it('answers 202 { id, receipt, status: "pending", acknowledgement } after the comment is stored, as JSON or form-encoded', async () => {
    const json = await post(OPEN, comment({ article: 'dieu-3' }));
    expect(json.status).toBe(202);
    const body = await json.json();
    expect(body).toMatchObject({ id: expect.any(String), status: 'pending' });
    // The receipt and the mail's fate come from the CMS (null from a CMS that does not give them).
    expect(Object.keys(body).sort()).toEqual(['acknowledgement', 'id', 'receipt', 'status']);
    const stored = await storedComments(`filters[documentId][$eq]=${body.id}`);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ moderationStatus: 'pending', article: 'dieu-3', articleLabel: 'Điều 3. Thông tin phải công bố' });

    const form = await post(OPEN, { ...comment(), consent: 'on' }, 'form');
    expect(form.status).toBe(202);
  });

  it('answers 400 with a Vietnamese message per field', async () => {
    const response = await post(OPEN, { name: '', email: 'sai', content: 'x', article: 'dieu-99' });
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(Object.keys(errors).sort()).toEqual(['consent', 'content', 'email', 'name']);
    expect(errors.email).toMatch(/thư điện tử/);
    const article = await post(OPEN, comment({ article: 'dieu-99' }));
    expect(article.status).toBe(400);
    expect((await article.json()).errors.article).toMatch(/không có trong dự thảo/);
  });

  it('the CMS answers the site\'s batch of comments item by item, in order, as their own requests would', async () => {
    const send = (body: unknown, token: string | null = stack.cms.tokens.comments) =>
      fetch(`${stack.cms.url}/api/consultations/comments/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const first = comment();
    const items = [
      { slug: OPEN, body: first, address: '10.9.9.1' },
      { slug: OPEN, body: comment({ content: '' }), address: '10.9.9.1' },
      { slug: 'khong-co-du-thao-nay', body: comment(), address: '10.9.9.1' },
      { slug: demoConsultationSlugs.upcoming, body: comment(), address: '10.9.9.1' },
    ];
    const r = await send({ items });
    expect(r.status).toBe(200);
    const { results } = (await r.json()) as any;
    expect(results.map((x: any) => x.status)).toEqual([202, 400, 404, 409]);
    expect(results[1].body.errors.content).toMatch(/[À-ỹ]/);
    const [stored] = await storedComments(`filters[documentId][$eq]=${results[0].body.id}`);
    expect(stored.content).toBe(first.content);
    // The same comment again is the same comment; the batch needs the site's token; its size is bounded.
    const again = (await (await send({ items: [items[0]] })).json()) as any;
    expect(again.results[0].body.id).toBe(results[0].body.id);
    expect([401, 403]).toContain((await send({ items }, null)).status);
    expect([401, 403]).toContain((await send({ items }, stack.cms.tokens.site)).status);
    expect((await send({ items: Array.from({ length: 101 }, () => items[0]) })).status).toBe(400);
  });

  it('answers 404 for an unknown draft and 409 outside the window', async () => {
    expect((await post('khong-co-du-thao-nay', comment())).status).toBe(404);
    const upcoming = await post(demoConsultationSlugs.upcoming, comment());
    expect(upcoming.status).toBe(409);
    expect((await upcoming.json()).error.message).toMatch(/chưa đến thời gian/);
    expect((await post(demoConsultationSlugs.closed, comment())).status).toBe(409);
  });

  it('stores a double submit once: same idempotency key, or the same text again within minutes', async () => {
    const once = comment({ idempotencyKey: 'lan-gui-1' });
    const answers = await Promise.all([post(OPEN, once), post(OPEN, once), post(OPEN, once)]);
    const ids = await Promise.all(answers.map(async (a) => ((await a.json()) as any).id));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    expect(new Set(ids).size).toBe(1);
    const again = await post(OPEN, { ...once, idempotencyKey: undefined });
    expect(((await again.json()) as any).id).toBe(ids[0]);
    expect(await storedComments(`filters[email][$eq]=${once.email}`)).toHaveLength(1);
  });

  it('limits one e-mail (429 with Retry-After) while others behind the same address still pass', async () => {
    const email = 'gui-nhieu@example.vn';
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const r = await post(OPEN, comment({ email, content: `Góp ý số ${i} về dự thảo.` }));
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) expect((await post(OPEN, comment())).status).toBe(202);
  });
});

describe('attachments', () => {
  const multipart = (files: Array<[name: string, bytes: string, type: string]>, extra: Record<string, unknown> = {}) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(comment(extra))) form.set(key, String(value));
    for (const [name, bytes, type] of files) form.append('attachments', new Blob([bytes], { type }), name);
    return commentToken(stack.site.url, OPEN).then((token) => {
      form.set('commentToken', token);
      return fetch(`${stack.site.url}/api/v1/drafts/${OPEN}/comments`, { method: 'POST', body: form });
    });
  };

  it('stores a PDF in the private folder with the comment, never public (privilege.int.test.ts has the rest)', async () => {
    const r = await multipart([['y-kien.pdf', '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'application/pdf']]);
    expect(r.status).toBe(202);
    const { id } = (await r.json()) as any;
    const stored = await adminCall(stack.cms.url, adminJwt, 'GET', `/content-manager/collection-types/api::public-comment.public-comment/${id}`);
    expect(stored.body.data.attachmentFiles).toHaveLength(1);
    expect(stored.body.data.attachmentFiles[0]).toMatchObject({ mime: 'application/pdf', name: 'gop-y-1.pdf' });
  });

  it('refuses by content, not by name: an HTML page called .pdf, a fourth file', async () => {
    const disguised = await multipart([['hoa-don.pdf', '<html><script>alert(1)</script></html>', 'application/pdf']]);
    expect(disguised.status).toBe(400);
    expect(((await disguised.json()) as any).errors.attachments).toMatch(/không phải PDF, DOCX hay ODT/);
    const pdf: [string, string, string] = ['a.pdf', '%PDF-1.4\n%%EOF\n', 'application/pdf'];
    const four = await multipart([pdf, pdf, pdf, pdf]);
    expect(four.status).toBe(400);
    expect(((await four.json()) as any).errors.attachments).toMatch(/tối đa 3 tệp/);
  });
});

describe('mail', () => {
  it('acknowledges to the commenter and notifies the receiving unit', async () => {
    const c = comment({ email: 'nhan-thu@example.vn' });
    expect((await post(OPEN, c)).status).toBe(202);
    await eventually(async () => stack.mail.mails.filter((m) => m.to.includes('nhan-thu@example.vn')).length === 1, 5000);
    await eventually(async () => stack.mail.mails.some((m) => m.to.includes('gopy.duthao@songhong.example')), 5000);
    const ack = stack.mail.mails.find((m) => m.to.includes('nhan-thu@example.vn'))!;
    expect(ack.raw).toMatch(/Subject: =\?UTF-8\?/i);
  });

  it('still accepts and stores the comment when the mail server is down; the mail waits, even across a CMS restart', async () => {
    await stack.mail.stop();
    const c = comment({ email: 'khong-co-thu@example.vn' });
    try {
      const r = await post(OPEN, c);
      expect(r.status).toBe(202);
      expect(await storedComments(`filters[email][$eq]=${c.email}`)).toHaveLength(1);
      await eventually(async () => /\[mail\] comment-ack .* failed/.test(stack.cms.logs()), 10_000);
      // The mail waits in the comment's row, not in memory: a restart does not lose it.
      await stack.restartCms();
    } finally {
      await stack.mail.start(stack.mail.port);
    }
    await eventually(async () => stack.mail.mails.some((m) => m.to.includes(c.email as string)), 20_000);
    expect(stack.mail.mails.filter((m) => m.to.includes(c.email as string))).toHaveLength(1);
  }, 60_000);
});

describe('moderation', () => {
  it('an approved comment is public within 5 s, escaped, without e-mail or phone; anonymous shows "Ẩn danh"', async () => {
    const c = comment({ content: '<script>alert("x")</script> Điều 4 cần thêm khoản 3.', article: 'dieu-4', anonymous: true, phone: '0987 654 321' });
    const { id } = (await (await post(OPEN, c)).json()) as any;
    const page = () => fetch(`${stack.site.url}/du-thao/${OPEN}`).then((r) => r.text());
    expect(await page()).not.toContain('Điều 4 cần thêm khoản 3');

    const moderatorJwt = await adminLogin(stack.cms.url, MODERATOR.email, MODERATOR.password);
    const decision = await moderate(stack.cms.url, moderatorJwt, id, { moderationStatus: 'approved' });
    expect(decision.status).toBe(200);
    const elapsed = await eventually(async () => (await page()).includes('Điều 4 cần thêm khoản 3'), 5000);
    expect(elapsed).toBeLessThan(5000);

    const html = await page();
    expect(html).toContain('&lt;script&gt;alert');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain(c.email as string);
    expect(html).not.toContain('0987 654 321');
    expect(html).toContain('Ẩn danh');
    // The table of contents counts the public comments per article and links to them.
    expect(html).toMatch(/<a href="#y-kien-dieu-4" aria-label="\d+ góp ý đã công khai về Điều 4">\d+ góp ý<\/a>/);
    expect(html).toContain('id="y-kien-dieu-4"');

    const api = await (await fetch(`${stack.site.url}/api/v1/drafts/${OPEN}/comments`)).json();
    const mine = api.data.find((x: any) => x.id === id);
    expect(mine).toMatchObject({ name: 'Ẩn danh', article: 'dieu-4', content: c.content });
    expect(JSON.stringify(api)).not.toMatch(/@example\.vn|0987|0912/);
    const list = await (await fetch(`${stack.site.url}/api/v1/drafts`)).json();
    expect(list.data.find((d: any) => d.slug === OPEN).commentCount).toBeGreaterThanOrEqual(1);

    // Anyone may download what is public, as CSV: the same comments, the same absence of personal data.
    expect(html).toContain(`href="/du-thao/${OPEN}/gop-y.csv"`);
    const csv = await fetch(`${stack.site.url}/du-thao/${OPEN}/gop-y.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="gop-y-${OPEN}.csv"`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('Mã,Thời điểm gửi,Người góp ý,"Cơ quan, tổ chức",Điều,Nội dung');
    expect(text).toContain(`${id},`);
    expect(text).toContain('"<script>alert(""x"")</script> Điều 4 cần thêm khoản 3."');
    expect(text).not.toMatch(/@example\.vn|0987|0912/);
    for (const shown of api.data) expect(text).toContain(`\r\n${shown.id},`);
    expect((await fetch(`${stack.site.url}/du-thao/khong-co-du-thao-nay/gop-y.csv`)).status).toBe(404);
  });

  it('a rejection needs a reason from the list (audit D8); deleting an approved comment updates the public count (D9)', async () => {
    const moderatorJwt = await adminLogin(stack.cms.url, MODERATOR.email, MODERATOR.password);
    const { id } = (await (await post(OPEN, comment())).json()) as any;
    const bare = await moderate(stack.cms.url, moderatorJwt, id, { moderationStatus: 'rejected', rejectionReason: null });
    expect(bare.status).toBe(400);
    expect(JSON.stringify(bare.body)).toContain('Hãy chọn lý do từ chối');
    expect((await storedComments(`filters[documentId][$eq]=${id}`))[0].moderationStatus).toBe('pending');
    expect((await moderate(stack.cms.url, moderatorJwt, id, { moderationStatus: 'rejected', rejectionReason: 'duplicate' })).status).toBe(200);

    const count = async () => (await publishedConsultation(stack.cms, OPEN)).commentCount;
    const { id: approvedId } = (await (await post(OPEN, comment())).json()) as any;
    expect((await moderate(stack.cms.url, moderatorJwt, approvedId, { moderationStatus: 'approved' })).status).toBe(200);
    const withIt = await count();
    const removed = await adminCall(stack.cms.url, adminJwt, 'DELETE', `/content-manager/collection-types/api::public-comment.public-comment/${approvedId}`);
    expect(removed.status).toBe(200);
    expect(await count()).toBe(withIt - 1);
  });

  it('a moderator cannot publish drafts or edit what a citizen wrote', async () => {
    const moderatorJwt = await adminLogin(stack.cms.url, MODERATOR.email, MODERATOR.password);
    const { id } = (await (await post(OPEN, comment())).json()) as any;
    await moderate(stack.cms.url, moderatorJwt, id, { content: 'Đã bị sửa', moderationStatus: 'rejected', rejectionReason: 'off-topic' });
    const [stored] = await storedComments(`filters[documentId][$eq]=${id}`);
    expect(stored.content).not.toBe('Đã bị sửa');
    expect(stored.moderationStatus).toBe('rejected');
    const drafts = await adminCall(stack.cms.url, moderatorJwt, 'GET', '/content-manager/collection-types/api::consultation.consultation?pageSize=1');
    expect(drafts.status).toBe(200);
    const publish = await adminCall(stack.cms.url, moderatorJwt, 'POST', `/content-manager/collection-types/api::consultation.consultation/${drafts.body.results[0].documentId}/actions/publish`, {});
    expect(publish.status).toBe(403);
  });

  it('exports every comment (with status and article) to CSV and XLSX for moderators only', async () => {
    const anonymous = await fetch(`${stack.cms.url}/api/consultations/${OPEN}/comments/export?format=csv`);
    expect(anonymous.status).toBe(401);
    const moderatorJwt = await adminLogin(stack.cms.url, MODERATOR.email, MODERATOR.password);
    const csv = await fetch(`${stack.cms.url}/api/consultations/${OPEN}/comments/export?format=csv`, { headers: { authorization: `Bearer ${moderatorJwt}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Trạng thái');
    expect(text).toContain('Từ chối');
    expect(text).toContain('Chờ duyệt');
    expect(text).toContain('Điều 3. Thông tin phải công bố');
    // Quoted as CSV requires (doubled quotes), never evaluated.
    expect(text).toContain('"<script>alert(""x"")</script> Điều 4 cần thêm khoản 3."');

    const xlsx = await fetch(`${stack.cms.url}/api/consultations/${OPEN}/comments/export?format=xlsx`, { headers: { authorization: `Bearer ${moderatorJwt}` } });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(2).value).toBe('Mã biên nhận');
    expect(sheet.getRow(2).getCell(4).value).toBe('Trạng thái');
    const contents = [];
    for (let r = 3; r <= sheet.rowCount; r++) contents.push(String(sheet.getRow(r).getCell(11).value));
    // Every comment a citizen sent has its receipt code (the demo's samples, entered by the importer, have none).
    const receipts = [];
    for (let r = 3; r <= sheet.rowCount; r++) receipts.push(String(sheet.getRow(r).getCell(2).value ?? ''));
    expect(receipts.filter((c) => /^GY-\d{4}-[0-9A-HJ-NP-Z]{6}$/.test(c)).length).toBeGreaterThan(10);
    expect(contents.length).toBe(text.trim().split('\r\n').length - 1);
    expect(contents.some((c) => c.includes('Điều 4 cần thêm khoản 3'))).toBe(true);

    // The admin panel's side panel counts the same comments per status, for moderators only.
    expect((await fetch(`${stack.cms.url}/api/consultations/${OPEN}/comments/summary`)).status).toBe(401);
    const summary = await adminCall(stack.cms.url, moderatorJwt, 'GET', `/api/consultations/${OPEN}/comments/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body.byStatus.map((s: any) => s.label)).toEqual(['Chờ duyệt', 'Đã duyệt', 'Từ chối', 'Thư rác']);
    expect(summary.body.total).toBe(contents.length);
    const statuses = [];
    for (let r = 3; r <= sheet.rowCount; r++) statuses.push(String(sheet.getRow(r).getCell(4).value));
    expect(summary.body.byStatus.find((s: any) => s.status === 'rejected').count).toBe(statuses.filter((s) => s === 'Từ chối').length);
  });
});

describe('publishing', () => {
  it('refuses to publish a window shorter than the minimum, with a Vietnamese message', async () => {
    const opensAt = new Date().toISOString();
    const closesAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const r = await fetch(`${stack.cms.url}/api/consultations?status=published`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.cms.tokens.importer}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        data: { title: 'Dự thảo ngắn', slug: 'du-thao-ngan', draftingAgency: 'UBND', opensAt, closesAt, receivingUnit: 'Sở Tư pháp', receivingAddress: 'Số 1', receivingEmail: 'a@b.vn' },
      }),
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as any).error.message).toMatch(/ngắn hơn tối thiểu 20 ngày/);
  });

  it('publishing the response moves the draft to "response published" on the page and in the API', async () => {
    const found = await adminCall(stack.cms.url, adminJwt, 'GET', `/content-manager/collection-types/api::consultation.consultation?filters[slug][$eq]=${demoConsultationSlugs.closed}`);
    const closed = (await (await fetch(`${stack.site.url}/api/v1/drafts/${demoConsultationSlugs.closed}`)).json()).data;
    expect(closed.status).toBe('response-published');
    expect(closed.response.report).toMatch(/Tiếp thu/);
    expect(found.body.results[0].consultationStatus).toBe('response-published');
    // The report is Markdown from the CMS, shown formatted (audit D2), and the closed page no longer points at a form.
    const page = await (await fetch(`${stack.site.url}/du-thao/${demoConsultationSlugs.closed}`)).text();
    const section = page.slice(page.indexOf('id="tiep-thu"'), page.indexOf('id="toan-van"'));
    expect(section).toContain('<strong>Tổng hợp.</strong>');
    expect(section).not.toContain('**');
    expect(page).not.toContain('Ngoài biểu mẫu dưới đây');
    expect(page).toContain('Dự thảo đã hết thời hạn nhận góp ý.');
  });
});

describe('the comment form without JavaScript', () => {
  it('re-shows every value with a message next to the field, then confirms', async () => {
    const pageUrl = `${stack.site.url}/du-thao/${OPEN}`;
    const html = await (await fetch(`${pageUrl}?dieu=dieu-2`)).text();
    expect(html).toMatch(/<option value="dieu-2" selected/);
    const token = /name="formToken" value="([^"]+)"/.exec(html)![1]!;
    await new Promise((r) => setTimeout(r, 2100));
    const fields = { formToken: token, name: 'Lê Văn Form', email: 'sai-dia-chi', content: 'Nội dung được giữ nguyên khi có lỗi', article: 'dieu-2', consent: 'on' };
    const bad = await fetch(pageUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Nội dung được giữ nguyên khi có lỗi');
    expect(badHtml).toContain('value="Lê Văn Form"');
    expect(badHtml).toMatch(/id="email-error"[^>]*>[^<]*thư điện tử/);
    const good = await fetch(pageUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...fields, email: 'le.van.form@example.vn' }) });
    expect(good.status).toBe(202);
    expect(await good.text()).toContain('Đã nhận góp ý');
  });

  it('refuses a form sent back at once or with the honeypot filled, keeping the text', async () => {
    const pageUrl = `${stack.site.url}/du-thao/${OPEN}`;
    const post = (fields: Record<string, string>) => fetch(pageUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    // The cached page's token may be older than the minimum by now (it is issued when the page is rendered); the
    // form shown again after an error carries one issued this instant, as a program posting at once would get.
    const html = await (await fetch(pageUrl)).text();
    const shown = await post({ formToken: /name="formToken" value="([^"]+)"/.exec(html)![1]!, name: 'Robot', email: 'sai', content: 'Quảng cáo nhanh', consent: 'on' });
    const token = /name="formToken" value="([^"]+)"/.exec(await shown.text())![1]!;
    const fast = await post({ formToken: token, name: 'Robot', email: 'r@example.vn', content: 'Quảng cáo nhanh', consent: 'on' });
    expect(fast.status).toBe(400);
    const fastPage = await fast.text();
    expect(fastPage).toContain('Quảng cáo nhanh');
    expect(fastPage).toContain('quá nhanh');
    const bait = `Quảng cáo mồi ${Date.now()}`;
    const honeypot = await post({ formToken: /name="formToken" value="([^"]+)"/.exec(html)![1]!, website: 'http://spam.example', name: 'Robot', email: 'r@example.vn', content: bait, consent: 'on' });
    expect(honeypot.status).toBeLessThan(500);
    expect(await storedComments(`filters[content][$eq]=${encodeURIComponent(bait)}`)).toHaveLength(0);
  });
});

describe('CMS down', () => {
  it('accepts into the site\'s journal what it could check, answers 503 with the text intact for what it could not, and delivers once the CMS is back', async () => {
    const pageUrl = `${stack.site.url}/du-thao/${OPEN}`;
    const html = await (await fetch(pageUrl)).text();
    const token = /name="formToken" value="([^"]+)"/.exec(html)![1]!;
    await stack.cms.stop();
    let receipts: string[] = [];
    try {
      await new Promise((r) => setTimeout(r, 2100));
      // A draft the site never read: it cannot check the comment, so nothing is promised.
      const unknown = `${stack.site.url}/du-thao/khong-co-du-thao-${Date.now()}`;
      const fields = { formToken: token, name: 'Trần Khi Sập', email: 'khi-sap@example.vn', content: 'Văn bản không được mất khi hệ thống lỗi', consent: 'on' };
      const refused = await fetch(unknown, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
      expect(refused.status).toBe(503);
      const body = await refused.text();
      expect(body).toContain('Văn bản không được mất khi hệ thống lỗi');
      expect(body).toContain('tạm thời không nhận được góp ý');
      expect(refused.headers.get('retry-after')).toBeTruthy();
      // The open draft (read before): the form and the API accept, with a receipt code (the site's journal).
      const page = await fetch(pageUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...fields, content: `${fields.content} (${Date.now()})` }) });
      expect(page.status).toBe(202);
      const pageReceipt = /GY-\d{4}-[0-9A-Z]{6}/.exec(await page.text())?.[0];
      expect(pageReceipt).toBeTruthy();
      const api = await post(OPEN, comment());
      expect(api.status).toBe(202);
      const apiReceipt = (await api.json()).receipt as string;
      receipts = [pageReceipt!, apiReceipt];
    } finally {
      await stack.restartCms();
    }
    await eventually(async () => (await Promise.all(receipts.map((r) => storedComments(`filters[receipt][$eq]=${r}`)))).every((rows) => rows.length === 1), 20_000, 500);
    expect((await post(OPEN, comment())).status).toBe(202);
  });
});
