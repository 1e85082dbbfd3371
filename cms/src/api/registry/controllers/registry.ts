import { importRecords } from '../../../services/registry/registry-import';
import { RuleViolationError } from '../../../errors';
import { recordImport } from '../../../services/audit/audit-log';
import { LEGAL_DOCUMENT } from '../../../model/uids';
import { statisticsRows } from '../../../services/registry/statistics-rows';

export default {
  async import(ctx: any) {
    const records = ctx.request.body?.records;
    if (!Array.isArray(records) || records.length > 500) {
      throw new RuleViolationError('Cần gửi { records: [...] } với tối đa 500 bản ghi mỗi lần.');
    }
    // One audit entry per batch, naming each record's outcome (cms/src/services/audit/audit-log.ts says why).
    ctx.body = { results: await recordImport(strapi, LEGAL_DOCUMENT, () => importRecords(strapi, records)) };
  },
  /** The published documents' statistics rows, a page at a time (?page=1…). */
  async statistics(ctx: any) {
    const page = Number(ctx.query?.page ?? 1);
    if (!Number.isInteger(page) || page < 1 || page > 100_000) throw new RuleViolationError('Tham số page phải là số nguyên từ 1.');
    ctx.body = await statisticsRows(strapi, page);
  },
};
