import type { Core } from '@strapi/strapi';
import { refreshAllValidity } from '../src/services/registry/validity-sync';
import { refreshAllConsultationStatuses } from '../src/services/consultations/consultation-status';
import { refreshOverdueQuestions } from '../src/services/questions/question-desk';
import { runDigest } from '../src/services/subscriptions/digest';
import { cmsEnv } from '../src/env';

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
  // A working day passed: questions unanswered for more than 15 working days are flagged to the staff.
  flagOverdueQuestions: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const changed = await refreshOverdueQuestions(strapi);
      strapi.log.info(`Questions re-flagged: ${changed}`);
    },
    options: { rule: '10 0 * * *', tz: 'Asia/Ho_Chi_Minh' },
  },
  // Nhận tin qua thư điện tử: one digest a day per subscriber, at SUBSCRIPTION_DIGEST_HOUR in Vietnam.
  sendSubscriptionDigests: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runDigest(strapi);
    },
    options: { rule: `0 ${cmsEnv().SUBSCRIPTION_DIGEST_HOUR} * * *`, tz: 'Asia/Ho_Chi_Minh' },
  },
};
