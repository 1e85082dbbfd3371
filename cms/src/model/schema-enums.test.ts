import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AcknowledgementSchema,
  ARTICLE_SECTIONS,
  COMMENT_STATUSES,
  CONSULTATION_FILE_KINDS,
  CONSULTATION_STATUSES,
  ProjectKindSchema,
  PublicServiceLevelSchema,
  QuestionStatusSchema,
  RATING_SCORES,
  RECEIVED_VIA,
  REJECTION_REASONS,
  RELATION_KINDS,
  SUBSCRIPTION_STATUSES,
  VALIDITY_STATUSES,
} from '@cong/content';
import { ACTOR_KINDS } from '../rules/audit-entry';
import { MAIL_KINDS, MAIL_STATES } from '../rules/mail-states';

/**
 * Strapi's schema.json files re-list, as `enumeration` attributes, values the content model (content/) and the CMS's
 * own rules define. They must stay the same list: a value only in content/ is refused by the editor's save, one only
 * in schema.json reaches the site and fails its schema. Compared as sets of values (the order in the admin's
 * drop-down is the schema's own).
 */
const schema = (path: string): { attributes: Record<string, { type: string; enum?: string[] }> } =>
  JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));

const cases: Array<[file: string, attribute: string, values: readonly string[], owner: string]> = [
  ['api/public-comment/content-types/public-comment/schema.json', 'moderationStatus', COMMENT_STATUSES, 'COMMENT_STATUSES (content/src/public-comment.ts)'],
  ['api/public-comment/content-types/public-comment/schema.json', 'rejectionReason', REJECTION_REASONS, 'REJECTION_REASONS (content/src/public-comment.ts)'],
  ['api/public-comment/content-types/public-comment/schema.json', 'acknowledgement', AcknowledgementSchema.options, 'AcknowledgementSchema (content/src/citizen-mail.ts)'],
  ['api/question/content-types/question/schema.json', 'acknowledgement', AcknowledgementSchema.options, 'AcknowledgementSchema (content/src/citizen-mail.ts)'],
  ['api/question/content-types/question/schema.json', 'answerStatus', QuestionStatusSchema.options, 'QuestionStatusSchema (content/src/question.ts)'],
  ['api/consultation/content-types/consultation/schema.json', 'consultationStatus', CONSULTATION_STATUSES, 'CONSULTATION_STATUSES (content/src/consultation.ts)'],
  ['components/consultation/attachment.json', 'kind', CONSULTATION_FILE_KINDS, 'CONSULTATION_FILE_KINDS (content/src/consultation.ts)'],
  ['components/legal/relation.json', 'kind', RELATION_KINDS, 'RELATION_KINDS (content/src/relation-kinds.ts)'],
  ['api/legal-document/content-types/legal-document/schema.json', 'validityStatus', VALIDITY_STATUSES, 'VALIDITY_STATUSES (content/src/validity-status.ts)'],
  ['api/legal-document/content-types/legal-document/schema.json', 'receivedVia', RECEIVED_VIA, 'RECEIVED_VIA (content/src/document-provenance.ts)'],
  ['api/article/content-types/article/schema.json', 'section', Object.values(ARTICLE_SECTIONS), 'ARTICLE_SECTIONS (content/src/portal-sections.ts)'],
  ['api/project/content-types/project/schema.json', 'kind', ProjectKindSchema.options, 'ProjectKindSchema (content/src/project.ts)'],
  ['api/public-service/content-types/public-service/schema.json', 'level', PublicServiceLevelSchema.options, 'PublicServiceLevelSchema (content/src/public-service.ts)'],
  ['api/page-rating/content-types/page-rating/schema.json', 'score', RATING_SCORES, 'RATING_SCORES (content/src/rating.ts)'],
  ['api/outbound-mail/content-types/outbound-mail/schema.json', 'kind', MAIL_KINDS, 'MAIL_KINDS (cms/src/rules/mail-states.ts)'],
  ['api/outbound-mail/content-types/outbound-mail/schema.json', 'state', MAIL_STATES, 'MAIL_STATES (cms/src/rules/mail-states.ts)'],
  ['api/audit-log/content-types/audit-entry/schema.json', 'actorKind', ACTOR_KINDS, 'ACTOR_KINDS (cms/src/rules/audit-entry.ts)'],
  ['api/subscription/content-types/subscription/schema.json', 'status', SUBSCRIPTION_STATUSES, 'SUBSCRIPTION_STATUSES (content/src/subscription.ts)'],
];

describe('schema.json enumerations match the model that owns them', () => {
  it.each(cases)('%s `%s` lists the values of its owner', (file, attribute, values, owner) => {
    const definition = schema(file).attributes[attribute];
    expect(definition?.type, `${file} has no enumeration ${attribute}`).toBe('enumeration');
    expect([...definition!.enum!].sort(), `${file} \`${attribute}\` differs from ${owner}: change both together`).toEqual([...values].sort());
  });

  it('every enumeration in a schema.json is compared here', () => {
    const files = import.meta.glob('../{api/*/content-types/*/schema.json,components/*/*.json}', { eager: true, import: 'default' }) as Record<string, ReturnType<typeof schema>>;
    const compared = new Set(cases.map(([file, attribute]) => `${file}#${attribute}`));
    const found = Object.entries(files).flatMap(([path, json]) =>
      Object.entries(json.attributes)
        .filter(([, attribute]) => attribute.type === 'enumeration')
        .map(([name]) => `${path.replace(/^\.\.\//, '')}#${name}`),
    );
    expect(found.length).toBeGreaterThanOrEqual(cases.length);
    expect(found.filter((key) => !compared.has(key))).toEqual([]);
  });
});
