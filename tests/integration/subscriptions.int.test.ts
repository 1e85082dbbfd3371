import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { eventually } from '../support/cms-api.ts';
import { adminCall, adminLogin, type ConsultationStack, type Mail, MODERATION_ADMIN, startConsultationStack } from '../support/consultation-stack.ts';

/**
 * E-mail subscriptions (issue 13 §6, "Checked by"): the round trip through a real CMS, the built site and a real
 * SMTP server — subscribe with the no-JS form, the confirmation mail, confirm, publish in the CMS, the digest with
 * its List-Unsubscribe headers, RFC 8058 one-click unsubscribe, no digest after it; a subscription filtered by
 * type gets only its type; the addresses are readable by no token and no editor role.
 */
let stack: ConsultationStack;
let adminJwt: string;
const SUFFIX = Date.now().toString(36).slice(-5);
const ALL = `tatca-${SUFFIX}@example.vn`;
const NOTICES = `thongbao-${SUFFIX}@example.vn`;
const NEWS = `tintuc-${SUFFIX}@example.vn`;
const RESPONSE = `tiepthu-${SUFFIX}@example.vn`;
const CLOSED = demoConsultationSlugs.closed;

const site = (path: string, init?: RequestInit) => fetch(`${stack.site.url}${path}`, init);
/** The mails' links point at PUBLIC_SITE_URL (localhost); the test reaches the same site on its own address. */
const local = (url: string) => url.replace(/^http:\/\/localhost:\d+/, stack.site.url);
const read = async (mail: Mail) => {
  const parsed = await simpleParser(mail.raw);
  // The raw headers, unfolded: mailparser turns List-* headers into its own structure.
  const head = mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? null;
  return { subject: parsed.subject ?? '', text: parsed.text ?? '', html: parsed.html, header };
};
/** The mails one address received whose subject matches, parsed, in the order they arrived. */
async function mailsTo(address: string, subject: RegExp) {
  const parsed = await Promise.all(stack.mail.mails.filter((m) => m.to.includes(address)).map(read));
  return parsed.filter((m) => subject.test(m.subject));
}
/** The CMS's REST API with the importer's full-access token, as an operator or the importer calls it. */
async function importer(method: string, path: string, body?: unknown): Promise<{ status: number; body: { data: Record<string, string> & Array<{ documentId: string }> } }> {
  const r = await fetch(`${stack.cms.url}/api${path}`, { method, headers: { authorization: `Bearer ${stack.cms.tokens.importer}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, body: await r.json() };
}

let formToken = '';
/** The form as a browser without JavaScript posts it (one shared token, older than the form's minimum age). */
function subscribe(fields: Record<string, string>): Promise<Response> {
  return site('/nhan-tin', { method: 'POST', headers: { Origin: stack.site.url, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ 'form-token': formToken, ...fields }) });
}
/**
 * A second subscription from the same sender: the shared form token files one submission per sender, so the page
 * refuses it once, keeps the choice, and carries a fresh token; sent again with it (after the minimum age), it is taken.
 */
async function subscribeAgain(fields: Record<string, string>): Promise<Response> {
  const refused = await subscribe(fields);
  expect(refused.status).toBe(400);
  const html = await refused.text();
  expect(html).toContain('Biểu mẫu này đã được dùng');
  formToken = /name="form-token" value="([^"]+)"/.exec(html)![1]!;
  await new Promise((r) => setTimeout(r, 3100));
  return subscribe(fields);
}
const confirmation = (html: string) => /<div class="confirmation" role="status">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? null;

async function confirmLink(address: string, count: number): Promise<string> {
  await eventually(async () => (await mailsTo(address, /Xác nhận đăng ký/)).length >= count, 15_000);
  const mail = (await mailsTo(address, /Xác nhận đăng ký/))[count - 1]!;
  return /(http:\/\/\S+\/nhan-tin\/xac-nhan\?t=\S+)/.exec(mail.text)![1]!;
}

async function digestNow(): Promise<{ subscriptions: number; mails: number; items: number }> {
  const r = await importer('POST', '/subscription-desk/digest');
  expect(r.status).toBe(200);
  return r.body.data as unknown as { subscriptions: number; mails: number; items: number };
}

let issuer: string;
async function publishDocument(number: string, typeSlug: string, title: string): Promise<void> {
  const type = (await importer('GET', `/document-types?filters[slug][$eq]=${typeSlug}`)).body.data[0];
  const created = await importer('POST', '/legal-documents?status=published', {
    data: { title, number, issuedDate: '2026-11-20', documentType: type!.documentId, issuingBody: issuer, body: '## Điều 1. Nội dung\n\nKiểm thử nhận tin.' },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
}

beforeAll(async () => {
  stack = await startConsultationStack();
  adminJwt = await adminLogin(stack.cms.url, MODERATION_ADMIN.adminEmail, MODERATION_ADMIN.adminPassword);
  const body = await importer('POST', '/issuing-bodies', { data: { name: `UBND tỉnh Nhận Tin ${SUFFIX}`, slug: `ubnd-nhan-tin-${SUFFIX}` } });
  expect(body.status, JSON.stringify(body.body)).toBe(201);
  issuer = body.body.data.documentId!;
  formToken = /name="form-token" value="([^"]+)"/.exec(await (await site('/nhan-tin')).text())![1]!;
  await new Promise((r) => setTimeout(r, 3100)); // the timing token refuses faster posts
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

describe('subscribing (double opt-in)', () => {
  it('keeps what was typed and names the field when the address is wrong', async () => {
    const r = await subscribe({ email: 'khong-phai-dia-chi', 'chu-de': 'van-ban', loai: 'quyet-dinh' });
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain('id="nt-email-error"');
    expect(html).toContain('value="khong-phai-dia-chi"');
    expect(html).toMatch(/<option value="quyet-dinh" selected/);
  });

  it('answers the same whether or not the address is known, and sends one confirmation that echoes only the topic', async () => {
    const first = await subscribe({ email: ALL, 'chu-de': 'van-ban' });
    expect(first.status).toBe(202);
    const again = await subscribe({ email: ALL, 'chu-de': 'van-ban' });
    expect(again.status).toBe(202);
    const never = await subscribe({ email: `chua-tung-${SUFFIX}@example.vn`, 'chu-de': 'van-ban' });
    expect(never.status).toBe(202);
    const [a, b, c] = await Promise.all([first.text(), again.text(), never.text()]).then((pages) => pages.map(confirmation));
    expect(a).toContain('thư xác nhận');
    expect(b).toBe(a);
    expect(c).toBe(a);

    const link = await confirmLink(ALL, 1);
    const mail = (await mailsTo(ALL, /Xác nhận đăng ký/))[0]!;
    expect(mail.html).toBeFalsy();
    expect(mail.text).toContain('Văn bản quy phạm pháp luật mới');
    expect(mail.text).not.toContain(ALL);
    // Asked twice within the hour: one mail, not two.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await mailsTo(ALL, /Xác nhận đăng ký/)).toHaveLength(1);

    // Opening the link (a mail scanner does) confirms nothing; the button does.
    const page = await site(new URL(local(link)).pathname + new URL(link).search);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    const html = await page.text();
    expect(html).toContain('>Xác nhận</button>');
    const pressed = await site(new URL(link).pathname + new URL(link).search, { method: 'POST', headers: { Origin: stack.site.url, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(pressed.status).toBe(202);
    expect(await pressed.text()).toContain('Đã xác nhận nhận tin');
  });

  it('refuses a forged or damaged link with a Vietnamese message', async () => {
    const forged = await site(`/nhan-tin/xac-nhan?t=${'a'.repeat(24)}.${'b'.repeat(43)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Liên kết không đúng hoặc không còn hiệu lực');
  });

  it('subscribes the same address to new drafts, and another address to one document type', async () => {
    expect((await subscribeAgain({ email: ALL, 'chu-de': 'du-thao' })).status).toBe(202);
    const drafts = await confirmLink(ALL, 2);
    expect((await mailsTo(ALL, /Xác nhận đăng ký/))[1]!.text).toContain('Dự thảo văn bản mới');
    expect((await site(new URL(drafts).pathname + new URL(drafts).search, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' })).status).toBe(202);

    expect((await subscribe({ email: NOTICES, 'chu-de': 'van-ban', loai: 'thong-bao' })).status).toBe(202);
    const notices = await confirmLink(NOTICES, 1);
    expect((await mailsTo(NOTICES, /Xác nhận đăng ký/))[0]!.text).toContain('loại: Thông báo');
    expect((await site(new URL(notices).pathname + new URL(notices).search, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' })).status).toBe(202);
  });

  it("subscribes to a news section, and to one draft's response from the draft's page", async () => {
    expect((await subscribe({ email: NEWS, 'chu-de': 'tin-tuc', muc: 'tin-tuc' })).status).toBe(202);
    const news = await confirmLink(NEWS, 1);
    expect((await mailsTo(NEWS, /Xác nhận đăng ký/))[0]!.text).toContain('Chuyên mục Tin tức, sự kiện');
    expect((await site(new URL(news).pathname + new URL(news).search, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' })).status).toBe(202);

    // The draft's page links to the form with the draft chosen; the form names the draft.
    const draftPage = await (await site(`/du-thao/${CLOSED}`)).text();
    const form = await (await site(`/nhan-tin?chu-de=phan-hoi&du-thao=${CLOSED}`)).text();
    expect(form).toContain(`name="du-thao" value="${CLOSED}"`);
    expect(form).toMatch(/value="phan-hoi" checked/);
    const title = /<h1>([^<]+)<\/h1>/.exec(draftPage)![1]!;
    expect(form).toContain(title);
    expect((await subscribe({ email: RESPONSE, 'chu-de': 'phan-hoi', 'du-thao': CLOSED })).status).toBe(202);
    const response = await confirmLink(RESPONSE, 1);
    expect((await mailsTo(RESPONSE, /Xác nhận đăng ký/))[0]!.text).toContain('Kết quả tiếp thu, giải trình');
    expect((await site(new URL(response).pathname + new URL(response).search, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' })).status).toBe(202);
  });
});

describe('the daily digest', () => {
  let unsubscribe: string;

  it('lists what was published since, per subscriber, with the List-Unsubscribe headers', async () => {
    await publishDocument(`71/QĐ-NT${SUFFIX.toUpperCase()}`, 'quyet-dinh', 'Quyết định kiểm thử nhận tin');
    await publishDocument(`72/TB-NT${SUFFIX.toUpperCase()}`, 'thong-bao', 'Thông báo kiểm thử nhận tin');
    const opensAt = new Date().toISOString();
    const closesAt = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const draft = await importer('POST', '/consultations?status=published', {
      data: { title: `Dự thảo nhận tin ${SUFFIX}`, slug: `du-thao-nhan-tin-${SUFFIX}`, draftingAgency: 'UBND', opensAt, closesAt, receivingUnit: 'Sở Tư pháp', receivingAddress: 'Số 1', receivingEmail: 'gopy@songhong.example' },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const article = (section: string, title: string) => importer('POST', '/articles?status=published', { data: { title, section, summary: 'Kiểm thử nhận tin.' } });
    expect((await article('tin-tuc', `Tin tức nhận tin ${SUFFIX}`)).status).toBe(201);
    expect((await article('chi-dao-dieu-hanh', `Chỉ đạo nhận tin ${SUFFIX}`)).status).toBe(201);
    // The closed draft's response, published again by an editor (the admin's publish action).
    const closed = (await importer('GET', `/consultations?filters[slug][$eq]=${CLOSED}`)).body.data[0]!;
    expect((await adminCall(stack.cms.url, adminJwt, 'POST', `/content-manager/collection-types/api::consultation.consultation/${closed.documentId}/actions/publish`, {})).status).toBe(200);

    const run = await digestNow();
    expect(run.mails).toBe(4);
    await eventually(async () => (await Promise.all([ALL, NOTICES, NEWS, RESPONSE].map((to) => mailsTo(to, /Tin mới/)))).every((m) => m.length === 1), 15_000);

    const all = (await mailsTo(ALL, /Tin mới/))[0]!;
    expect(all.text).toContain('Quyết định kiểm thử nhận tin');
    expect(all.text).toContain('Thông báo kiểm thử nhận tin');
    expect(all.text).toContain(`Dự thảo nhận tin ${SUFFIX}`);
    const header = all.header('List-Unsubscribe') ?? '';
    expect(header).toMatch(/^<http:\/\/localhost:\d+\/nhan-tin\/huy\?t=[^>]+>$/);
    expect(all.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(all.header('Auto-Submitted')).toBe('auto-generated');
    unsubscribe = header.slice(1, -1);
    expect(all.text).toContain(unsubscribe); // the visible link is the same

    // Filtered by type: the notice only, not the decision.
    const notices = (await mailsTo(NOTICES, /Tin mới/))[0]!;
    expect(notices.text).toContain('Thông báo kiểm thử nhận tin');
    expect(notices.text).not.toContain('Quyết định kiểm thử nhận tin');
    expect(notices.text).not.toContain('Dự thảo nhận tin');

    // A section: its own article only. A draft's response: that draft's, linked to its section of the page.
    const news = (await mailsTo(NEWS, /Tin mới/))[0]!;
    expect(news.text).toContain(`Tin tức nhận tin ${SUFFIX}`);
    expect(news.text).not.toContain(`Chỉ đạo nhận tin ${SUFFIX}`);
    expect(news.text).not.toContain('kiểm thử nhận tin');
    const response = (await mailsTo(RESPONSE, /Tin mới/))[0]!;
    expect(response.text).toContain('Kết quả tiếp thu, giải trình');
    expect(response.text).toMatch(new RegExp(`/du-thao/${CLOSED}#tiep-thu`));
    expect(response.text).not.toContain('Dự thảo nhận tin');
    // …and the response is not a new draft for those who follow new drafts.
    expect(all.text).not.toContain('#tiep-thu');
  });

  it('sends nothing when nothing new matched, nor for a document corrected and published again', async () => {
    const [decision] = (await importer('GET', `/legal-documents?filters[number][$eq]=${encodeURIComponent(`71/QĐ-NT${SUFFIX.toUpperCase()}`)}`)).body.data;
    const corrected = await importer('PUT', `/legal-documents/${decision!.documentId}?status=published`, { data: { title: 'Quyết định kiểm thử nhận tin (đã sửa lỗi chính tả)' } });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect((await digestNow()).mails).toBe(0);
  });

  it('stops after an RFC 8058 one-click POST; opening the link alone stops nothing', async () => {
    const target = new URL(local(unsubscribe));
    const opened = await site(target.pathname + target.search);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('>Hủy nhận tin</button>');

    // As a mail provider's server sends it: no Origin, no cookies, the RFC 8058 body.
    const oneClick = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(202);
    expect(await oneClick.text()).toContain('Đã hủy nhận tin');

    await publishDocument(`73/TB-NT${SUFFIX.toUpperCase()}`, 'thong-bao', 'Thông báo thứ hai kiểm thử nhận tin');
    expect((await digestNow()).mails).toBe(1);
    await eventually(async () => (await mailsTo(NOTICES, /Tin mới/)).length === 2, 15_000);
    expect((await mailsTo(NOTICES, /Tin mới/))[1]!.text).toContain('Thông báo thứ hai kiểm thử nhận tin');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await mailsTo(ALL, /Tin mới/)).toHaveLength(1);
  });
});

describe('who can read the addresses', () => {
  it('no API token and no editor role; the outbox records the digests as sent', async () => {
    for (const token of [stack.cms.tokens.site, stack.cms.tokens.publicInput, stack.cms.tokens.importer]) {
      const r = await fetch(`${stack.cms.url}/api/subscriptions`, { headers: { authorization: `Bearer ${token}` } });
      expect(r.status).toBeGreaterThanOrEqual(400);
    }
    const roles = (await adminCall(stack.cms.url, adminJwt, 'GET', '/admin/roles')).body.data as Array<{ id: number; code: string }>;
    for (const role of roles.filter((r) => r.code !== 'strapi-super-admin')) {
      const permissions = (await adminCall(stack.cms.url, adminJwt, 'GET', `/admin/roles/${role.id}/permissions`)).body.data as Array<{ subject: string | null }>;
      expect(permissions.filter((p) => p.subject === 'api::subscription.subscription'), role.code).toEqual([]);
    }
    const outbox = await adminCall(stack.cms.url, adminJwt, 'GET', '/content-manager/collection-types/api::outbound-mail.outbound-mail?pageSize=100&filters[kind][$eq]=subscription-digest');
    expect(outbox.body.results.map((m: { state: string }) => m.state)).toEqual(Array(5).fill('sent')); // four digests, then one after the unsubscribe
  });
});
