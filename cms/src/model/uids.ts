import type { UID } from '@strapi/strapi';

/*
 * The content-type UIDs, named once. Each is checked against Strapi's generated types (cms/types/generated,
 * generated from the schemas by `npm run build`), so a renamed or removed content type fails the typecheck.
 */
/** The registry's content types. */
export const LEGAL_DOCUMENT = 'api::legal-document.legal-document' satisfies UID.ContentType;
export const DOCUMENT_TYPE = 'api::document-type.document-type' satisfies UID.ContentType;
export const ISSUING_BODY = 'api::issuing-body.issuing-body' satisfies UID.ContentType;
export const LEGAL_FIELD = 'api::legal-field.legal-field' satisfies UID.ContentType;
export const SIGNER = 'api::signer.signer' satisfies UID.ContentType;

/** Content types editors work on: every write to these is normalised and announced to the site. */
export const REGISTRY_UIDS = [LEGAL_DOCUMENT, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_FIELD, SIGNER] as const;

/** The media library's file (upload plugin), which the portal extends (cms/src/extensions/upload/). */
export const UPLOAD_FILE = 'plugin::upload.file' satisfies UID.ContentType;

export const CONSULTATION = 'api::consultation.consultation' satisfies UID.ContentType;
export const PUBLIC_COMMENT = 'api::public-comment.public-comment' satisfies UID.ContentType;


/** The sections every portal must publish (content/src/portal-sections.ts): agency profile, units and officials, articles, schedule… */
export const AGENCY_PROFILE = 'api::agency-profile.agency-profile' satisfies UID.ContentType;
export const UNIT = 'api::unit.unit' satisfies UID.ContentType;
export const OFFICIAL = 'api::official.official' satisfies UID.ContentType;
export const ARTICLE = 'api::article.article' satisfies UID.ContentType;
export const SCHEDULE_ENTRY = 'api::schedule-entry.schedule-entry' satisfies UID.ContentType;
export const PUBLIC_SERVICE = 'api::public-service.public-service' satisfies UID.ContentType;
export const PROJECT = 'api::project.project' satisfies UID.ContentType;
export const STATISTIC_REPORT = 'api::statistic-report.statistic-report' satisfies UID.ContentType;
export const RELATED_LINK = 'api::related-link.related-link' satisfies UID.ContentType;
export const QUESTION = 'api::question.question' satisfies UID.ContentType;
/** The planned-maintenance notice every page shows (cms/src/document-middlewares/maintenance-notice.ts). */
export const MAINTENANCE_NOTICE = 'api::maintenance-notice.maintenance-notice' satisfies UID.ContentType;

/** Every write to these is NFC-normalised and, where they carry an e-mail address, checked against the official domains. */
export const PORTAL_UIDS = [
  AGENCY_PROFILE, UNIT, OFFICIAL, ARTICLE, SCHEDULE_ENTRY, PUBLIC_SERVICE, PROJECT, STATISTIC_REPORT, RELATED_LINK, QUESTION, MAINTENANCE_NOTICE,
] as const;

/** Content types whose `email` must be an official (thư điện tử công vụ) address. */
export const OFFICIAL_EMAIL_UIDS = [AGENCY_PROFILE, UNIT, OFFICIAL] as const;

/** Satisfaction ratings (NĐ 224/2026 Điều 10): written by the site, read by editors, never shown on the site. */
export const PAGE_RATING = 'api::page-rating.page-rating' satisfies UID.ContentType;
export const PAGE_RATING_TOTAL = 'api::page-rating-total.page-rating-total' satisfies UID.ContentType;
/** Writes to these change nothing the public sees, so they do not move the change feed (a vote must not empty the site's cache). */
export const SILENT_UIDS = [PAGE_RATING, PAGE_RATING_TOTAL] as const;

/** Every mail the portal sends, with its true state (cms/src/services/mail/outbox.ts); staff read it, nobody writes it by hand. */
export const OUTBOUND_MAIL = 'api::outbound-mail.outbound-mail' satisfies UID.ContentType;

/** Nhận tin qua thư điện tử: who asked for which daily digest (cms/src/services/subscriptions/). Personal data: no editor role reads it. */
export const SUBSCRIPTION = 'api::subscription.subscription' satisfies UID.ContentType;

/** The text of each uploaded original (PDF, DOCX, ODT), page by page, keyed by the upload's file id (services/original-text). */
export const ORIGINAL_TEXT = 'api::original-text.original-text' satisfies UID.ContentType;
