import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { freePort, startCms } from '../../scripts/lib/services.ts';
import { adminCall, adminLogin, commentToken, type ConsultationStack, MODERATION_ADMIN, startModeratedStack } from '../support/consultation-stack.ts';

/**
 * Least privilege through the real stack (issue 10 §3–4; review M1, M2, M4, L2, L4–L8, L12, I2): what the site's
 * token can and cannot read, where comment attachments go and who may download them, CORS, registration, the
 * roles' view of citizens' data, unreadable bodies, and the refusal of example secrets in production.
 */
let stack: ConsultationStack;
let adminJwt: string;
const OPEN = demoConsultationSlugs.open;
const USERS = {
  moderator: { email: 'kd-quyen@cong.test', password: 'Kiem-duyet-2026-Quyen', role: 'cong-moderator' },
  editor: { email: 'btv-quyen@cong.test', password: 'Bien-tap-2026-Quyen', role: 'cong-editor' },
  qa: { email: 'hd-quyen@cong.test', password: 'Hoi-dap-2026-Quyen', role: 'cong-qa' },
} as const;
const jwt: Record<keyof typeof USERS, string> = { moderator: '', editor: '', qa: '' };
let consultationId: string;

async function createAdminUser(email: string, password: string, roleCode: string): Promise<void> {
  const roles = await adminCall(stack.cms.url, adminJwt, 'GET', '/admin/roles');
  const role = (roles.body.data as any[]).find((r) => r.code === roleCode);
  if (!role) throw new Error(`role ${roleCode} is missing`);
  const created = await adminCall(stack.cms.url, adminJwt, 'POST', '/admin/users', { email, firstname: 'Thử', lastname: roleCode, roles: [role.id] });
  if (created.status >= 300) throw new Error(`creating ${email} failed: ${created.status} ${JSON.stringify(created.body)}`);
  const registered = await fetch(`${stack.cms.url}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken: created.body.data.registrationToken, userInfo: { firstname: 'Thử', lastname: roleCode, password } }),
  });
  if (!registered.ok) throw new Error(`registering ${email} failed: ${registered.status} ${await registered.text()}`);
}

const withToken = (token: string | null, path: string, init: RequestInit = {}) =>
  fetch(`${stack.cms.url}${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string> | undefined) } });

/** A comment written straight into the CMS with the importer's full-access token (what moderation would leave). */
async function storeComment(data: Record<string, unknown>): Promise<string> {
  const r = await withToken(stack.cms.tokens.importer, '/api/public-comments', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data: { consultationId, name: 'Người Góp Ý', content: 'Nội dung góp ý.', submittedAt: new Date().toISOString(), moderationStatus: 'approved', ...data } }),
  });
  if (r.status !== 201) throw new Error(`storing a comment failed: ${r.status} ${await r.text()}`);
  return ((await r.json()) as any).data.documentId;
}

