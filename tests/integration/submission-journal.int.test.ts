import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { loadDemoConsultations } from '../../scripts/lib/demo.ts';
import { freePort, type RunningCms, type Service, siteConnection, startCms, startSite } from '../../scripts/lib/services.ts';
import { eventually } from '../support/cms-api.ts';
import { adminCall, adminLogin, commentToken, MailCatcher, MODERATION_ADMIN } from '../support/consultation-stack.ts';

/**
 * The site's submission journal (site/src/lib/submission-journal/) on a CMS + site pair of its own: the CMS is
 * stopped, or hung with SIGSTOP, while citizens comment (API and no-JS form) and ask questions; the site accepts
 * what it validated, keeps it in a real SQLite file, survives its own restart, and delivers everything once the
 * CMS is back — each stored once, under the receipt code the citizen was shown.
 */
const OPEN = demoConsultationSlugs.open;
const CMS_TIMEOUT_MS = 1000;
let mail: MailCatcher;
let cms: RunningCms;
let site: Service;
let dataDir: string;
let journalDir: string;
let cmsPort: number;
let sitePort: number;
let cmsEnv: NodeJS.ProcessEnv;
let adminJwt = '';

const startTheCms = async () => {
  cms = await startCms({ port: cmsPort, dataDir, quiet: true, ...MODERATION_ADMIN, env: cmsEnv });
  adminJwt = await adminLogin(cms.url, MODERATION_ADMIN.adminEmail, MODERATION_ADMIN.adminPassword);
};
const startTheSite = (readyPath = '/') =>
  startSite({
    port: sitePort,
    ...siteConnection(cms),
    dataDir,
    quiet: true,
    readyPath,
    env: { CMS_TIMEOUT_MS: String(CMS_TIMEOUT_MS), SITE_JOURNAL_DIR: journalDir, FORM_SECRET: 'nhat-ky-kiem-thu-0123456789' },
  });

beforeAll(async () => {
  mail = new MailCatcher();
  await mail.start();
  dataDir = mkdtempSync(join(tmpdir(), 'cong-journal-'));
  journalDir = join(dataDir, 'site-journal');
  cmsPort = await freePort();
  sitePort = await freePort();
  cmsEnv = { SMTP_URL: `smtp://127.0.0.1:${mail.port}`, PUBLIC_SITE_URL: `http://localhost:${sitePort}` };
  await startTheCms();
  await loadDemoConsultations(cms.url, cms.tokens.importer);
  site = await startTheSite();
}, 180_000);

