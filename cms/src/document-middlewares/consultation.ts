import type { Core } from '@strapi/strapi';
import { checkWebLinks } from './portal';
import { CONSULTATION } from '../model/uids';
import { RuleViolationError } from '../errors';
import { cmsEnv } from '../env';
import { WRITE_ACTIONS } from '../rules/document-actions';
import { consultationPublishProblem } from '../rules/publishability';
import { currentDraft, forgetConsultations, refreshConsultationStatus } from '../services/consultations/consultation-status';

import { normalizedWrite, paramsOf, resultDocumentId } from './editor-data';

/**
 * Every write to a consultation, whoever makes it (admin, REST, demo loader): text is NFC-normalised, links are
 * absolute; publishing checks the minimum consultation period (CONSULTATION_MIN_DAYS) and the receiving unit
 * (rules/publishability.ts); the stored status is re-derived by the shared rule afterwards.
 */
export function registerConsultationRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.uid as string) !== CONSULTATION) return next();
    const params = paramsOf(context);
    const writing = normalizedWrite(context);
    if (writing) checkWebLinks(CONSULTATION, writing);
    forgetConsultations();
    const documentId: string | undefined = params.documentId;
    const publishing = context.action === 'publish' || (writing && params.status === 'published');
    if (publishing) {
      const draft = writing ? { ...(await currentDraft(strapi, documentId)), ...params.data } : await currentDraft(strapi, documentId);
      const problem = consultationPublishProblem(draft, cmsEnv().CONSULTATION_MIN_DAYS);
      if (problem) throw new RuleViolationError(problem.message, problem.field);
    }
    const result = await next();
    const id = documentId ?? resultDocumentId(result);
    // A deleted consultation has no status left to store.
    if (id && WRITE_ACTIONS.has(context.action) && context.action !== 'delete') await refreshConsultationStatus(strapi, id);
    return result;
  });
}
