import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { loadDemoConsultations } from '../../scripts/lib/demo.ts';
import { freePort, startCms, type RunningCms } from '../../scripts/lib/services.ts';
import { eventually } from '../support/cms-api.ts';
import { adminCall, adminLogin, type ConsultationStack, type Mail, MODERATION_ADMIN, startModeratedStack } from '../support/consultation-stack.ts';

/**
 * Mail that cannot be abused, and that really works (issue 10 §2; review H1, L11, I5, I6), through a real CMS
 * and a real SMTP server: what an acknowledgement carries and never carries, one acknowledgement per mailbox
 * per day across comments and questions, the receipt code, the Q&A mails, and the outbox's truth per mail.
 */
let stack: ConsultationStack;
let adminJwt: string;
let title: string;
const OPEN = demoConsultationSlugs.open;
const UNIT = 'gopy.duthao@songhong.example';
const OUTBOX = 'api::outbound-mail.outbound-mail';

let seq = 0;
const comment = (extra: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Thị Thư',
  email: `thu${++seq}@example.vn`,
  content: `Đề nghị bổ sung thời hạn công bố (${seq}).`,
  consent: true,
  ...extra,
});

/** Straight to the CMS, as the site relays it: its answer carries the receipt and the acknowledgement. */
async function submit(cms: RunningCms, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${cms.url}/api/consultations/${OPEN}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.tokens.comments}`, 'x-cong-client-address': '10.20.30.40' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function ask(cms: RunningCms, data: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${cms.url}/api/question-desk/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.tokens.publicInput}` },
    body: JSON.stringify({ data: { name: 'Trần Văn Hỏi', phone: '', subject: 'Hỏi về thủ tục', body: 'Xin hỏi thủ tục cấp bản sao cần giấy tờ gì?', consent: true, ...data } }),
  });
  return { status: response.status, body: await response.json() };
}

const mailsTo = (address: string) => stack.mail.mails.filter((m) => m.to.includes(address));
const read = async (mail: Mail) => {
  const parsed = await simpleParser(mail.raw);
  return { subject: parsed.subject ?? '', text: parsed.text ?? '', html: parsed.html };
};

async function outbox(cmsUrl: string, jwt: string, reference: string): Promise<any[]> {
  const r = await adminCall(cmsUrl, jwt, 'GET', `/content-manager/collection-types/${OUTBOX}?pageSize=50&filters[reference][$eq]=${encodeURIComponent(reference)}`);
  expect(r.status).toBe(200);
  return r.body.results;
}

async function storedComment(receipt: string): Promise<any> {
  const r = await adminCall(stack.cms.url, adminJwt, 'GET', `/content-manager/collection-types/api::public-comment.public-comment?filters[receipt][$eq]=${receipt}`);
  return r.body.results;
}

