import type { ValidityStatus } from '../validity-status.ts';

/**
 * Demo content loaded by `npm start`: a fictional registry, clearly marked as sample data. Named examples and
 * the expected status of every document on `DEMO_TODAY` let unit, integration and end-to-end tests point at
 * the same documents (as GOV.UK's `open_consultation` fixtures do).
 */
export { demoRecords, demoRecordsOn } from './records.ts';
export { SAMPLE_MARK, demoFields, demoIssuers, demoIssuingBodies, demoSigners, type DemoField } from './taxonomy.ts';

/** The day the demo was written on; `demoExpectedStatus` holds on it and on every later day the demo is built. */
export const DEMO_TODAY = '2026-11-26';

/** One document per situation worth showing, by số ký hiệu (or source key when it has none). */
export const demoExamples = {
  inForce: '08/2026/QĐ-UBND',
  partiallyExpiredByAmendment: '901/2025/QH15',
  partiallyExpiredByPartialRepeal: '21/2025/QĐ-UBND',
  expiredByReplacement: '12/2024/QĐ-UBND',
  expiredByOwnExpiryDate: '07/2023/QĐ-UBND',
  notYetEffective: '25/2026/QĐ-UBND',
  suspended: '30/2025/QĐ-UBND',
  suspending: '22/2026/QĐ-UBND',
  officialLetter: '2150/UBND-KGVX',
  /** Repeals Điều 4 of `partiallyExpiredByPartialRepeal`: that article is marked in its text with a link here. */
  repealing: '15/2026/QĐ-UBND',
  /** Giải thích (Điều 4 of the law), công bố (a list of expired documents), đình chỉ thi hành (a district's directive). */
  interpreting: '950/2026/NQ-UBTVQH15',
  announcing: '1502/QĐ-UBND',
  suspendingEnforcement: '1688/QĐ-UBND',
  consolidatedText: '02/VBHN-UBND',
  /** Cited by demo documents but not in the registry: shown as an unlinked number. */
  unlinkedReference: '30/2020/NĐ-CP',
  /** Source key of the record without number and date: loaded unpublished, flagged for review. */
  needsReviewSourceKey: 'demo-ct-ben-do-chua-so.txt',
} as const;

/** Tình trạng hiệu lực of every numbered demo document on `DEMO_TODAY`, derived by `deriveValidity`. */
export const demoExpectedStatus: Readonly<Record<string, ValidityStatus>> = {
  '901/2025/QH15': 'partially-expired',
  '905/2025/QH15': 'in-force',
  '930/2025/NĐ-CP': 'in-force',
  '907/2025/TT-BHCS': 'expired',
  '911/2026/TT-BHCS': 'in-force',
  '05/2026/NQ-HĐND': 'in-force',
  '12/2024/QĐ-UBND': 'expired',
  '08/2026/QĐ-UBND': 'in-force',
  '21/2025/QĐ-UBND': 'partially-expired',
  '15/2026/QĐ-UBND': 'in-force',
  '07/2023/QĐ-UBND': 'expired',
  '30/2025/QĐ-UBND': 'suspended',
  '22/2026/QĐ-UBND': 'in-force',
  '25/2026/QĐ-UBND': 'not-yet-effective',
  '1234/QĐ-UBND': 'in-force',
  '03/CT-UBND': 'in-force',
  '1876/QĐ-UBND': 'in-force',
  '02/VBHN-UBND': 'in-force',
  '05/HD-SSH': 'in-force',
  '45/KH-UBND': 'in-force',
  '120/TB-UBND': 'in-force',
  '2150/UBND-KGVX': 'in-force',
  '210/BC-UBND': 'in-force',
  '950/2026/NQ-UBTVQH15': 'in-force',
  '1502/QĐ-UBND': 'in-force',
  '1688/QĐ-UBND': 'in-force',
};
export { demoComments, demoConsultations, demoConsultationSlugs, demoDraftFiles, type DemoComment, type DemoDocument, type DemoDraftFile } from './consultations.ts';
export {
  demoAgencyProfile,
  demoArticles,
  demoOfficials,
  demoProjects,
  demoPublicServices,
  demoQuestions,
  demoRelatedLinks,
  demoSchedule,
  demoStatistics,
  demoUnits,
  type DemoArticle,
  type DemoOfficial,
  type DemoQuestion,
  type DemoUnit,
} from './portal.ts';
