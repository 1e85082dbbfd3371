import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { DOCUMENT_TYPES } from '@cong/content';
import { ARTICLE, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_DOCUMENT, LEGAL_FIELD, PAGE_RATING_TOTAL, PORTAL_UIDS, QUESTION, SIGNER } from './uids';
import { ensureCommentToken } from './consultation-provisioning';

/**
 * What a fresh install needs before anyone logs in: the document-type catalogue, the editor and approver
 * roles, the first administrator and the API tokens the site and the importer use. Each step is idempotent,
 * so every boot runs them all.
 */

export async function provisionDocumentTypes(strapi: Core.Strapi): Promise<void> {
  for (const type of DOCUMENT_TYPES) {
    const existing = await strapi.db.query(DOCUMENT_TYPE).findOne({ where: { slug: type.slug } });
    if (existing) continue;
    await strapi.documents(DOCUMENT_TYPE as any).create({
      data: { name: type.name, slug: type.slug, abbreviation: type.abbreviation ?? null, normative: type.normative, order: type.order },
    });
  }
}

const EDITOR_ROLE = { code: 'cong-editor', name: 'Biên tập viên', description: 'Soạn và cập nhật văn bản; không tự xuất bản.' };
const QA_ROLE = { code: 'cong-qa', name: 'Cán bộ trả lời hỏi đáp', description: 'Trả lời câu hỏi của người dân, chọn câu trả lời công khai.' };
const APPROVER_ROLE = { code: 'cong-approver', name: 'Người duyệt', description: 'Duyệt và xuất bản, gỡ xuất bản văn bản.' };

/** Editors draft, approvers publish: the separation of duties an agency's publishing rules ask for. */
export async function provisionRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.service('admin::role') as any;
  const uids = [LEGAL_DOCUMENT, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_FIELD, SIGNER, ...PORTAL_UIDS];
  const fieldsOf = (uid: string) => Object.keys((strapi.contentType(uid as any) as any).attributes);
  const editing = ['create', 'read', 'update', 'delete'].flatMap((verb) =>
    uids.map((uid) => ({
      action: `plugin::content-manager.explorer.${verb}`,
      subject: uid,
      properties: verb === 'delete' ? {} : { fields: fieldsOf(uid) },
      conditions: [],
    })),
  );
  const media = ['read', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map((verb) => ({
    action: `plugin::upload.${verb}`,
    subject: null,
    properties: {},
    conditions: [],
  }));
  // Satisfaction totals are for reading: the site writes them, nobody edits them.
  const ratings = [{ action: 'plugin::content-manager.explorer.read', subject: PAGE_RATING_TOTAL, properties: { fields: fieldsOf(PAGE_RATING_TOTAL) }, conditions: [] }];
  const publishing = [LEGAL_DOCUMENT, ARTICLE].map((subject) => ({ action: 'plugin::content-manager.explorer.publish', subject, properties: {}, conditions: [] }));
  // Q&A staff read and answer questions and nothing else; they cannot delete what a citizen sent.
  const answering = ['read', 'update'].map((verb) => ({
    action: `plugin::content-manager.explorer.${verb}`,
    subject: QUESTION,
    properties: { fields: fieldsOf(QUESTION) },
    conditions: [],
  }));
  for (const [role, permissions] of [
    [QA_ROLE, answering],
    [EDITOR_ROLE, [...editing, ...media, ...ratings]],
    [APPROVER_ROLE, [...editing, ...media, ...ratings, ...publishing]],
  ] as const) {
    let existing = await strapi.db.query('admin::role').findOne({ where: { code: role.code } });
    if (!existing) existing = await roleService.create(role);
    await roleService.assignPermissions(existing.id, permissions);
  }
}

/**
 * The first administrator comes from CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD; without a password one is
 * generated and written to CMS_ADMIN_PASSWORD_FILE for the start script to print once.
 */
export async function provisionFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const userService = strapi.service('admin::user') as any;
  if (await userService.exists()) return;
  const email = process.env.CMS_ADMIN_EMAIL || 'admin@cong.local';
  let password = process.env.CMS_ADMIN_PASSWORD;
  if (!password) {
    password = `Cong-${randomBytes(9).toString('base64url')}1a`;
    const file = process.env.CMS_ADMIN_PASSWORD_FILE;
    if (file) writePrivate(file, `${email}\n${password}\n`);
    else strapi.log.warn(`Tạo quản trị viên đầu tiên ${email} với mật khẩu: ${password}`);
  }
  const superAdmin = await (strapi.service('admin::role') as any).getSuperAdmin();
  await userService.create({
    email,
    firstname: 'Quản trị',
    lastname: 'Cổng',
    password,
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  strapi.log.info(`First administrator created: ${email}`);
}

/**
 * Three content-API tokens: `cong-site` (read-only; the public site reads with it, server-side),
 * `cong-importer` (full access; the importer writes through the CMS with it) and `cong-public-input` (custom:
 * only POST /api/question-desk/submit and /api/rating-desk/rate: the site files citizens' questions and ratings). Their plaintext is written to
 * CMS_TOKEN_FILE so the start script can hand them to the site and the importer without anyone copying keys.
 */
export async function provisionApiTokens(strapi: Core.Strapi): Promise<void> {
  const file = process.env.CMS_TOKEN_FILE;
  if (!file) return;
  const tokens = strapi.service('admin::api-token-content-api') as any;
  const ensure = async (name: string, type: 'read-only' | 'full-access' | 'custom', description: string, permissions?: string[]) => {
    const found = await tokens.getByName(name, { includeDecryptedKey: true });
    if (found?.accessKey) return found.accessKey as string;
    if (found) await tokens.revoke(found.id);
    const created = await tokens.create({ name, type, description, lifespan: null, ...(permissions ? { permissions } : {}) });
    return created.accessKey as string;
  };
  const site = await ensure('cong-site', 'read-only', 'Trang công khai đọc nội dung (chỉ đọc).');
  const importer = await ensure('cong-importer', 'full-access', 'Công cụ nhập văn bản (npm run import).');
  // The site relays citizens' comments with a token that can do that and nothing else.
  const comments = await ensureCommentToken(tokens);
  // The site's other writes: a citizen's question and a page rating. Those two actions, nothing else (not even reads).
  const publicInput = await ensure('cong-public-input', 'custom', 'Trang công khai gửi câu hỏi (Hỏi đáp) và đánh giá mức độ hài lòng.', [
    'api::question-desk.question-desk.submit',
    'api::rating-desk.rating-desk.rate',
  ]);
  writePrivate(file, JSON.stringify({ site, importer, comments, publicInput }, null, 2));
}

function writePrivate(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, { mode: 0o600 });
}

/**
 * Lookups the registry rules make on every write (by number key, slug, source file, cited number) need
 * indexes that Strapi's schema does not declare; without them each write scans the table.
 * Strapi may drop indexes it does not know when it syncs the schema, so they are ensured at every boot.
 */
export async function provisionIndexes(strapi: Core.Strapi): Promise<void> {
  const indexes: Array<[name: string, table: string, column: string]> = [
    ['cong_legal_documents_number_key_idx', 'legal_documents', 'number_key'],
    ['cong_legal_documents_slug_idx', 'legal_documents', 'slug'],
    ['cong_legal_documents_source_key_idx', 'legal_documents', 'source_key'],
    ['cong_legal_relations_target_key_idx', 'components_legal_relations', 'target_number_key'],
  ];
  for (const [name, table, column] of indexes) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${column})`);
  }
}