beforeAll(async () => {
  ({ stack, adminJwt, draft: { title } } = await startModeratedStack({ COMMENT_RATE_PER_EMAIL: '3' }, OPEN));
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('acknowledgement of a comment (review H1)', () => {
  it('carries the draft title, the receipt code and a link to the portal, and nothing the commenter typed', async () => {
    const hostile = comment({
      name: 'Phòng Khách hàng VIP https://lua-dao.example/vip',
      email: 'nan.nhan@gmail.com',
      organization: 'Ngân hàng https://lua-dao.example',
      content: 'Tài khoản của Quý vị bị khóa, đăng nhập tại https://lua-dao.example/mo-khoa hoặc www.lua-dao.example để nhận lại.',
    });
    const r = await submit(stack.cms, hostile);
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ id: expect.any(String), status: 'pending', acknowledgement: 'queued' });
    expect(r.body.receipt).toMatch(/^GY-\d{4}-[0-9A-HJ-NP-Z]{6}$/);
    // The receipt is stored on the comment: staff find the comment by the code a citizen quotes.
    const stored = await storedComment(r.body.receipt);
    expect(stored.map((c: any) => c.documentId)).toEqual([r.body.id]);

    await eventually(async () => mailsTo('nan.nhan@gmail.com').length === 1 && mailsTo(UNIT).length > 0, 10_000);
    const ack = await read(mailsTo('nan.nhan@gmail.com')[0]!);
    expect(ack.html).toBeFalsy();
    expect(ack.subject).toContain(r.body.receipt);
    expect(ack.text).toContain(title);
    expect(ack.text).toContain(`Mã biên nhận: ${r.body.receipt}`);
    expect(ack.text).toContain(`${stack.site.url.replace('127.0.0.1', 'localhost')}/du-thao/${OPEN}`);
    for (const typed of ['lua-dao', 'Khách hàng', 'Ngân hàng', 'Tài khoản', 'đăng nhập', 'Nguyễn']) {
      expect(`${ack.subject}\n${ack.text}`).not.toContain(typed);
    }
    // Every link in it is the portal's.
    for (const link of ack.text.match(/https?:\/\/\S+/g) ?? []) expect(link.startsWith(stack.site.url.replace('127.0.0.1', 'localhost'))).toBe(true);

    // The receiving unit gets the comment in plain text, with its links made unclickable.
    const notices = await Promise.all(mailsTo(UNIT).map(read));
    const notice = notices.find((n) => n.text.includes(r.body.receipt))!;
    expect(notice.html).toBeFalsy();
    expect(notice.text).toContain('Tài khoản của Quý vị bị khóa');
    expect(notice.text).toContain('https[:]//lua-dao[.]example/mo-khoa');
    expect(notice.text).not.toMatch(/https?:\/\/lua-dao|lua-dao\.example/);

    // The outbox records both mails as sent.
    const rows = await outbox(stack.cms.url, adminJwt, r.body.receipt);
    expect(rows.map((m) => [m.kind, m.state]).sort()).toEqual([
      ['comment-ack', 'sent'],
      ['comment-notice', 'sent'],
    ]);
    expect(rows.every((m) => m.sentAt)).toBe(true);
  });

  it('sends one acknowledgement per mailbox per day: +tags, dots and case are the same mailbox ("limited")', async () => {
    const first = await submit(stack.cms, comment({ email: 'mot.hop.thu@gmail.com' }));
    expect(first.body.acknowledgement).toBe('queued');
    const variants = ['Mot.Hop.Thu+gop-y@gmail.com', 'mothopthu@googlemail.com'];
    const again: Array<Awaited<ReturnType<typeof submit>>> = [];
    for (const email of variants) again.push(await submit(stack.cms, comment({ email })));
    expect(again.map((a) => [a.status, a.body.acknowledgement])).toEqual([
      [202, 'limited'],
      [202, 'limited'],
    ]);
    // Each is a comment of its own, with its own receipt, and the unit is told of each.
    expect(new Set([first, ...again].map((a) => a.body.receipt)).size).toBe(3);
    await eventually(async () => (await Promise.all(mailsTo(UNIT).map(read))).filter((n) => again.some((a) => n.text.includes(a.body.receipt))).length === 2, 10_000);
    const acks = stack.mail.mails.filter((m) => m.to.some((to) => /^mot\.?hop\.?thu/i.test(to)));
    expect(acks).toHaveLength(1);
    expect(acks[0]!.to).toEqual(['mot.hop.thu@gmail.com']);
    // A limited acknowledgement is no mail at all: only the unit's notice is in the outbox.
    expect((await outbox(stack.cms.url, adminJwt, again[0]!.body.receipt)).map((m) => m.kind)).toEqual(['comment-notice']);
  });

  it('remembers the day\'s acknowledgement across a CMS restart', async () => {
    expect((await submit(stack.cms, comment({ email: 'qua-khoi-dong@example.vn' }))).body.acknowledgement).toBe('queued');
    await stack.restartCms();
    expect((await submit(stack.cms, comment({ email: 'Qua-Khoi-Dong+2@example.vn' }))).body.acknowledgement).toBe('limited');
    await eventually(async () => mailsTo('qua-khoi-dong@example.vn').length === 1, 10_000);
    expect(stack.mail.mails.filter((m) => m.to.some((to) => /^qua-khoi-dong/i.test(to)))).toHaveLength(1);
  }, 90_000);

  it('the per-mailbox rate limit counts the mailbox, not the spelling (review L11)', async () => {
    // COMMENT_RATE_PER_EMAIL=3 for this stack.
    const statuses = [];
    for (const email of ['gioi.han@gmail.com', 'gioihan+1@gmail.com', 'GIOI.HAN+2@GMAIL.COM', 'g.i.o.i.h.a.n+3@googlemail.com']) {
      statuses.push((await submit(stack.cms, comment({ email }))).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('a repeat answers the same receipt and acknowledgement, on the single and the batch route', async () => {
    const c = comment({ idempotencyKey: 'mail-lap-lai-1' });
    const first = await submit(stack.cms, c);
    const again = await submit(stack.cms, c);
    expect(again.body).toMatchObject({ id: first.body.id, receipt: first.body.receipt, acknowledgement: 'queued', duplicate: true });
    const batch = await fetch(`${stack.cms.url}/api/consultations/comments/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.cms.tokens.comments}` },
      body: JSON.stringify({ items: [{ slug: OPEN, body: c, address: '10.9.9.9' }, { slug: OPEN, body: comment(), address: '10.9.9.9' }] }),
    });
    const { results } = (await batch.json()) as any;
    expect(results[0]).toMatchObject({ status: 202, body: { id: first.body.id, receipt: first.body.receipt, acknowledgement: 'queued' } });
    expect(results[1]).toMatchObject({ status: 202, body: { acknowledgement: 'queued' } });
    expect(results[1].body.receipt).toMatch(/^GY-\d{4}-[0-9A-HJ-NP-Z]{6}$/);
    expect(results[1].body.receipt).not.toBe(first.body.receipt);
    // Mailed once, however often it was sent.
    await eventually(async () => mailsTo(c.email as string).length === 1, 10_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsTo(c.email as string)).toHaveLength(1);
  });

  it('the moderators\' export carries the receipt code', async () => {
    const r = await submit(stack.cms, comment());
    const csv = await adminCall(stack.cms.url, adminJwt, 'GET', `/api/consultations/${OPEN}/comments/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain('Mã biên nhận');
    expect(String(csv.body)).toContain(r.body.receipt);
  });
});

describe('the confirmation page of the comment form (audit D16)', () => {
  /**
   * The form as a citizen sends it without JavaScript: the page's token, a human pause, then POST. The cached
   * page's token has already carried this sender's first comment, so a second one is refused with a fresh form
   * (hostile-input.int.test.ts), which is sent again as a person would.
   */
  async function sendForm(email: string, content: string): Promise<string> {
    let html = await (await fetch(`${stack.site.url}/du-thao/${OPEN}`)).text();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const formToken = /name="formToken" value="([^"]+)"/.exec(html)![1]!;
      await new Promise((r) => setTimeout(r, 2100));
      const response = await fetch(`${stack.site.url}/du-thao/${OPEN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: stack.site.url },
        body: new URLSearchParams({ formToken, name: 'Đỗ Thị Biên Nhận', email, content, consent: 'on' }),
      });
      html = await response.text();
      if (response.status === 202) return html;
      expect(html).toContain('đã được dùng để gửi một góp ý');
    }
    throw new Error('the form was refused twice');
  }

  it('shows the receipt code, not the internal id, and promises a mail only when one is queued', async () => {
    const email = `bieu-mau-${Date.now()}@example.vn`;
    const first = await sendForm(email, 'Góp ý thứ nhất qua biểu mẫu.');
    const receipt = /Mã biên nhận: (GY-\d{4}-[0-9A-HJ-NP-Z]{6})/.exec(first)?.[1];
    expect(receipt).toBeTruthy();
    const [stored] = await storedComment(receipt!);
    expect(first).not.toContain(stored.documentId);
    expect(first).not.toContain('Nếu Quý vị đã nhập');
    // Mail is configured here: the first acknowledgement of the day is queued, and the page says so.
    expect(first).toContain('Thư xác nhận (chỉ gồm mã biên nhận và đường dẫn) sẽ được gửi');
    // Another comment from the same mailbox today (another text: the same one again would be the same submission):
    // no second acknowledgement, so no promise of one.
    const second = await sendForm(email, 'Góp ý thứ hai qua biểu mẫu, về Điều 4.');
    expect(second).toMatch(/Mã biên nhận: GY-/);
    expect(second).not.toContain('Thư xác nhận');
  });
});

describe('Q&A mail', () => {
  it('the asker receives the lookup code, then one notice when the answer is published', async () => {
    const asker = 'nguoi.hoi@example.vn';
    const r = await ask(stack.cms, { email: asker, subject: 'Xem https://lua-dao.example ngay', body: 'Nội dung do người gửi viết https://lua-dao.example/x' });
    expect(r.status).toBe(201);
    const { code, acknowledgement } = r.body.data;
    expect(acknowledgement).toBe('queued');
    await eventually(async () => mailsTo(asker).length === 1, 10_000);
    const ack = await read(mailsTo(asker)[0]!);
    expect(ack.text).toContain(`Mã tra cứu: ${code}`);
    expect(ack.text).toContain(`/hoi-dap?ma=${code}`);
    expect(`${ack.subject}\n${ack.text}`).not.toMatch(/lua-dao|Trần Văn Hỏi|Nội dung do người gửi/);

    // Staff answer it; only once it is also shown publicly is the asker told, once. (Through the REST API, as the
    // importer would; the next case does it through the content manager, as the admin panel does.)
    const found = await adminCall(stack.cms.url, adminJwt, 'GET', `/content-manager/collection-types/api::question.question?filters[code][$eq]=${code}`);
    const documentId = found.body.results[0].documentId;
    const update = async (data: Record<string, unknown>) => {
      const r = await fetch(`${stack.cms.url}/api/questions/${documentId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.cms.tokens.importer}` },
        body: JSON.stringify({ data }),
      });
      expect(r.status, await r.text()).toBe(200);
    };
    await update({ answerStatus: 'answered', answer: 'Cần đơn đề nghị và giấy tờ tùy thân.', showPublicly: false });
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(asker)).toHaveLength(1);
    await update({ showPublicly: true });
    await eventually(async () => mailsTo(asker).length === 2, 10_000);
    const notice = await read(mailsTo(asker)[1]!);
    expect(notice.subject).toBe(`Câu hỏi ${code} đã được trả lời`);
    expect(notice.text).toContain(`/hoi-dap?ma=${code}`);
    // Editing the published answer again sends nothing more.
    await update({ answer: 'Cần đơn đề nghị, giấy tờ tùy thân và lệ phí.' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(asker)).toHaveLength(2);
    expect((await outbox(stack.cms.url, adminJwt, code)).map((m) => [m.kind, m.state]).sort()).toEqual([
      ['question-ack', 'sent'],
      ['question-answered', 'sent'],
    ]);
  });

  it('Q&A staff answer in the admin panel (content manager): saved, and the asker is told once', async () => {
    // The desk's own role, as an administrator would set a staff member up in Settings → Users.
    const staff = { email: 'can-bo.hoi-dap@cong.test', password: 'Hoi-dap-2026-Cong' };
    const roles = await adminCall(stack.cms.url, adminJwt, 'GET', '/admin/roles');
    const role = (roles.body.data as any[]).find((r) => r.code === 'cong-qa');
    const created = await adminCall(stack.cms.url, adminJwt, 'POST', '/admin/users', { email: staff.email, firstname: 'Cán bộ', lastname: 'Hỏi đáp', roles: [role.id] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const registered = await fetch(`${stack.cms.url}/admin/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registrationToken: created.body.data.registrationToken, userInfo: { firstname: 'Cán bộ', lastname: 'Hỏi đáp', password: staff.password } }),
    });
    expect(registered.status).toBe(200);
    const jwt = await adminLogin(stack.cms.url, staff.email, staff.password);

    const asker = 'hoi.qua.quan.tri@example.vn';
    const r = await ask(stack.cms, { email: asker, subject: 'Hỏi về đăng ký khai sinh' });
    expect(r.status).toBe(201);
    const { code } = r.body.data;
    await eventually(async () => mailsTo(asker).length === 1, 10_000);

    // What the panel does on "Lưu": read the document, change fields in the form, PUT the whole form back.
    const path = `/content-manager/collection-types/api::question.question`;
    const found = await adminCall(stack.cms.url, jwt, 'GET', `${path}?filters[code][$eq]=${code}`);
    expect(found.status).toBe(200);
    const documentId = found.body.results[0].documentId;
    const form = (await adminCall(stack.cms.url, jwt, 'GET', `${path}/${documentId}`)).body.data;
    expect(form.answerStatus).toBe('received');
    const save = async (changes: Record<string, unknown>) => {
      const saved = await adminCall(stack.cms.url, jwt, 'PUT', `${path}/${documentId}`, { ...form, ...changes });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      return saved.body.data;
    };
    expect(await save({ answerStatus: 'in-progress' })).toMatchObject({ answerStatus: 'in-progress' });
    const answer = 'Mang giấy chứng sinh và giấy tờ tùy thân của cha mẹ đến UBND xã.';
    expect(await save({ answerStatus: 'answered', answer, answeredBy: 'Phòng Tư pháp', showPublicly: true })).toMatchObject({ answerStatus: 'answered', answer, showPublicly: true });

    // Stored, and the site's lookup now shows the answer.
    const stored = (await adminCall(stack.cms.url, jwt, 'GET', `${path}/${documentId}`)).body.data;
    expect(stored).toMatchObject({ answerStatus: 'answered', answer, answeredBy: 'Phòng Tư pháp', showPublicly: true, answeredAt: expect.any(String) });
    const lookup = await fetch(`${stack.cms.url}/api/question-desk/lookup/${code}`, { headers: { authorization: `Bearer ${stack.cms.tokens.site}` } });
    expect(((await lookup.json()) as any).data).toMatchObject({ code, answerStatus: 'answered', answer });

    await eventually(async () => mailsTo(asker).length === 2, 10_000);
    const notice = await read(mailsTo(asker)[1]!);
    expect(notice.subject).toBe(`Câu hỏi ${code} đã được trả lời`);
    expect(notice.text).toContain(`/hoi-dap?ma=${code}`);
    expect((await outbox(stack.cms.url, adminJwt, code)).map((m) => [m.kind, m.state]).sort()).toEqual([
      ['question-ack', 'sent'],
      ['question-answered', 'sent'],
    ]);
  });

  it('shares the day\'s one acknowledgement with comments', async () => {
    const email = 'ca.hai@gmail.com';
    expect((await submit(stack.cms, comment({ email }))).body.acknowledgement).toBe('queued');
    const r = await ask(stack.cms, { email: 'Ca.Hai+hoi@gmail.com' });
    expect(r.status).toBe(201);
    expect(r.body.data.acknowledgement).toBe('limited');
    // A repeat of the question answers the same.
    const again = await ask(stack.cms, { email: 'Ca.Hai+hoi@gmail.com' });
    expect(again.body.data).toMatchObject({ code: r.body.data.code, acknowledgement: 'limited', duplicate: true });
    await eventually(async () => mailsTo(email).length === 1, 10_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(stack.mail.mails.filter((m) => m.to.some((to) => /^ca\.?hai/i.test(to)))).toHaveLength(1);
  });
});

describe('the outbox records the truth per mail', () => {
  it('SMTP down: retrying (attempts, next try, the error without the address), then sent once it is back (review I6)', async () => {
    await stack.mail.stop();
    let r: { status: number; body: any };
    try {
      r = await submit(stack.cms, comment({ email: 'cho-gui@example.vn' }));
      expect(r.status).toBe(202);
      expect(r.body.acknowledgement).toBe('queued');
      await eventually(async () => (await outbox(stack.cms.url, adminJwt, r.body.receipt)).some((m) => m.kind === 'comment-ack' && m.state === 'retrying'), 15_000);
      const [row] = (await outbox(stack.cms.url, adminJwt, r.body.receipt)).filter((m) => m.kind === 'comment-ack');
      expect(row.attempts).toBeGreaterThanOrEqual(1);
      expect(new Date(row.nextAttemptAt).getTime()).toBeGreaterThan(new Date(row.updatedAt).getTime() - 1000);
      expect(row.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
      expect(row.lastError).not.toContain('cho-gui');
      expect(stack.cms.logs()).not.toContain('cho-gui@example.vn');
    } finally {
      await stack.mail.start(stack.mail.port);
    }
    await eventually(async () => (await outbox(stack.cms.url, adminJwt, r!.body.receipt)).every((m) => m.state === 'sent'), 30_000);
    expect(mailsTo('cho-gui@example.vn')).toHaveLength(1);
  }, 60_000);

  it('a 5xx refusal: failed for good, not retried; the error is recorded without the address', async () => {
    stack.mail.rejectRecipients = /^khong-ton-tai@/;
    try {
      const r = await submit(stack.cms, comment({ email: 'khong-ton-tai@example.vn' }));
      expect(r.status).toBe(202);
      await eventually(async () => (await outbox(stack.cms.url, adminJwt, r.body.receipt)).some((m) => m.kind === 'comment-ack' && m.state === 'failed'), 10_000);
      const rows = await outbox(stack.cms.url, adminJwt, r.body.receipt);
      const ack = rows.find((m) => m.kind === 'comment-ack');
      expect(ack).toMatchObject({ state: 'failed', attempts: 1 });
      expect(ack.lastError).toMatch(/550/);
      expect(ack.lastError).not.toContain('khong-ton-tai');
      expect(stack.cms.logs()).not.toContain('khong-ton-tai@example.vn');
      // The unit's notice is unaffected.
      await eventually(async () => (await outbox(stack.cms.url, adminJwt, r.body.receipt)).some((m) => m.kind === 'comment-notice' && m.state === 'sent'), 10_000);
      await new Promise((r) => setTimeout(r, 2500));
      expect((await outbox(stack.cms.url, adminJwt, r.body.receipt)).find((m) => m.kind === 'comment-ack')).toMatchObject({ state: 'failed', attempts: 1 });
    } finally {
      stack.mail.rejectRecipients = null;
    }
  });

  it('is written by the outbox only: no one can create or change a mail by hand, even an administrator', async () => {
    const created = await adminCall(stack.cms.url, adminJwt, 'POST', `/content-manager/collection-types/${OUTBOX}`, {
      kind: 'comment-ack', recipient: 'ai-do@example.vn', subject: 'Trúng thưởng', text: 'Nhận quà tại https://lua-dao.example', reference: 'X',
    });
    expect(created.status).toBe(400);
    expect(JSON.stringify(created.body)).toContain('không tạo hay sửa bằng tay');
    const r = await submit(stack.cms, comment());
    const [row] = await outbox(stack.cms.url, adminJwt, r.body.receipt);
    const changed = await adminCall(stack.cms.url, adminJwt, 'PUT', `/content-manager/collection-types/${OUTBOX}/${row.documentId}`, { recipient: 'ai-do@example.vn', state: 'queued' });
    expect(changed.status).toBe(400);
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsTo('ai-do@example.vn')).toHaveLength(0);
  });

  describe('a CMS without SMTP_URL', () => {
    let cms: RunningCms;
    let dataDir: string;
    let jwt: string;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'cong-mail-off-'));
      cms = await startCms({ port: await freePort(), dataDir, quiet: true, ...MODERATION_ADMIN, env: { SMTP_URL: '', PUBLIC_SITE_URL: 'http://localhost:4321' } });
      await loadDemoConsultations(cms.url, cms.tokens.importer);
      jwt = await adminLogin(cms.url, MODERATION_ADMIN.adminEmail, MODERATION_ADMIN.adminPassword);
    }, 180_000);
    afterAll(async () => {
      await cms?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers "mail-off" and records each mail as not sent because mail is not configured', async () => {
      const r = await submit(cms, comment());
      expect(r.status).toBe(202);
      expect(r.body.acknowledgement).toBe('mail-off');
      expect(r.body.receipt).toMatch(/^GY-/);
      expect((await outbox(cms.url, jwt, r.body.receipt)).map((m) => [m.kind, m.state]).sort()).toEqual([
        ['comment-ack', 'mail-off'],
        ['comment-notice', 'mail-off'],
      ]);
      const q = await ask(cms, { email: 'hoi-khi-tat-thu@example.vn' });
      expect(q.body.data.acknowledgement).toBe('mail-off');
      expect((await outbox(cms.url, jwt, q.body.data.code)).map((m) => m.state)).toEqual(['mail-off']);
    });

    it('refuses to start in production without its own COMMENT_HASH_SECRET (review I5)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cong-no-secret-'));
      try {
        await expect(startCms({ port: await freePort(), dataDir: dir, quiet: true, env: { COMMENT_HASH_SECRET: '' } })).rejects.toThrow(/COMMENT_HASH_SECRET is not set/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
