import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { DOCUMENT_TYPES } from '@cong/content';
import { ARTICLE, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_DOCUMENT, LEGAL_FIELD, PAGE_RATING_TOTAL, PORTAL_UIDS, QUESTION, SIGNER } from '../model/uids';
import { ensureCommentToken } from './consultation-provisioning';
import { searchOnlyKey } from '../services/search/search-key';
import { cmsEnv } from '../env';

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
  // Citizens' questions (name, e-mail, phone) are the Q&A desk's alone: editors and approvers have no access to them.
  const uids = [LEGAL_DOCUMENT, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_FIELD, SIGNER, ...PORTAL_UIDS.filter((uid) => uid !== QUESTION)];
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
  // Q&A staff read and answer questions and nothing else; they archive (`archived`) what is done and cannot delete
  // what a citizen sent: only the super admin can.
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
 * The first administrator comes from CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD; without a password one is generated
 * and written to CMS_ADMIN_PASSWORD_FILE (0600; docker-compose puts it on the CMS's secrets volume) for whoever
 * installs to read once. The password never goes to the log: container logs are read by more people than the
 * secrets volume. Without either, the CMS refuses to create the account and says what to set.
 */
export async function provisionFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const userService = strapi.service('admin::user') as any;
  if (await userService.exists()) return;
  const env = cmsEnv();
  const email = env.CMS_ADMIN_EMAIL;
  let password = env.CMS_ADMIN_PASSWORD;
  if (!password) {
    const file = env.CMS_ADMIN_PASSWORD_FILE;
    if (!file) {
      throw new Error('No first administrator yet: set CMS_ADMIN_PASSWORD, or CMS_ADMIN_PASSWORD_FILE (a path the CMS writes a generated password to).');
    }
    password = `Cong-${randomBytes(9).toString('base64url')}1a`;
    writePrivate(file, `${email}\n${password}\n`);
    strapi.log.warn(`First administrator ${email}: the generated password is in ${file} (readable by the CMS's user only).`);
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
 * What the public site reads, and nothing more: `find`/`findOne` of the public content types (and of the types their
 * relations populate), the approved comments of a draft and the public side of Hỏi đáp, both through routes that
 * apply the publication rule themselves. Not in the list, so never readable with the site's token: comments
 * (pending, rejected, spam, anonymous names), questions, page ratings, users, the upload list. Unpublished
 * versions (`status=draft`) are refused to every token but full access (document-middlewares/token-scope.ts).
 */
export const SITE_READ_ACTIONS = [
  ...[
    'legal-document', 'document-type', 'issuing-body', 'legal-field', 'signer', 'consultation',
    'unit', 'official', 'article', 'schedule-entry', 'public-service', 'project', 'statistic-report', 'related-link',
  ].flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
  'api::agency-profile.agency-profile.find',
  'api::consultation.consultation.approvedComments',
  'api::question-desk.question-desk.answers',
  'api::question-desk.question-desk.lookup',
  // What changed, to invalidate precisely (cms/src/services/change-feed/change-log.ts).
  'api::site-sync.site-sync.changes',
];

type TokenType = 'read-only' | 'full-access' | 'custom';

/**
 * The content-API tokens: `cong-site` (custom, SITE_READ_ACTIONS: the site reads with it, server-side),
 * `cong-importer` (full access; the importer writes through the CMS with it), `cong-site-comments` (only comment
 * submission) and `cong-public-input` (only POST /api/question-desk/submit and /api/rating-desk/rate). A token
 * that exists with another type or other actions (an older install) is brought to these, keeping its key.
 * Their plaintext goes to CMS_TOKEN_FILE (all of them: `npm start` and the importer read it), and the site's
 * three, with the search-only Meilisearch key, to CMS_SITE_TOKEN_FILE: the only file the site's container sees.
 */
export async function provisionApiTokens(strapi: Core.Strapi): Promise<void> {
  const { CMS_TOKEN_FILE: file, CMS_SITE_TOKEN_FILE: siteFile } = cmsEnv();
  if (!file && !siteFile) return;
  const tokens = strapi.service('admin::api-token-content-api') as any;
  const ensure = async (name: string, type: TokenType, description: string, permissions?: string[]) => {
    const found = await tokens.getByName(name, { includeDecryptedKey: true });
    if (found?.accessKey) {
      const actions = (found.permissions ?? []).map((p: any) => (typeof p === 'string' ? p : p.action)).sort();
      const wanted = [...(permissions ?? [])].sort();
      if (found.type !== type || JSON.stringify(actions) !== JSON.stringify(wanted)) {
        await tokens.update(found.id, { type, ...(type === 'custom' ? { permissions } : {}) });
        strapi.log.info(`API token ${name}: now ${type}${type === 'custom' ? ` (${wanted.length} actions)` : ''}`);
      }
      return found.accessKey as string;
    }
    if (found) await tokens.revoke(found.id);
    const created = await tokens.create({ name, type, description, lifespan: null, ...(permissions ? { permissions } : {}) });
    return created.accessKey as string;
  };
  const site = await ensure('cong-site', 'custom', 'Trang công khai đọc nội dung đã xuất bản (chỉ các thao tác đọc trang cần).', SITE_READ_ACTIONS);
  const importer = await ensure('cong-importer', 'full-access', 'Công cụ nhập văn bản (npm run import).');
  // The site relays citizens' comments with a token that can do that and nothing else.
  const comments = await ensureCommentToken(tokens);
  // The site's other writes: a citizen's question and a page rating. Those two actions, nothing else (not even reads).
  const publicInput = await ensure('cong-public-input', 'custom', 'Trang công khai gửi câu hỏi (Hỏi đáp) và đánh giá mức độ hài lòng.', [
    'api::question-desk.question-desk.submit',
    'api::rating-desk.rating-desk.rate',
  ]);
  const searchKey = await searchOnlyKey(strapi);
  if (file) writePrivate(file, JSON.stringify({ site, importer, comments, publicInput }, null, 2));
  if (siteFile) writePrivate(siteFile, JSON.stringify({ site, comments, publicInput, ...(searchKey ? { searchKey } : {}) }, null, 2));
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
