import {
  ACKNOWLEDGEMENT_LABELS,
  ARTICLE_SECTION_LABELS,
  COMMENT_STATUS_LABELS,
  CONSULTATION_FILE_KIND_LABELS,
  CONSULTATION_STATUS_LABELS,
  PROJECT_KIND_LABELS,
  PUBLIC_SERVICE_LEVEL_LABELS,
  QUESTION_STATUS_LABELS,
  RATING_LABELS,
  RECEIVED_VIA_LABELS,
  REJECTION_REASON_LABELS,
  RELATION_LABELS,
  SUBSCRIPTION_STATUS_LABELS,
  VALIDITY_LABELS,
} from '@cong/content';
import { ACTOR_KIND_LABELS } from './audit-entry';
import { MAIL_KIND_LABELS, MAIL_STATE_LABELS } from './mail-states';

type Labels = Readonly<Record<string, string>>;

/**
 * The Vietnamese word for each stored value of every enumeration the admin shows, taken from the value list's owner
 * (content/ or the CMS's own rules), never restated here. Strapi 5 has no labels for enumeration values: the admin
 * panel (cms/src/admin/enumeration-labels.tsx) shows these in lists, filters and the edit view's select, and the
 * value stored stays the raw one.
 */
const OWNERS: readonly Labels[] = [
  COMMENT_STATUS_LABELS,
  REJECTION_REASON_LABELS,
  ACKNOWLEDGEMENT_LABELS,
  QUESTION_STATUS_LABELS,
  CONSULTATION_STATUS_LABELS,
  CONSULTATION_FILE_KIND_LABELS,
  // A relation is entered on the document that acts: the outgoing side's wording ("Sửa đổi, bổ sung").
  Object.fromEntries(Object.entries(RELATION_LABELS).map(([kind, sides]) => [kind, sides.outgoing])),
  VALIDITY_LABELS,
  ARTICLE_SECTION_LABELS,
  PROJECT_KIND_LABELS,
  PUBLIC_SERVICE_LEVEL_LABELS,
  RATING_LABELS,
  MAIL_KIND_LABELS,
  MAIL_STATE_LABELS,
  ACTOR_KIND_LABELS,
  SUBSCRIPTION_STATUS_LABELS,
  RECEIVED_VIA_LABELS,
];

const key = (values: Iterable<string>) => [...values].sort().join('\u0000');
const BY_VALUES = new Map(OWNERS.map((labels) => [key(Object.keys(labels)), labels]));

/**
 * The labels of an enumeration, found by its values: a schema.json enumeration lists exactly its owner's values
 * (model/schema-enums.test.ts), and no two owners have the same values, so the list names its owner without the
 * admin having to know which content type or component it is in. `undefined` for a list no owner has.
 */
export function enumerationLabels(values: readonly string[]): Labels | undefined {
  return BY_VALUES.get(key(values));
}

/** One value's label, or the value itself when its enumeration has none (a test keeps that from shipping). */
export function enumerationLabel(values: readonly string[], value: string): string {
  return enumerationLabels(values)?.[value] ?? value;
}

/** Every owner's values, for the test that no two owners share a list. */
export const LABELLED_ENUMERATIONS: readonly (readonly string[])[] = OWNERS.map((labels) => Object.keys(labels));
