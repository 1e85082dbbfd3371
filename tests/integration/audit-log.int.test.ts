import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCms, type RunningCms } from '../../scripts/lib/services.ts';
import { postgresForTests } from '../setup/postgres.ts';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { loadDemoConsultations } from '../../scripts/lib/demo.ts';
import { describeOnEachDatabase } from '../support/cms-api.ts';
import { adminCall, adminLogin } from '../support/consultation-stack.ts';

/**
 * The audit log through the real CMS on SQLite and PostgreSQL: editorial actions in the admin API, a moderation
 * decision, users, roles and tokens, an import; each entry says who, from where and which fields changed; the log
 * cannot be changed by anyone; filters and the CSV export; only super admins and auditors may read it.
 */
const LEGAL_DOCUMENT = 'api::legal-document.legal-document';
const ARTICLE = 'api::article.article';
const COMMENT = 'api::public-comment.public-comment';
const LOCAL_ADDRESS = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

type Entry = {
  id: number;
  time: string;
  action: string;
  actionLabel: string;
  contentType: string | null;
  itemId: string | null;
  title: string | null;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  address: string | null;
  changes: { field: string; old?: string | null; new?: string | null; withheld?: true }[] | null;
  summary: string | null;
};

/** An admin user with one role and a password, as an administrator creates one in Settings → Users. */
async function createAdmin(cmsUrl: string, jwt: string, roleCode: string, email: string, password: string): Promise<void> {
  const roles = (await adminCall(cmsUrl, jwt, 'GET', '/admin/roles')).body.data as any[];
  const role = roles.find((r) => r.code === roleCode);
  if (!role) throw new Error(`role ${roleCode} is missing`);
  const created = await adminCall(cmsUrl, jwt, 'POST', '/admin/users', { email, firstname: 'Người', lastname: 'Thử', roles: [role.id] });
  if (created.status >= 300) throw new Error(`creating ${email} failed: ${created.status} ${JSON.stringify(created.body)}`);
  const registered = await fetch(`${cmsUrl}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken: created.body.data.registrationToken, userInfo: { firstname: 'Người', lastname: 'Thử', password } }),
  });
  if (!registered.ok) throw new Error(`registering ${email} failed: ${registered.status} ${await registered.text()}`);
}

describeOnEachDatabase('audit log on %s', (cms, target, database) => {
  const run = `${database}-${Date.now().toString(36)}`;
  let jwt: string;
  const admin = (method: string, path: string, body?: unknown) => adminCall(target.url, jwt, method, path, body);
  const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;
  async function entries(query: Record<string, string>): Promise<Entry[]> {
    const answer = await admin('GET', `/api/audit-log?${new URLSearchParams({ pageSize: '100', ...query })}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.entries;
  }
  const byAdmin = (entry: Entry) => {
    expect(entry.actorKind).toBe('admin');
    expect(entry.actorName).toContain(target.adminEmail);
    expect(entry.address).toMatch(LOCAL_ADDRESS);
  };

  beforeAll(async () => {
    jwt = await adminLogin(target.url, target.adminEmail, target.adminPassword);
    await loadDemoConsultations(target.url, target.importerToken);
  });

  it('records create, update, publish, unpublish and delete of a legal document and an article in the admin', async () => {
    const type = (await cms.rest('GET', '/document-types?filters[slug][$eq]=quyet-dinh')).body.data[0];
    const issuer = await admin('POST', cm('api::issuing-body.issuing-body'), { name: `Sở Kiểm thử Nhật ký ${run}` });
    expect(issuer.status, JSON.stringify(issuer.body)).toBe(201);
    const number = `${Math.floor(Math.random() * 900) + 100}/2026/QĐ-UBND`;
    const created = await admin('POST', cm(LEGAL_DOCUMENT), {
      title: 'Quyết định về nhật ký thao tác',
      number,
      issuedDate: '2026-12-01',
      effectiveDate: '2026-12-15',
      documentType: { connect: [{ documentId: type.documentId }] },
      issuingBody: { connect: [{ documentId: issuer.body.data.documentId }] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.documentId as string;
    expect((await admin('PUT', cm(LEGAL_DOCUMENT, `/${id}`), { title: 'Quyết định về nhật ký thao tác (sửa đổi)' })).status).toBe(200);
    expect((await cms.publish(id)).status).toBe(200);
    expect((await cms.unpublish(id)).status).toBe(200);
    expect((await admin('DELETE', cm(LEGAL_DOCUMENT, `/${id}`))).status).toBe(200);

    const log = (await entries({ q: id })).reverse();
    expect(log.map((e) => e.action)).toEqual(['create', 'update', 'publish', 'unpublish', 'delete']);
    log.forEach(byAdmin);
    expect(log.every((e) => e.contentType === LEGAL_DOCUMENT && e.itemId === id)).toBe(true);
    const [create, update, publish, , remove] = log;
    expect(create!.changes).toEqual(
      expect.arrayContaining([
        { field: 'number', old: null, new: number },
        { field: 'issuingBody', old: null, new: `Sở Kiểm thử Nhật ký ${run}` },
      ]),
    );
    expect(update!.changes).toContainEqual({ field: 'title', old: 'Quyết định về nhật ký thao tác', new: 'Quyết định về nhật ký thao tác (sửa đổi)' });
    expect(update!.changes!.map((c) => c.field)).not.toContain('number');
    expect(publish!.changes).toContainEqual({ field: 'title', old: null, new: 'Quyết định về nhật ký thao tác (sửa đổi)' });
    expect(remove!.changes).toContainEqual({ field: 'number', old: number, new: null });
    expect(remove!.title).toBe('Quyết định về nhật ký thao tác (sửa đổi)');
    expect(log[0]!.time).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

    // The issuing body created on the way is logged too, as its own content type.
    const [issuerEntry] = await entries({ q: issuer.body.data.documentId });
    expect(issuerEntry).toMatchObject({ action: 'create', contentType: 'api::issuing-body.issuing-body' });

    const article = await admin('POST', cm(ARTICLE), { title: `Tin nhật ký ${run}`, section: 'tin-tuc', summary: 'Bản đầu.', body: 'Nội dung.' });
    expect(article.status, JSON.stringify(article.body)).toBe(201);
    const articleId = article.body.data.documentId as string;
    expect((await admin('PUT', cm(ARTICLE, `/${articleId}`), { summary: 'Bản sửa.' })).status).toBe(200);
    expect((await cms.publish(articleId, ARTICLE)).status).toBe(200);
    expect((await cms.unpublish(articleId, ARTICLE)).status).toBe(200);
    expect((await admin('DELETE', cm(ARTICLE, `/${articleId}`))).status).toBe(200);
    const articleLog = (await entries({ q: articleId })).reverse();
    expect(articleLog.map((e) => e.action)).toEqual(['create', 'update', 'publish', 'unpublish', 'delete']);
    articleLog.forEach(byAdmin);
    expect(articleLog[1]!.changes).toEqual([{ field: 'summary', old: 'Bản đầu.', new: 'Bản sửa.' }]);
  });

  it('records a write with an API token by the token’s name, and a publication made in the same call', async () => {
    const created = await cms.rest('POST', '/articles?status=published', { data: { title: `Tin qua REST ${run}`, section: 'tin-tuc', summary: 'REST.' } });
    expect(created.status).toBe(201);
    const [entry] = await entries({ q: created.body.data.documentId });
    expect(entry).toMatchObject({ action: 'create', actorKind: 'api-token', summary: 'Đồng thời xuất bản', title: `Tin qua REST ${run}` });
    expect(entry!.actorName).toMatch(/^Khoá API "/);
    expect(entry!.address).toMatch(LOCAL_ADDRESS);
  });

  it('does not log a citizen’s comment; logs its moderation with the reason, never the commenter’s e-mail', async () => {
    const email = `nguoi-gop-y-${run}@example.vn`;
    const submitted = await fetch(`${target.url}/api/consultations/${demoConsultationSlugs.open}/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.commentToken}`, 'content-type': 'application/json', 'x-cong-client-address': '198.51.100.23' },
      body: JSON.stringify({ name: 'Trần Văn Nhật Ký', email, phone: '0912 000 111', content: `Góp ý để kiểm thử nhật ký (${run}).`, consent: true, idempotencyKey: `audit-${run}` }),
    });
    expect(submitted.status).toBe(202);
    const { id } = (await submitted.json()) as { id: string };
    expect(await entries({ q: id })).toEqual([]);

    const decision = await admin('PUT', cm(COMMENT, `/${id}`), { moderationStatus: 'rejected', rejectionReason: 'off-topic', email: `doi-${email}` });
    expect(decision.status, JSON.stringify(decision.body)).toBe(200);
    const log = await entries({ q: id });
    expect(log).toHaveLength(1);
    byAdmin(log[0]!);
    expect(log[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'moderationStatus', old: 'pending', new: 'rejected' },
        { field: 'rejectionReason', old: null, new: 'off-topic' },
        { field: 'email', withheld: true },
      ]),
    );
    expect(JSON.stringify(log)).not.toContain(email);
  });

  it('records roles, their permissions, admin users and API tokens, never a secret', async () => {
    const role = await admin('POST', '/admin/roles', { name: `Vai trò nhật ký ${run}`, description: 'Kiểm thử' });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    const roleId = role.body.data.id;
    const permissions = await admin('PUT', `/admin/roles/${roleId}/permissions`, {
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: ARTICLE, properties: { fields: ['title'] }, conditions: [] }],
    });
    expect(permissions.status, JSON.stringify(permissions.body)).toBe(200);
    const only = (id: unknown) => (e: Entry) => e.itemId === String(id);
    const roleLog = (await entries({ contentType: 'admin::role', q: String(roleId) })).filter(only(roleId)).reverse();
    expect(roleLog.map((e) => e.action)).toEqual(['create', 'permissions']);
    roleLog.forEach(byAdmin);
    expect(roleLog[1]!.changes).toEqual([{ field: 'quyền thêm', old: null, new: `plugin::content-manager.explorer.read ${ARTICLE}` }]);

    const email = `nhat-ky-${run}@cong.test`;
    const user = await admin('POST', '/admin/users', { email, firstname: 'Lê', lastname: 'Thử', roles: [roleId] });
    expect(user.status, JSON.stringify(user.body)).toBe(201);
    const userId = user.body.data.id;
    expect((await admin('PUT', `/admin/users/${userId}`, { firstname: 'Lê Văn' })).status).toBe(200);
    const userLog = (await entries({ contentType: 'admin::user', q: String(userId) })).filter(only(userId)).reverse();
    expect(userLog.map((e) => e.action)).toEqual(['create', 'update']);
    userLog.forEach(byAdmin);
    expect(userLog[0]!.changes).toContainEqual({ field: 'roles', old: null, new: `Vai trò nhật ký ${run}` });
    expect(userLog[0]!.changes).toContainEqual({ field: 'registrationToken', withheld: true });
    expect(userLog[1]!.changes).toEqual([{ field: 'firstname', old: 'Lê', new: 'Lê Văn' }]);
    expect(JSON.stringify(userLog)).not.toContain(user.body.data.registrationToken);

    const token = await admin('POST', '/admin/api-tokens', { name: `khoa-nhat-ky-${run}`, type: 'read-only', lifespan: null });
    expect(token.status, JSON.stringify(token.body)).toBe(201);
    const tokenLog = (await entries({ contentType: 'admin::api-token', q: String(token.body.data.id) })).filter(only(token.body.data.id));
    expect(tokenLog.map((e) => e.action)).toEqual(['create']);
    expect(JSON.stringify(tokenLog)).not.toContain(token.body.data.accessKey);
    // A custom token's permissions: each one added or removed.
    const custom = await admin('POST', '/admin/api-tokens', { name: `khoa-rieng-${run}`, type: 'custom', lifespan: null, permissions: ['api::article.article.find'] });
    expect(custom.status, JSON.stringify(custom.body)).toBe(201);
    const customId = custom.body.data.id;
    const changed = await admin('PUT', `/admin/api-tokens/${customId}`, { permissions: ['api::article.article.findOne'] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const customLog = (await entries({ contentType: 'admin::api-token', q: String(customId) })).filter(only(customId)).reverse();
    expect(customLog.map((e) => e.action)).toEqual(['create', 'permissions', 'permissions', 'permissions']);
    expect(customLog.slice(1).map((e) => e.changes![0])).toEqual([
      { field: 'quyền thêm', old: null, new: 'api::article.article.find' },
      { field: 'quyền bỏ', old: 'api::article.article.find', new: null },
      { field: 'quyền thêm', old: null, new: 'api::article.article.findOne' },
    ]);
    customLog.forEach(byAdmin);
    // Using a token moves its "last used" time: that is nobody's action.
    await cms.rest('GET', '/articles?pagination[pageSize]=1');
    expect((await entries({ contentType: 'admin::api-token', q: String(token.body.data.id) })).filter(only(token.body.data.id))).toHaveLength(1);
  });

  it('records a file added to, described in and removed from the media library', async () => {
    const form = new FormData();
    form.append('files', new Blob(['%PDF-1.4\n% nhật ký\n'], { type: 'application/pdf' }), `van-ban-${run}.pdf`);
    const uploaded = await fetch(`${target.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${jwt}` }, body: form });
    expect(uploaded.status).toBe(201);
    const [file] = (await uploaded.json()) as { id: number; name: string }[];
    const described = new FormData();
    described.append('fileInfo', JSON.stringify({ name: file!.name, alternativeText: 'Bản PDF của văn bản' }));
    expect((await fetch(`${target.url}/upload?id=${file!.id}`, { method: 'POST', headers: { authorization: `Bearer ${jwt}` }, body: described })).status).toBe(200);
    expect((await admin('DELETE', `/upload/files/${file!.id}`)).status).toBe(200);
    const log = (await entries({ contentType: 'plugin::upload.file', q: String(file!.id) })).filter((e) => e.itemId === String(file!.id)).reverse();
    expect(log.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    log.forEach(byAdmin);
    expect(log[0]!.changes).toContainEqual({ field: 'name', old: null, new: `van-ban-${run}.pdf` });
    expect(log[1]!.changes).toEqual([{ field: 'alternativeText', old: null, new: 'Bản PDF của văn bản' }]);
    expect(log[2]!.title).toBe(`van-ban-${run}.pdf`);
  });

  it('records an import as one entry with the importer token, its counts and each record', async () => {
    const record = (n: number, extra: Record<string, unknown> = {}) => ({
      sourceKey: `nhat-ky-${run}-${n}`,
      number: `${n}/2026/QĐ-UBND`,
      type: 'Quyết định',
      issuer: `UBND xã Nhật Ký ${run}`,
      signer: null,
      signerTitle: null,
      issuedDate: '2026-11-20',
      effectiveDate: '2026-12-01',
      expiryDate: null,
      gazetteNumber: null,
      gazetteDate: null,
      title: `Quyết định nhập số ${n}`,
      fields: [],
      text: '## Điều 1.\nNội dung.',
      relations: [],
      publish: true,
      needsReview: false,
      reviewNote: null,
      ...extra,
    });
    const imported = await cms.rest('POST', '/registry/import', { records: [record(141), record(142, { title: '' })] });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const log = (await entries({ contentType: LEGAL_DOCUMENT, actor: '' })).filter((e) => e.action === 'import' && e.changes?.some((c) => c.field === '141/2026/QĐ-UBND'));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorKind: 'api-token', summary: '2 bản ghi: 1 tạo mới, 0 cập nhật, 1 lỗi (142/2026/QĐ-UBND)' });
    expect(log[0]!.actorName).toMatch(/Khoá API/);
    expect(log[0]!.address).toMatch(LOCAL_ADDRESS);
    // Re-importing updates through the document service: still one entry for the batch, none per document.
    const before = (await entries({ contentType: LEGAL_DOCUMENT })).length;
    expect((await cms.rest('POST', '/registry/import', { records: [record(141, { title: 'Quyết định nhập số 141 (sửa)' })] })).status).toBe(200);
    const after = await entries({ contentType: LEGAL_DOCUMENT });
    expect(after.length).toBe(before + 1);
    expect(after[0]).toMatchObject({ action: 'import', summary: '1 bản ghi: 0 tạo mới, 1 cập nhật, 0 lỗi' });
  });

  it('cannot be changed or deleted by anyone, the super admin included', async () => {
    const [latest] = await entries({});
    expect(latest).toBeDefined();
    // The super admin's content-manager API reads the type (hidden from its menu) and refuses to write it; behind
    // it the document-service middleware refuses too (cms/src/services/audit/audit-log.test.ts).
    const rows = await admin('GET', cm('api::audit-log.audit-entry', '?pageSize=1'));
    expect(rows.status).toBe(200);
    const documentId = rows.body.results[0].documentId as string;
    const update = await admin('PUT', cm('api::audit-log.audit-entry', `/${documentId}`), { actorName: 'Giả mạo' });
    expect(update.status).toBe(403);
    expect((await admin('DELETE', cm('api::audit-log.audit-entry', `/${documentId}`))).status).toBe(403);
    const create = await admin('POST', cm('api::audit-log.audit-entry'), { at: new Date().toISOString(), action: 'update', actorKind: 'admin', actorName: 'Giả mạo' });
    expect(create.status).toBe(403);
    const still = await admin('GET', cm('api::audit-log.audit-entry', `/${documentId}`));
    expect(still.body.data.actorName).not.toBe('Giả mạo');
    // No content-API route writes or reads it, even with the full-access token.
    for (const [method, path] of [['GET', ''], ['POST', ''], ['PUT', `/${documentId}`], ['DELETE', `/${documentId}`]] as const) {
      const answer = await fetch(`${target.url}/api/audit-entries${path}`, {
        method,
        headers: { authorization: `Bearer ${target.importerToken}`, 'content-type': 'application/json' },
        body: method === 'POST' || method === 'PUT' ? JSON.stringify({ data: { actorName: 'Giả mạo' } }) : undefined,
      });
      expect([403, 404, 405]).toContain(answer.status);
    }
    const again = await entries({});
    expect(again.find((e) => e.id === latest!.id)).toEqual(latest);
    expect(JSON.stringify(again)).not.toContain('Giả mạo');
  });

  it('filters by person, content type and Vietnamese dates; exports the same rows as CSV', async () => {
    const first = await admin('GET', '/api/audit-log?pageSize=20');
    const me = (first.body.actors as { key: string; name: string }[]).find((a) => a.name.includes(target.adminEmail));
    expect(me).toBeDefined();
    expect(first.body.contentTypes).toContainEqual({ uid: LEGAL_DOCUMENT, label: expect.any(String) });
    const mine = await entries({ actor: me!.key });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.actorName === me!.name)).toBe(true);
    const articles = await entries({ contentType: ARTICLE });
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((e) => e.contentType === ARTICLE)).toBe(true);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect((await entries({ from: today, to: today, contentType: ARTICLE })).length).toBe(articles.length);
    expect(await entries({ from: '2020-01-01', to: '2020-01-31' })).toEqual([]);
    const paged = await admin('GET', '/api/audit-log?pageSize=20&page=1');
    expect(paged.body.pagination).toMatchObject({ page: 1, pageSize: 20, total: expect.any(Number) });
    expect((await admin('GET', '/api/audit-log?from=01/12/2026')).status).toBe(400);

    const csv = await fetch(`${target.url}/api/audit-log/export?contentType=${ARTICLE}`, { headers: { authorization: `Bearer ${jwt}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="nhat-ky-thao-tac-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await csv.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Thời gian,Người thực hiện,Thao tác,Loại nội dung,Mã nội dung,Tiêu đề,Thay đổi,Địa chỉ IP');
    const total = (await admin('GET', `/api/audit-log?contentType=${ARTICLE}&pageSize=20`)).body.pagination.total;
    expect(total).toBeGreaterThanOrEqual(articles.length);
    expect(lines.length - 1).toBe(total);
    expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2},/);
    expect(text).toContain('summary: Bản đầu. → Bản sửa.');
  });

  it('answers only super admins and auditors', async () => {
    expect((await fetch(`${target.url}/api/audit-log`)).status).toBe(401);
    expect((await fetch(`${target.url}/api/audit-log/export`)).status).toBe(401);
    const withToken = await fetch(`${target.url}/api/audit-log`, { headers: { authorization: `Bearer ${target.importerToken}` } });
    expect(withToken.status).toBe(401);
    const editor = { email: `bien-tap-${run}@cong.test`, password: 'Bien-tap-2026-Cong' };
    await createAdmin(target.url, jwt, 'cong-editor', editor.email, editor.password);
    const editorJwt = await adminLogin(target.url, editor.email, editor.password);
    expect((await adminCall(target.url, editorJwt, 'GET', '/api/audit-log')).status).toBe(401);
    expect((await adminCall(target.url, editorJwt, 'GET', '/api/audit-log/export')).status).toBe(401);
    // The read right is an admin permission: super admins hold it, editors do not (so their menu has no link).
    const actionsOf = async (token: string) => ((await adminCall(target.url, token, 'GET', '/admin/users/me/permissions')).body.data as any[]).map((p) => p.action);
    expect(await actionsOf(jwt)).toContain('api::audit-log.read');
    expect(await actionsOf(editorJwt)).not.toContain('api::audit-log.read');
    // An agency may grant it to a role of its own in Settings → Roles.
    const role = await admin('POST', '/admin/roles', { name: `Thanh tra ${run}`, description: 'Đọc nhật ký' });
    expect((await admin('PUT', `/admin/roles/${role.body.data.id}/permissions`, { permissions: [{ action: 'api::audit-log.read', subject: null, properties: {}, conditions: [] }] })).status).toBe(200);
    const inspector = { email: `thanh-tra-${run}@cong.test`, password: 'Thanh-tra-2026-Cong' };
    const roles = (await admin('GET', '/admin/roles')).body.data as any[];
    const code = roles.find((r) => r.id === role.body.data.id).code;
    await createAdmin(target.url, jwt, code, inspector.email, inspector.password);
    expect((await adminCall(target.url, await adminLogin(target.url, inspector.email, inspector.password), 'GET', '/api/audit-log/export')).status).toBe(200);
    const auditor = { email: `kiem-tra-${run}@cong.test`, password: 'Kiem-tra-2026-Cong' };
    await createAdmin(target.url, jwt, 'cong-auditor', auditor.email, auditor.password);
    const auditorJwt = await adminLogin(target.url, auditor.email, auditor.password);
    const read = await adminCall(target.url, auditorJwt, 'GET', '/api/audit-log?pageSize=20');
    expect(read.status).toBe(200);
    expect(read.body.entries.length).toBeGreaterThan(0);
    // Each sign-in is in the log too, with its address.
    const login = (read.body.entries as Entry[]).find((e) => e.action === 'login' && e.actorName.includes(auditor.email));
    expect(login).toMatchObject({ actorKind: 'admin', contentType: 'admin::user', actionLabel: 'Đăng nhập' });
    expect(login!.address).toMatch(LOCAL_ADDRESS);
  });
});

/**
 * Below the CMS: the database itself refuses to change or delete an entry (its own CMS on each database, so the
 * test can reach the database directly).
 */
describe('the database keeps the audit log append-only', () => {
  const dirs: string[] = [];
  const running: RunningCms[] = [];
  let postgres: Awaited<ReturnType<typeof postgresForTests>> | null = null;
  afterAll(async () => {
    await Promise.all(running.map((cms) => cms.stop()));
    await postgres?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const start = async (databaseUrl?: string) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cong-audit-'));
    dirs.push(dataDir);
    const cms = await startCms({ port: await freePort(), dataDir, databaseUrl, quiet: true });
    running.push(cms);
    return dataDir;
  };

  it('on SQLite', async () => {
    const dataDir = await start();
    const db = new Database(join(dataDir, 'cms.db'));
    try {
      const count = () => (db.prepare('SELECT count(*) AS n FROM audit_entries').get() as { n: number }).n;
      const before = count();
      expect(before).toBeGreaterThan(0); // the start-up's own set-up (the document-type catalogue) is logged
      expect(() => db.prepare("UPDATE audit_entries SET actor_name = 'Giả mạo'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_entries').run()).toThrow(/append-only/);
      expect(count()).toBe(before);
      expect((db.prepare("SELECT count(*) AS n FROM audit_entries WHERE actor_name = 'Giả mạo'").get() as { n: number }).n).toBe(0);
    } finally {
      db.close();
    }
  });

  it('on PostgreSQL', async (context) => {
    postgres = await postgresForTests();
    if (!postgres.url) return context.skip(postgres.skipReason ?? 'no PostgreSQL');
    await start(postgres.url);
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const count = async () => Number((await client.query('SELECT count(*) AS n FROM audit_entries')).rows[0].n);
      const before = await count();
      expect(before).toBeGreaterThan(0);
      await expect(client.query("UPDATE audit_entries SET actor_name = 'Giả mạo'")).rejects.toThrow(/append-only/);
      await expect(client.query('DELETE FROM audit_entries')).rejects.toThrow(/append-only/);
      expect(await count()).toBe(before);
    } finally {
      await client.end();
    }
  });
});
