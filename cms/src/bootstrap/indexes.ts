import type { Core } from '@strapi/strapi';

/**
 * Lookups made on every write or submission need indexes that Strapi's schema does not declare; without them each
 * one scans its table. `columns` as in SQL ("a, b" for a compound index).
 */
const INDEXES: Array<[name: string, table: string, columns: string]> = [
  // The registry rules, on every write: by number key, slug, source file, cited number.
  ['cong_legal_documents_number_key_idx', 'legal_documents', 'number_key'],
  ['cong_legal_documents_slug_idx', 'legal_documents', 'slug'],
  ['cong_legal_documents_source_key_idx', 'legal_documents', 'source_key'],
  ['cong_legal_relations_target_key_idx', 'components_legal_relations', 'target_number_key'],
  // The comment endpoint, on every submission: by idempotency key, content hash and receipt.
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

/** Strapi may drop indexes it does not know when it syncs the schema, so they are ensured at every boot. */
export async function provisionIndexes(strapi: Core.Strapi): Promise<void> {
  for (const [name, table, columns] of INDEXES) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})`);
  }
  // A receipt code names one comment: citizens quote it, staff look it up (services/comments/intake.ts checks before use).
  await strapi.db.connection.raw('CREATE UNIQUE INDEX IF NOT EXISTS cong_public_comments_receipt_idx ON public_comments (receipt)');
}
