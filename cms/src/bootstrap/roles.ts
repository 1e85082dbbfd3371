import type { Core, UID } from '@strapi/strapi';
import { adminRoleService, type AdminPermission } from '../strapi-internals/admin-services';
import { ARTICLE, CONSULTATION, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_DOCUMENT, LEGAL_FIELD, PAGE_RATING_TOTAL, PORTAL_UIDS, PUBLIC_COMMENT, QUESTION, SIGNER } from '../model/uids';

/**
 * The admin roles, ensured at every start: editors draft, approvers publish, the Q&A desk answers questions,
 * moderators decide on comments. Who may read citizens' contact data is decided here.
 */
const EDITOR_ROLE = { code: 'cong-editor', name: 'Biên tập viên', description: 'Soạn và cập nhật văn bản; không tự xuất bản.' };
const QA_ROLE = { code: 'cong-qa', name: 'Cán bộ trả lời hỏi đáp', description: 'Trả lời câu hỏi của người dân, chọn câu trả lời công khai.' };
const APPROVER_ROLE = { code: 'cong-approver', name: 'Người duyệt', description: 'Duyệt và xuất bản, gỡ xuất bản văn bản.' };

/** Editors draft, approvers publish: the separation of duties an agency's publishing rules ask for. */
export async function provisionRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = adminRoleService(strapi);
  // Citizens' questions (name, e-mail, phone) are the Q&A desk's alone: editors and approvers have no access to them.
  const uids: UID.ContentType[] = [LEGAL_DOCUMENT, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_FIELD, SIGNER, ...PORTAL_UIDS.filter((uid) => uid !== QUESTION)];
  const fieldsOf = (uid: UID.ContentType) => Object.keys(strapi.contentType(uid).attributes);
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
 * Roles and the token of the consultation module. Editors draft consultations, approvers publish them (the
 * same separation as for the registry), moderators (`cong-moderator`) read drafts and decide on comments:
 * they may change a comment's moderation fields only, and can publish nothing.
 */
export const MODERATOR_ROLE = { code: 'cong-moderator', name: 'Người kiểm duyệt góp ý', description: 'Duyệt, từ chối hoặc đánh dấu thư rác các góp ý dự thảo; xuất danh sách góp ý.' };

const MODERATION_FIELDS = ['moderationStatus', 'rejectionReason'];

/** What identifies or reaches a commenter, or fingerprints them: for moderators only (data minimisation, Luật BVDLCN). */
export const COMMENTER_PRIVATE_FIELDS = ['email', 'phone', 'ipHash', 'contentHash', 'idempotencyKey', 'attachments', 'attachmentFiles', 'ackPending', 'noticePending'];

export async function provisionConsultationRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = adminRoleService(strapi);
  const fieldsOf = (uid: UID.ContentType) => Object.keys(strapi.contentType(uid).attributes);
  const permission = (action: string, subject: string | null, fields?: string[]) => ({
    action,
    subject,
    properties: fields ? { fields } : {},
    conditions: [],
  });
  const editing = ['create', 'read', 'update', 'delete'].map((verb) =>
    permission(`plugin::content-manager.explorer.${verb}`, CONSULTATION, verb === 'delete' ? undefined : fieldsOf(CONSULTATION)),
  );
  const readComments = permission('plugin::content-manager.explorer.read', PUBLIC_COMMENT, fieldsOf(PUBLIC_COMMENT));
  // Editors and approvers read what citizens said (to revise the draft), not how to reach them.
  const readCommentText = permission('plugin::content-manager.explorer.read', PUBLIC_COMMENT, fieldsOf(PUBLIC_COMMENT).filter((f) => !COMMENTER_PRIVATE_FIELDS.includes(f)));
  const moderate = permission('plugin::content-manager.explorer.update', PUBLIC_COMMENT, MODERATION_FIELDS);
  const publish = permission('plugin::content-manager.explorer.publish', CONSULTATION);
  const readDrafts = permission('plugin::content-manager.explorer.read', CONSULTATION, fieldsOf(CONSULTATION));

  // Editor and approver keep their registry permissions; the consultation ones are added beside them.
  for (const [code, extra] of [
    ['cong-editor', [...editing, readCommentText]],
    ['cong-approver', [...editing, publish, readCommentText]],
  ] as const) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue;
    const current: AdminPermission[] = await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id } } });
    const kept = current
      .filter((p) => p.subject !== CONSULTATION && p.subject !== PUBLIC_COMMENT)
      .map((p) => ({ action: p.action, subject: p.subject, properties: p.properties ?? {}, conditions: p.conditions ?? [] }));
    await roleService.assignPermissions(role.id, [...kept, ...extra]);
  }

  let moderator = await strapi.db.query('admin::role').findOne({ where: { code: MODERATOR_ROLE.code } });
  if (!moderator) moderator = await roleService.create(MODERATOR_ROLE);
  await roleService.assignPermissions(moderator.id, [readDrafts, readComments, moderate]);
}
