import type { RequestContext } from '../../../model/request-context';
import { importRecords } from '../../../services/registry/registry-import';
import { RuleViolationError } from '../../../errors';
import { recordImport } from '../../../services/audit/audit-log';
import { LEGAL_DOCUMENT } from '../../../model/uids';

export default {
  async import(ctx: RequestContext) {
    const records = ctx.request.body?.records;
    if (!Array.isArray(records) || records.length > 500) {
      throw new RuleViolationError('Cần gửi { records: [...] } với tối đa 500 bản ghi mỗi lần.');
    }
    // One audit entry per batch, naming each record's outcome (cms/src/services/audit/audit-log.ts says why).
    ctx.body = { results: await recordImport(strapi, LEGAL_DOCUMENT, () => importRecords(strapi, records)) };
  },
};
