import type { Core } from '@strapi/strapi';
import { CONSULTATION, PUBLIC_COMMENT } from '../model/uids';

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
  const roleService = strapi.service('admin::role') as any;
  const fieldsOf = (uid: string) => Object.keys((strapi.contentType(uid as any) as any).attributes);
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
    const current = await strapi.db.query('admin::permission').findMany({ where: { role: { id: role.id } } });
    const kept = current
      .filter((p: any) => p.subject !== CONSULTATION && p.subject !== PUBLIC_COMMENT)
      .map((p: any) => ({ action: p.action, subject: p.subject, properties: p.properties ?? {}, conditions: p.conditions ?? [] }));
    await roleService.assignPermissions(role.id, [...kept, ...extra]);
  }

  let moderator = await strapi.db.query('admin::role').findOne({ where: { code: MODERATOR_ROLE.code } });
  if (!moderator) moderator = await roleService.create(MODERATOR_ROLE);
  await roleService.assignPermissions(moderator.id, [readDrafts, readComments, moderate]);
}

const COMMENT_TOKEN = 'cong-site-comments';
const SUBMIT_ACTION = 'api::consultation.consultation.submitComment';

/** A custom API token allowed to submit comments and nothing else; its plaintext goes to CMS_TOKEN_FILE. */
export async function ensureCommentToken(tokens: any): Promise<string> {
  const found = await tokens.getByName(COMMENT_TOKEN, { includeDecryptedKey: true });
  if (found?.accessKey) return found.accessKey as string;
  if (found) await tokens.revoke(found.id);
  const created = await tokens.create({
    name: COMMENT_TOKEN,
    type: 'custom',
    description: 'Trang công khai chuyển góp ý của người dân tới CMS (chỉ gửi góp ý).',
    lifespan: null,
    permissions: [SUBMIT_ACTION],
  });
  return created.accessKey as string;
}

/** The comment endpoint looks comments up by idempotency key, content hash and receipt on every submission. */
export async function provisionConsultationIndexes(strapi: Core.Strapi): Promise<void> {
  const indexes: Array<[name: string, table: string, columns: string]> = [
    ['cong_public_comments_idem_idx', 'public_comments', 'consultation_id, idempotency_key'],
    ['cong_public_comments_hash_idx', 'public_comments', 'content_hash'],
    ['cong_public_comments_queue_idx', 'public_comments', 'consultation_id, moderation_status'],
    ['cong_consultations_slug_idx', 'consultations', 'slug'],
    // The mail outbox looks for mails that wait, by state and due time; the day's acknowledgement by its key;
    // staff find a mail by the code it is about (services/mail/outbox.ts, acknowledgement-quota.ts).
    ['cong_mail_outbox_due_idx', 'mail_outbox', 'state, next_attempt_at'],
    ['cong_mail_outbox_ack_idx', 'mail_outbox', 'ack_key'],
    ['cong_mail_outbox_reference_idx', 'mail_outbox', 'reference'],
  ];
  for (const [name, table, columns] of indexes) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})`);
  }
  // A receipt code names one comment: citizens quote it, staff look it up (services/comments/intake.ts checks before use).
  await strapi.db.connection.raw('CREATE UNIQUE INDEX IF NOT EXISTS cong_public_comments_receipt_idx ON public_comments (receipt)');
}
