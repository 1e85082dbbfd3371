import type { Core } from '@strapi/strapi';
import { checkOfficialEmail, parseOfficialDomains, StatisticFiguresSchema, WEB_LINK_FIELDS, webLinkProblem } from '@cong/content';
import { RuleViolationError } from '../errors';
import { OFFICIAL_EMAIL_UIDS, PORTAL_UIDS, QUESTION, STATISTIC_REPORT } from '../model/uids';
import { isPublishedAnswer, notifyPublishedAnswer, prepareQuestionWrite } from '../services/questions/question-desk';
import { cmsEnv } from '../env';

import { type EditorData, normalizedWrite, paramsOf } from './editor-data';

/**
 * Writes to the portal's required sections pass one document-service middleware, whoever makes them: text is
 * NFC-normalised; an e-mail address on the agency, a unit or an official must be on the official domains
 * (Chỉ thị 34/2008/CT-TTg; OFFICIAL_EMAIL_DOMAINS, `.gov.vn` by default); statistic figures must be a table of
 * numbers; a question gets its lookup code, due date and overdue flag, and its asker a mail once its answer is
 * public. The editor sees the reason in Vietnamese.
 */
export function registerPortalRules(strapi: Core.Strapi): void {
  const domains = parseOfficialDomains(cmsEnv().OFFICIAL_EMAIL_DOMAINS);
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    if (!(PORTAL_UIDS as readonly string[]).includes(uid)) return next();
    const params = paramsOf(context);
    const data = normalizedWrite(context);
    if (data) {
      checkWrite(uid, data, domains);
      if (context.action === 'create') await fillMissingSlugs(strapi, uid, data, params.locale);
      if (uid === QUESTION) await prepareQuestionWrite(strapi, context.action, data, params.documentId);
    }
    // The asker is told when an update makes the answer public (services/questions/question-desk.ts), judged on what was stored.
    const answerWasPublic = uid === QUESTION && context.action === 'update' ? await isPublishedAnswer(strapi, params.documentId) : null;
    const result = await next();
    if (answerWasPublic === false) await notifyPublishedAnswer(strapi, params.documentId);
    return result;
  });
}

/**
 * A row created without its slug (through the REST API or a script; the admin fills it in as the editor types)
 * gets one from its title or name, exactly as the admin would make it (Strapi's own uid service, unique), instead
 * of being published without an address: the site could neither link to it nor list its section.
 */
/** Strapi's content-manager uid service, as far as it is used here (the admin's own slug maker). */
type UidService = { generateUIDField(input: { contentTypeUID: string; field: string; data: EditorData; locale: unknown }): Promise<string> };

async function fillMissingSlugs(strapi: Core.Strapi, uid: string, data: EditorData, locale: unknown): Promise<void> {
  const attributes = (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { type: string; targetField?: string }> }>)[uid]?.attributes ?? {};
  for (const [field, attribute] of Object.entries(attributes)) {
    const own = data[field];
    const target = data[attribute.targetField ?? ''];
    if (attribute.type !== 'uid' || !attribute.targetField || (typeof own === 'string' && own.trim() !== '')) continue;
    if (typeof target !== 'string' || target.trim() === '') continue;
    data[field] = await (strapi.plugin('content-manager').service('uid') as UidService).generateUIDField({ contentTypeUID: uid, field, data, locale });
  }
}

/** Editor-entered links are absolute http(s) addresses (content/src/web-link.ts); exported for the consultation rules. */
export function checkWebLinks(uid: string, data: EditorData): void {
  for (const field of WEB_LINK_FIELDS[uid] ?? []) {
    const problem = webLinkProblem(data[field]);
    if (problem) throw new RuleViolationError(problem, field);
  }
}

/** The checks on one write's data; exported for the unit tests. */
export function checkWrite(uid: string, data: EditorData, domains: readonly string[]): void {
  checkWebLinks(uid, data);
  if ((OFFICIAL_EMAIL_UIDS as readonly string[]).includes(uid)) {
    for (const field of ['email', 'portalEmail']) {
      const value = data[field];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const result = checkOfficialEmail(value, domains);
      if (!result.ok) throw new RuleViolationError(result.error, field);
      data[field] = result.value;
    }
  }
  if (uid === STATISTIC_REPORT && data.figures != null) {
    const parsed = StatisticFiguresSchema.safeParse(data.figures);
    if (!parsed.success) {
      throw new RuleViolationError(
        'Số liệu phải là một bảng dạng [{"label": "Quý I/2026", "value": 123}]: mỗi dòng có nhãn và một con số.',
        'figures',
      );
    }
  }
}
