import type { Core } from '@strapi/strapi';
import { maintenanceNoticeProblem } from '@cong/content';
import { RuleViolationError } from '../errors';
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
      const current: Record<string, unknown> = context.action === 'update' ? ((await strapi.db.query(MAINTENANCE_NOTICE).findOne({})) ?? {}) : {};
      const pick = (field: string) => (field in params.data! ? params.data![field] : current[field]);
      const problem = maintenanceNoticeProblem({ startsAt: pick('startsAt'), endsAt: pick('endsAt'), announceFrom: pick('announceFrom') });
      if (problem) throw new RuleViolationError(problem.message, problem.field);
    }
    return next();
  });
}
