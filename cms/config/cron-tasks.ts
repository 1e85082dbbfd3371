import type { Core } from '@strapi/strapi';
import { refreshAllValidity } from '../src/domain/validity-sync';
import { refreshAllConsultationStatuses } from '../src/domain/consultation-rules';

export default {
  // Validity depends on today's date: just after midnight in Vietnam, documents come into force or expire.
  refreshValidity: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const changed = await refreshAllValidity(strapi);
      strapi.log.info(`Validity refreshed: ${changed} document(s) changed status`);
    },
    options: { rule: '5 0 * * *', tz: 'Asia/Ho_Chi_Minh' },
  },
  // Comment windows open and close at any minute; the stored status (for the admin list and filters) follows.
  refreshConsultationStatuses: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await refreshAllConsultationStatuses(strapi);
    },
    options: { rule: '* * * * *' },
  },
};
