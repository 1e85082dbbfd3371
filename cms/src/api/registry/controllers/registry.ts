import { importRecords } from '../../../domain/registry-import';
import { RegistryRuleError } from '../../../domain/errors';

export default {
  async import(ctx: any) {
    const records = ctx.request.body?.records;
    if (!Array.isArray(records) || records.length > 500) {
      throw new RegistryRuleError('Cần gửi { records: [...] } với tối đa 500 bản ghi mỗi lần.');
    }
    ctx.body = { results: await importRecords(strapi, records) };
  },
};