afterAll(async () => {
  cms?.process.kill('SIGCONT');
  await site?.stop();
  await cms?.stop();
  await mail?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** What the journal file holds (a second, read-only connection to the site's live SQLite file). */
function journalRows(): { receipt: string; payload: string }[] {
  const db = new Database(join(journalDir, 'submissions.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT receipt, payload FROM items ORDER BY id').all() as { receipt: string; payload: string }[];
  } finally {
    db.close();
  }
}

const stored = async (uid: string, field: string, value: string): Promise<any[]> =>
  (await adminCall(cms.url, adminJwt, 'GET', `/content-manager/collection-types/${uid}?pageSize=10&filters[${field}][$eq]=${encodeURIComponent(value)}`)).body.results;
const storedComments = (receipt: string) => stored('api::public-comment.public-comment', 'receipt', receipt);
const storedQuestions = (code: string) => stored('api::question.question', 'code', code);

let seq = 0;
const citizen = () => {
  seq += 1;
  return { name: `Phạm Văn Nhật Ký ${seq}`, email: `nhat-ky-${seq}-${Date.now()}@example.vn`, content: `Góp ý khi hệ thống gián đoạn, số ${seq} (${Date.now()}).`, consent: true };
};

async function apiComment(body: Record<string, unknown>): Promise<Response> {
  return fetch(`${site.url}/api/v1/drafts/${OPEN}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ commentToken: await commentToken(site.url, OPEN), ...body }),
  });
}

async function commentForm(): Promise<{ formToken: string }> {
  const html = await (await fetch(`${site.url}/du-thao/${OPEN}`)).text();
  return { formToken: /name="formToken" value="([^"]+)"/.exec(html)![1]! };
}

async function questionForm(): Promise<string> {
  const html = await (await fetch(`${site.url}/hoi-dap`)).text();
  return /name="form-token" value="([^"]+)"/.exec(html)![1]!;
}

const postForm = (path: string, fields: Record<string, string>) =>
  fetch(`${site.url}${path}`, { method: 'POST', headers: { Origin: site.url, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

describe('the CMS stopped', () => {
  it('accepts comments (API, form) and a question into the journal, keeps them across a site restart, delivers each once with the site\'s codes', { timeout: 240_000 }, async () => {
    // A comment while the CMS is up: the site learns that the CMS sends acknowledgement mail.
    expect((await apiComment(citizen())).status).toBe(202);
    const form = await commentForm();
    const questionToken = await questionForm();
    await new Promise((r) => setTimeout(r, 3100)); // the forms' timing tokens refuse faster posts

    await cms.stop();
    const api = { ...citizen(), idempotencyKey: `nhat-ky-api-${Date.now()}` };
    const first = await apiComment(api);
    expect(first.status).toBe(202);
    const accepted = await first.json();
    expect(accepted).toEqual({ id: accepted.receipt, receipt: expect.stringMatching(/^GY-\d{4}-[0-9A-Z]{6}$/), status: 'pending', acknowledgement: null });
    // A double submit while the CMS is away: the same receipt, one entry.
    const again = await apiComment(api);
    expect(again.status).toBe(202);
    expect((await again.json()).receipt).toBe(accepted.receipt);

    const person = citizen();
    const fields = { formToken: form.formToken, name: person.name, email: person.email, content: person.content, consent: 'on' };
    const page = await postForm(`/du-thao/${OPEN}`, fields);
    expect(page.status).toBe(202);
    const pageHtml = await page.text();
    const formReceipt = /Mã biên nhận: (GY-\d{4}-[0-9A-Z]{6})/.exec(pageHtml)?.[1];
    expect(formReceipt).toBeTruthy();
    expect(pageHtml).toContain('Cảm ơn Quý vị');
    // Mail is configured on this CMS: the page says an acknowledgement follows once it is stored.
    expect(pageHtml).toContain('Khi hệ thống lưu xong góp ý, thư xác nhận');
    const pageAgain = await postForm(`/du-thao/${OPEN}`, fields);
    expect(pageAgain.status).toBe(202);
    expect(await pageAgain.text()).toContain(formReceipt!);

    const asker = citizen();
    const question = await postForm('/hoi-dap', { 'form-token': questionToken, name: asker.name, email: asker.email, phone: '', subject: `Hỏi khi gián đoạn ${Date.now()}`, body: 'Câu hỏi gửi lúc hệ thống quản trị không hoạt động vẫn phải được ghi nhận.', consent: 'yes' });
    expect(question.status).toBe(202);
    const code = /class="code">(HD-\d{4}-[0-9A-Z]{6})</.exec(await question.text())?.[1];
    expect(code).toBeTruthy();

    const receipts = [accepted.receipt, formReceipt!, code!];
    expect(journalRows().map((r) => r.receipt)).toEqual(receipts);
    const ready = await (await fetch(`${site.url}/readyz`)).json();
    expect(ready).toMatchObject({ status: 'unavailable', failed: ['cms'], journal: { count: 3, rejected: 0 } });

    // The site process restarts while the CMS is still down: the journal is still there.
    await site.stop();
    site = await startTheSite('/healthz');
    expect(journalRows().map((r) => r.receipt)).toEqual(receipts);

    await startTheCms();
    await eventually(async () => journalRows().length === 0, 20_000, 250);
    const [apiRows, formRows, questionRows] = await Promise.all([storedComments(accepted.receipt), storedComments(formReceipt!), storedQuestions(code!)]);
    expect(apiRows).toHaveLength(1);
    expect(apiRows[0]).toMatchObject({ content: api.content, moderationStatus: 'pending' });
    expect(formRows).toHaveLength(1);
    expect(formRows[0]).toMatchObject({ content: person.content });
    expect(questionRows).toHaveLength(1);
    // Counted from when the citizen sent it, not from the delivery.
    expect(Date.parse(apiRows[0].submittedAt)).toBeLessThan(Date.parse(questionRows[0].createdAt));
    // The CMS sends the acknowledgement when it stores the comment, with the receipt the citizen was shown.
    await eventually(async () => mail.mails.some((m) => m.to.includes(api.email) && m.raw.includes(accepted.receipt)), 60_000, 500);
    expect((await (await fetch(`${site.url}/readyz`)).json())).toEqual({ status: 'ok' });
  });
});

describe('the CMS hung (SIGSTOP)', () => {
  it('accepts within CMS_TIMEOUT_MS, and after SIGCONT stores each once (the timed-out relay and the resend are one comment)', { timeout: 120_000 }, async () => {
    // This site process (restarted above) reads the draft once, as any draft being commented on has been.
    expect((await fetch(`${site.url}/api/v1/drafts/${OPEN}`)).status).toBe(200);
    const body = { ...citizen(), idempotencyKey: `nhat-ky-treo-${Date.now()}` };
    const questionToken = await questionForm();
    await new Promise((r) => setTimeout(r, 3100));
    cms.process.kill('SIGSTOP');
    let receipt = '';
    let code = '';
    try {
      const started = performance.now();
      const response = await apiComment(body);
      const ms = performance.now() - started;
      expect(response.status).toBe(202);
      receipt = (await response.json()).receipt;
      expect(ms).toBeLessThan(CMS_TIMEOUT_MS + 1500);
      const asker = citizen();
      const question = await postForm('/hoi-dap', { 'form-token': questionToken, name: asker.name, email: asker.email, phone: '', subject: `Hỏi khi treo ${Date.now()}`, body: 'Câu hỏi gửi lúc hệ thống quản trị bị treo vẫn phải được ghi nhận.', consent: 'yes' });
      expect(question.status).toBe(202);
      code = /class="code">(HD-\d{4}-[0-9A-Z]{6})</.exec(await question.text())![1]!;
      expect(journalRows().map((r) => r.receipt)).toEqual([receipt, code]);
    } finally {
      cms.process.kill('SIGCONT');
    }
    await eventually(async () => journalRows().length === 0, 20_000, 250);
    expect(await storedComments(receipt)).toHaveLength(1);
    expect(await stored('api::public-comment.public-comment', 'content', body.content)).toHaveLength(1);
    expect(await storedQuestions(code)).toHaveLength(1);
  });
});

describe('the CMS and the site-issued codes (the trusted relay)', () => {
  const batch = async (body: Record<string, unknown>) => {
    const response = await fetch(`${cms.url}/api/consultations/comments/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cms.tokens.comments}`, 'content-type': 'application/json' },
      body: JSON.stringify({ items: [{ slug: OPEN, address: '203.0.113.77', body }] }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { results: { status: number; body: { receipt: string } }[] }).results[0]!;
  };
  const ask = async (data: Record<string, unknown>) => {
    const response = await fetch(`${cms.url}/api/question-desk/submit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cms.tokens.publicInput}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { name: 'Đỗ Mã Trùng', phone: '', body: 'Câu hỏi kiểm tra mã tra cứu do cổng cấp.', consent: true, ...data } }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { data: { code: string } }).data.code;
  };

  it('stores a well-formed unused code; a taken or malformed one gets a fresh code, never a second comment under it', async () => {
    const stamp = `GY-2026-${Date.now().toString(36).toUpperCase().replace(/[IO]/g, 'X').slice(-6).padStart(6, '2')}`;
    const first = await batch({ ...citizen(), idempotencyKey: `ma-1-${Date.now()}`, receipt: stamp, receivedAt: new Date().toISOString() });
    expect(first).toMatchObject({ status: 202, body: { receipt: stamp } });
    const taken = await batch({ ...citizen(), idempotencyKey: `ma-2-${Date.now()}`, receipt: stamp });
    expect(taken.status).toBe(202);
    expect(taken.body.receipt).toMatch(/^GY-\d{4}-[0-9A-HJ-NP-Z]{6}$/);
    expect(taken.body.receipt).not.toBe(stamp);
    const malformed = await batch({ ...citizen(), idempotencyKey: `ma-3-${Date.now()}`, receipt: 'GY-2026-<b>x' });
    expect(malformed.body.receipt).toMatch(/^GY-\d{4}-[0-9A-HJ-NP-Z]{6}$/);
    expect(await storedComments(stamp)).toHaveLength(1);

    const code = `HD-2026-${'7K3Q9M'.slice(0, 2)}${Date.now().toString(32).toUpperCase().replace(/[ILOU]/g, 'Z').slice(-4)}`;
    const filed = await ask({ email: `ma-a-${Date.now()}@example.vn`, subject: `Mã do cổng cấp ${Date.now()}`, idempotencyKey: `hd-1-${Date.now()}`, code });
    expect(filed).toBe(code);
    const again = await ask({ email: `ma-b-${Date.now()}@example.vn`, subject: `Mã trùng ${Date.now()}`, idempotencyKey: `hd-2-${Date.now()}`, code });
    expect(again).toMatch(/^HD-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(again).not.toBe(code);
    expect(await storedQuestions(code)).toHaveLength(1);
  });
});
