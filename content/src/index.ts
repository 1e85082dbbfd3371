// The public API of @cong/content. Demo content and test fixtures have their own entry points
// (`@cong/content/demo`, `@cong/content/fixtures`) so that the site bundle does not carry them.
export * from './relation-kinds.ts';
export * from './validity-status.ts';
export * from './legal-document.ts';
export * from './vietnamese-text.ts';
export * from './document-number.ts';
export * from './document-types.ts';
export * from './dates.ts';
export * from './validity.ts';
export * from './document-text.ts';
export * from './import-record.ts';
export * from './consultation.ts';
export * from './public-comment.ts';
export * from './official-email.ts';
export * from './work-week.ts';
export * from './working-days.ts';
export * from './question.ts';
export * from './vcard.ts';
export * from './org-chart.ts';
export * from './statistics.ts';
export * from './portal-sections.ts';
export * from './rating.ts';
export * from './cms-fields.ts';
export * from './article.ts';
export * from './public-service.ts';
export * from './project.ts';
export * from './agency-profile.ts';