beforeAll(async () => {
  ({ stack, adminJwt, draft: { documentId: consultationId } } = await startModeratedStack({ COMMENT_RATE_PER_EMAIL: '50', COMMENT_RATE_PER_ADDRESS: '1000' }, OPEN));
  for (const [key, user] of Object.entries(USERS)) {
    await createAdminUser(user.email, user.password, user.role);
    jwt[key as keyof typeof USERS] = await adminLogin(stack.cms.url, user.email, user.password);
  }
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

describe("the site's token (M4)", () => {
  it('reads the published content the site shows', async () => {
    for (const path of ['/api/consultations', '/api/legal-documents', '/api/articles', '/api/units', '/api/agency-profile', '/api/question-desk/answers', `/api/consultations/${consultationId}/comments/approved`]) {
      const r = await withToken(stack.cms.tokens.site, path);
      expect([200, 404], `${path} → ${r.status}`).toContain(r.status);
      if (path !== '/api/agency-profile') expect(r.status, path).toBe(200);
    }
  });

  it.each([
    ['every comment (pending, rejected, spam, anonymous names)', '/api/public-comments'],
    ['one comment', '/api/public-comments/x'],
    ['questions', '/api/questions'],
    ['page ratings', '/api/page-ratings'],
    ['rating totals', '/api/page-rating-totals'],
    ['users', '/api/users'],
    ['the upload list', '/api/upload/files'],
  ])('cannot read %s (%s)', async (_what, path) => {
    const r = await withToken(stack.cms.tokens.site, path);
    expect(r.status).toBe(403);
  });

  it('cannot read unpublished versions (status=draft); the importer can', async () => {
    for (const path of ['/api/consultations?status=draft', `/api/consultations/${consultationId}?status=draft`, '/api/legal-documents?status=draft']) {
      expect((await withToken(stack.cms.tokens.site, path)).status, path).toBe(403);
    }
    expect((await withToken(stack.cms.tokens.importer, '/api/consultations?status=draft')).status).toBe(200);
  });

  it('is a custom token; the site-only token file holds no importer token', async () => {
    const site = JSON.parse(readFileSync(stack.cms.siteTokenFile, 'utf8'));
    expect(Object.keys(site).sort()).toEqual(['comments', 'publicInput', 'site']);
    expect(JSON.stringify(site)).not.toContain(stack.cms.tokens.importer);
    const tokens = await adminCall(stack.cms.url, adminJwt, 'GET', '/admin/api-tokens');
    const row = (tokens.body.data as any[]).find((t) => t.name === 'cong-site');
    expect(row.type).toBe('custom');
  });
});

describe('approved comments through the CMS route (I2)', () => {
  it('returns all approved comments beyond the REST limit of 100, none other, anonymous names masked', async () => {
    const before = ((await (await fetch(`${stack.site.url}/api/v1/drafts/${OPEN}/comments`)).json()) as any).meta.total as number;
    const secretName = 'Trần Văn Giấu Tên';
    await storeComment({ name: secretName, anonymous: true, content: 'Góp ý ẩn danh đã duyệt.' });
    await storeComment({ name: 'Chờ Duyệt', moderationStatus: 'pending', content: 'Góp ý chưa duyệt, không được công khai.' });
    await storeComment({ name: 'Thư Rác', moderationStatus: 'spam', content: 'Thư rác, không được công khai.' });
    for (let i = 0; i < 105; i += 15) await Promise.all(Array.from({ length: 15 }, (_, j) => storeComment({ content: `Góp ý đã duyệt số ${i + j}.` })));

    const route = await withToken(stack.cms.tokens.site, `/api/consultations/${consultationId}/comments/approved`);
    const text = await route.text();
    const body = JSON.parse(text);
    expect(body.meta.total).toBe(before + 106);
    expect(body.data).toHaveLength(before + 106);
    expect(text).not.toContain(secretName);
    expect(text).not.toContain('chưa duyệt');
    expect(text).not.toContain('Thư rác');
    expect(body.data.find((c: any) => c.content === 'Góp ý ẩn danh đã duyệt.').name).toBe('Ẩn danh');

    // The site shows the same, all of them, once its cache follows the change feed.
    let site: any;
    for (let i = 0; i < 50; i++) {
      site = await (await fetch(`${stack.site.url}/api/v1/drafts/${OPEN}/comments`)).json();
      if (site.meta.total === before + 106) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(site.meta.total).toBe(before + 106);
    expect(site.data).toHaveLength(before + 106);
  });
});

describe('comment attachments (M1, L4)', () => {
  const polyglot = '%PDF-1.4\n<html><body><form action="https://evil.example"><script>alert(1)</script></form></body></html>\n%%EOF\n';
  let commentId: string;

  beforeAll(async () => {
    const form = new FormData();
    // A program's post: the API's commentToken first (GET /api/v1/drafts/<slug>), as every caller of the API.
    const fields = { name: 'Người Gửi Tệp', email: 'gui-tep@example.vn', content: 'Góp ý kèm tệp.', consent: 'true', commentToken: await commentToken(stack.site.url, OPEN) };
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.append('attachments', new Blob([polyglot], { type: 'text/html' }), 'poly.html');
    form.append('attachments', new Blob([polyglot], { type: 'image/svg+xml' }), 'poly.svg');
    const r = await fetch(`${stack.site.url}/api/v1/drafts/${OPEN}/comments`, { method: 'POST', body: form });
    expect(r.status, await r.clone().text()).toBe(202);
    commentId = ((await r.json()) as any).id;
  });

  it('stores a %PDF- polyglot named .html / .svg as .pdf in the private folder, nothing in public/uploads', () => {
    const uploads = readdirSync(join(stack.dataDir, 'public', 'uploads'));
    expect(uploads.filter((f) => /poly|gop-y|\.(html|svg)$/.test(f))).toEqual([]);
    const kept = readdirSync(join(stack.dataDir, 'private', 'comment-attachments'));
    expect(kept.length).toBeGreaterThanOrEqual(2);
    for (const file of kept) expect(file).toMatch(/^[0-9a-f]{32}\.pdf$/);
  });

  it('lets a moderator list and download them as attachments, sandboxed', async () => {
    const list = await adminCall(stack.cms.url, jwt.moderator, 'GET', `/api/consultations/comments/${commentId}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((a: any) => a.name)).toEqual(['gop-y-1.pdf', 'gop-y-2.pdf']);
    const file = await withToken(jwt.moderator, `/api/consultations/comments/${commentId}/attachments/0`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="gop-y-1.pdf"');
    expect(file.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(await file.text()).toBe(polyglot);
  });

  it('refuses everyone else: anonymous, the site token, an editor', async () => {
    for (const token of [null, stack.cms.tokens.site, stack.cms.tokens.importer, jwt.editor]) {
      const r = await withToken(token, `/api/consultations/comments/${commentId}/attachments/0`);
      expect(r.status).toBe(401);
      expect(await r.text()).not.toContain('%PDF');
    }
    // The comment's private file list never reaches the content API either.
    const viaApi = await withToken(stack.cms.tokens.importer, `/api/public-comments/${commentId}?populate=*`);
    expect(await viaApi.text()).not.toMatch(/attachmentFiles|comment-attachments/);
  });

  it('the CMS serves any other /uploads file that is not an image or PDF as a sandboxed download', async () => {
    const uploads = join(stack.dataDir, 'public', 'uploads');
    writeFileSync(join(uploads, 'cu-tu-truoc.html'), '<script>alert(1)</script>');
    writeFileSync(join(uploads, 'cu-tu-truoc.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(join(uploads, 'anh.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    for (const name of ['cu-tu-truoc.html', 'cu-tu-truoc.svg']) {
      const r = await fetch(`${stack.cms.url}/uploads/${name}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-disposition')).toBe('attachment');
      expect(r.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const image = await fetch(`${stack.cms.url}/uploads/anh.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-disposition')).toBeNull();
  });
});

describe('CMS headers and public routes (M2, L7, L12)', () => {
  it('answers CORS only to its own admin origin, with credentials only there; no X-Powered-By', async () => {
    const evil = await fetch(`${stack.cms.url}/api/site-sync/version`, { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    expect(evil.headers.get('x-powered-by')).toBeNull();
    const preflight = await fetch(`${stack.cms.url}/admin/access-token`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:4321', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const own = new URL(stack.cms.url).origin;
    const admin = await fetch(`${stack.cms.url}/api/site-sync/version`, { headers: { origin: own } });
    expect(admin.headers.get('access-control-allow-origin')).toBe(own);
    expect(admin.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('has public self-registration off: no sign-up, log-in or password route', async () => {
    for (const path of ['/api/auth/local/register', '/api/auth/forgot-password', '/api/auth/local', '/api/connect/github']) {
      const r = await fetch(`${stack.cms.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'ke-la', email: 'ke-la@example.vn', password: 'Mat-khau-2026-x' }),
      });
      expect(r.status, path).toBe(404);
      expect(await r.text()).not.toMatch(/ValidationError|jwt|user/i);
    }
    const advanced = await adminCall(stack.cms.url, adminJwt, 'GET', '/users-permissions/advanced');
    expect(advanced.body.settings.allow_register).toBe(false);
  });
});

describe('roles and citizens’ data (L8)', () => {
  const COMMENTS = '/content-manager/collection-types/api::public-comment.public-comment';
  const QUESTIONS = '/content-manager/collection-types/api::question.question';
  let questionId: string;

  beforeAll(async () => {
    const created = await adminCall(stack.cms.url, adminJwt, 'POST', QUESTIONS, {
      name: 'Lê Thị Hỏi',
      email: 'hoi@example.vn',
      phone: '0912 000 111',
      subject: 'Hỏi về thủ tục',
      body: 'Xin hỏi thủ tục cấp bản sao?',
    });
    expect(created.status, JSON.stringify(created.body)).toBeLessThan(300);
    questionId = created.body.data.documentId;
  });

  it('editors read what citizens said, not their e-mail or phone; moderators read both', async () => {
    await storeComment({ email: 'lien-he@example.vn', phone: '0987 654 321', content: 'Góp ý có liên hệ.' });
    const only = `${COMMENTS}?filters[$and][0][content][$eq]=${encodeURIComponent('Góp ý có liên hệ.')}`;
    const editor = await adminCall(stack.cms.url, jwt.editor, 'GET', only);
    expect(editor.status).toBe(200);
    expect(editor.body.results.length).toBeGreaterThan(0);
    const text = JSON.stringify(editor.body.results);
    expect(text).not.toContain('lien-he@example.vn');
    expect(text).not.toContain('0987 654 321');
    expect(editor.body.results.some((c: any) => c.content === 'Góp ý có liên hệ.')).toBe(true);
    const moderator = await adminCall(stack.cms.url, jwt.moderator, 'GET', only);
    expect(JSON.stringify(moderator.body.results)).toContain('lien-he@example.vn');
    // The export carries contact details: moderators only.
    expect((await adminCall(stack.cms.url, jwt.editor, 'GET', `/api/consultations/${OPEN}/comments/export?format=csv`)).status).toBe(401);
    expect((await adminCall(stack.cms.url, jwt.moderator, 'GET', `/api/consultations/${OPEN}/comments/export?format=csv`)).status).toBe(200);
  });

  it('editors cannot see questions at all; the Q&A desk reads them and archives, nobody but the super admin deletes', async () => {
    expect((await adminCall(stack.cms.url, jwt.editor, 'GET', QUESTIONS)).status).toBe(403);
    expect((await adminCall(stack.cms.url, jwt.editor, 'DELETE', `${QUESTIONS}/${questionId}`)).status).toBe(403);
    const qa = await adminCall(stack.cms.url, jwt.qa, 'GET', `${QUESTIONS}/${questionId}`);
    expect(qa.status).toBe(200);
    expect(qa.body.data.email).toBe('hoi@example.vn');
    const archived = await adminCall(stack.cms.url, jwt.qa, 'PUT', `${QUESTIONS}/${questionId}`, { archived: true });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect(archived.body.data.archived).toBe(true);
    expect((await adminCall(stack.cms.url, jwt.qa, 'DELETE', `${QUESTIONS}/${questionId}`)).status).toBe(403);
    // Still there.
    expect((await adminCall(stack.cms.url, adminJwt, 'GET', `${QUESTIONS}/${questionId}`)).status).toBe(200);
  });
});

describe('unreadable request bodies answer 400, not 500 (L2)', () => {
  it('a truncated multipart body', async () => {
    const boundary = 'cong-bien-gioi';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut here`;
    const r = await withToken(stack.cms.tokens.comments, `/api/consultations/${OPEN}/comments`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as any).error.message).toMatch(/không đọc được/);
  });

  it.each([
    ['gzip announced, plain body', { 'content-encoding': 'gzip' }, '{"items":[]}'],
    ['an unknown encoding', { 'content-encoding': 'br2' }, '{"items":[]}'],
    ['gzip cut short', { 'content-encoding': 'gzip' }, gzipSync('{"items":[]}').subarray(0, 12)],
  ])('%s', async (_what, headers, body) => {
    const r = await withToken(stack.cms.tokens.comments, '/api/consultations/comments/batch', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});

describe('production start-up (L5, L6)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start with key1,key2… or another example secret, saying which and how to fix it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cong-secrets-'));
    dirs.push(dataDir);
    const start = startCms({ port: await freePort(), dataDir, quiet: true, env: { NODE_ENV: 'production', APP_KEYS: 'key1,key2,key3,key4', JWT_SECRET: 'tobemodified' } });
    await expect(start).rejects.toThrow(/exited with code [1-9][\s\S]*Refusing to start in production[\s\S]*APP_KEYS holds the example value "key1"[\s\S]*JWT_SECRET[\s\S]*openssl rand/);
  }, 120_000);

  it('writes a generated first-admin password to its file, never to the log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cong-admin-'));
    dirs.push(dataDir);
    const cms = await startCms({ port: await freePort(), dataDir, quiet: true });
    try {
      expect(existsSync(cms.adminPasswordFile)).toBe(true);
      const [email, password] = readFileSync(cms.adminPasswordFile, 'utf8').split('\n');
      expect(password!.length).toBeGreaterThan(12);
      expect(cms.logs()).not.toContain(password);
      expect(cms.logs()).toContain(cms.adminPasswordFile);
      await adminLogin(cms.url, email!, password!);
    } finally {
      await cms.stop();
    }
  }, 120_000);

  it('behind the HTTPS proxy: admin cookies Secure and HttpOnly, CORS for the admin host only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cong-https-'));
    dirs.push(dataDir);
    const admin = { adminEmail: 'quantri-https@cong.test', adminPassword: 'Kiem-thu-2026-Https' };
    const cms = await startCms({ port: await freePort(), dataDir, quiet: true, ...admin, env: { CMS_PUBLIC_URL: 'https://cms.songhong.test', CMS_BEHIND_PROXY: 'true' } });
    try {
      const login = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ email: admin.adminEmail, password: admin.adminPassword, rememberMe: true }),
      });
      expect(login.status).toBe(200);
      const cookies = login.headers.getSetCookie().filter((c) => c.startsWith('strapi_admin_refresh='));
      expect(cookies.length).toBeGreaterThan(0);
      for (const cookie of cookies) {
        expect(cookie).toMatch(/; secure/i);
        expect(cookie).toMatch(/; httponly/i);
      }
      const own = await fetch(`${cms.url}/api/site-sync/version`, { headers: { origin: 'https://cms.songhong.test' } });
      expect(own.headers.get('access-control-allow-origin')).toBe('https://cms.songhong.test');
      const local = await fetch(`${cms.url}/api/site-sync/version`, { headers: { origin: new URL(cms.url).origin } });
      expect(local.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await cms.stop();
    }
  }, 120_000);
});

describe('an install from before these rules, restarted (M4, L4)', () => {
  it('turns a read-only cong-site token into the custom one (same key) and moves public comment attachments to the private folder', async () => {
    // What an older version left: the site's token read-only, a comment's file in the public media folder.
    const tokens = await adminCall(stack.cms.url, adminJwt, 'GET', '/admin/api-tokens');
    const site = (tokens.body.data as any[]).find((t) => t.name === 'cong-site');
    const downgraded = await adminCall(stack.cms.url, adminJwt, 'PUT', `/admin/api-tokens/${site.id}`, { name: 'cong-site', type: 'read-only', permissions: null });
    expect(downgraded.status, JSON.stringify(downgraded.body)).toBe(200);
    expect((await withToken(stack.cms.tokens.site, '/api/public-comments')).status).toBe(200);

    const form = new FormData();
    form.append('files', new Blob(['%PDF-1.4\nCCCD Nguyễn Văn A\n%%EOF\n'], { type: 'application/pdf' }), 'CCCD_Nguyen_Van_A.pdf');
    const uploaded = await withToken(stack.cms.tokens.importer, '/api/upload', { method: 'POST', body: form });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const [file] = (await uploaded.json()) as any[];
    const commentId = await storeComment({ content: 'Góp ý kèm tệp từ phiên bản cũ.', moderationStatus: 'pending', attachments: [file.id] });
    expect((await fetch(`${stack.cms.url}${file.url}`)).status).toBe(200);

    const keyBefore = stack.cms.tokens.site;
    await stack.restartCms();

    expect(stack.cms.tokens.site).toBe(keyBefore);
    expect((await withToken(stack.cms.tokens.site, '/api/public-comments')).status).toBe(403);
    expect((await withToken(stack.cms.tokens.site, '/api/consultations')).status).toBe(200);
    const admin = await adminLogin(stack.cms.url, MODERATION_ADMIN.adminEmail, MODERATION_ADMIN.adminPassword);
    const after = await adminCall(stack.cms.url, admin, 'GET', '/admin/api-tokens');
    expect((after.body.data as any[]).find((t) => t.name === 'cong-site').type).toBe('custom');

    expect((await fetch(`${stack.cms.url}${file.url}`)).status).toBe(404);
    expect(existsSync(join(stack.dataDir, 'public', file.url))).toBe(false);
    const moderator = await adminLogin(stack.cms.url, USERS.moderator.email, USERS.moderator.password);
    const list = await adminCall(stack.cms.url, moderator, 'GET', `/api/consultations/comments/${commentId}/attachments`);
    expect(list.body.data).toEqual([{ index: 0, name: 'gop-y-1.pdf', mime: 'application/pdf', size: expect.any(Number) }]);
    const download = await withToken(moderator, `/api/consultations/comments/${commentId}/attachments/0`);
    expect(await download.text()).toContain('CCCD Nguyễn Văn A');
  }, 180_000);
});
