import type { Core } from '@strapi/strapi';
import { maintenanceNoticeProblem } from '@cong/content';
import { RegistryRuleError } from '../errors';
import { MAINTENANCE_NOTICE } from '../model/uids';

/**
 * The planned-maintenance notice (content/src/maintenance-notice.ts holds the window rule): every save is checked
 * — the end after the start, the announcement not after the start — whoever saves it, and the admin speaks
 * Vietnamese about it.
 */
export function registerMaintenanceNoticeRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.uid as string) !== MAINTENANCE_NOTICE || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    if (params.data) {
      // An update may carry only the fields it changes: check the notice as it will be.
      const current: Record<string, unknown> = context.action === 'update' ? ((await strapi.db.query(MAINTENANCE_NOTICE as any).findOne({})) ?? {}) : {};
      const pick = (field: string) => (field in params.data! ? params.data![field] : current[field]);
      const problem = maintenanceNoticeProblem({ startsAt: pick('startsAt'), endsAt: pick('endsAt'), announceFrom: pick('announceFrom') });
      if (problem) throw new RegistryRuleError(problem.message, problem.field);
    }
    return next();
  });
}

const LABELS: Record<string, [label: string, description: string]> = {
  startsAt: ['Bắt đầu bảo trì', 'Từ lúc này cổng có thể tạm ngừng phục vụ.'],
  endsAt: ['Kết thúc bảo trì', 'Phải sau thời điểm bắt đầu. Sau thời điểm này thông báo tự ẩn.'],
  announceFrom: ['Bắt đầu thông báo', 'Để trống: thông báo hiện từ 3 ngày trước khi bắt đầu bảo trì.'],
  message: ['Nội dung thêm', 'Dịch vụ nào bị ảnh hưởng, liên hệ ở đâu trong thời gian bảo trì (không bắt buộc).'],
};

export async function configureMaintenanceNoticeView(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as any;
  const current = await service.findConfiguration({ uid: MAINTENANCE_NOTICE });
  const metadatas = { ...current.metadatas };
  for (const [field, [label, description]] of Object.entries(LABELS)) {
    if (!metadatas[field]) continue;
    metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field].edit, label, description }, list: { ...metadatas[field].list, label } };
  }
  await service.updateConfiguration({ uid: MAINTENANCE_NOTICE }, { settings: current.settings, metadatas, layouts: current.layouts });
}
