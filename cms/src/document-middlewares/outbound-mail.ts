import type { Core } from '@strapi/strapi';
import { RuleViolationError } from '../errors';
import { OUTBOUND_MAIL } from '../model/uids';

/**
 * The outbox writes its rows itself (through the query engine); through the document service — the admin's
 * "Create new entry", an edit, the REST API — nobody may write or change a mail, so the admin cannot be used to
 * send arbitrary mail from the agency's sender, and a row always says what was really sent. Deleting (to clear
 * old rows) stays possible.
 */
export function registerReadOnlyOutbox(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === OUTBOUND_MAIL && ['create', 'update', 'clone', 'publish'].includes(context.action)) {
      throw new RuleViolationError('Thư gửi đi do hệ thống ghi; không tạo hay sửa bằng tay.');
    }
    return next();
  });
}
