import { z } from 'zod';
import { ReceivedViaSchema } from './document-provenance.ts';
import { ConsultationStatusSchema } from './consultation.ts';
import { DocumentRelationSchema, ValidityEventSchema } from './legal-document.ts';
import { ProjectKindSchema } from './project.ts';
import { AcknowledgementSchema } from './citizen-mail.ts';
import { ReceiptSchema, RefusalReasonSchema } from './public-submission.ts';
import { PublicServiceLevelSchema } from './public-service.ts';
import { ArticleSectionSchema } from './article.ts';
import { StatisticFigureSchema } from './statistics.ts';
import { ValidityStatusSchema } from './validity-status.ts';
import { DocumentSignatureStatusSchema, SignatureCheckSchema, SignatureReportSchema } from './signature-verdict.ts';

/**
 * The public read API (`/api/v1/…`): the answer of every route, as a stable, flat JSON contract for re-users.
 * The site builds each answer through these schemas (unknown fields are dropped, so an internal DTO growing a
 * field does not change the API) and publishes them as OpenAPI at `/api/v1/openapi.json`. Names are strings here
 * (not terms), URLs are absolute, dates are ISO strings. Versioned by the path: change a field's meaning only in
 * /api/v2. The search answer lives beside its engine's result (`ApiSearchAnswerSchema` in @cong/search).
 */

const Text = z.string().nullable();
const NullableDate = z.string().nullable();
/** An absolute URL on this portal (or the CMS's file store, through this portal). */
const Url = z.string();

// ── Envelopes ─────────────────────────────────────────────────────────────────────────────────────────────

/** Paging of a list answer; lists that fit one page say page 1 of 1. */
export const ApiPageMetaSchema = z.object({
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative(),
});
export type ApiPageMeta = z.output<typeof ApiPageMetaSchema>;

/** `{ data: [...], meta: { total, page, pageSize, pageCount } }`, the envelope of every paged list. */
export function apiPageSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: ApiPageMetaSchema });
}

/** `{ data: [...], meta: { total } }`: the drafts' lists, never paged. */
export function apiCountedListSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: z.object({ total: z.number().int().nonnegative() }) });
}

/** `{ data: {...} }`: one item. */
export function apiItemSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: item });
}

/** Every refused read (400 bad parameter, 404, 503): a Vietnamese message safe to show, and the parameter at fault. */
export const ApiErrorSchema = z.object({
  error: z.object({
    message: z.string(),
    /** The query parameter at fault (400 only). */
    field: z.string().optional(),
  }),
});
export type ApiError = z.output<typeof ApiErrorSchema>;

// ── Legal documents (/api/v1/documents) ───────────────────────────────────────────────────────────────────

export const ApiDocumentSummarySchema = z.object({
  slug: z.string(),
  /** Số ký hiệu as written ("43/2011/NĐ-CP"); null for documents without one. */
  number: z.string().nullable(),
  /** Loại văn bản, by name ("Quyết định"). */
  type: z.string().nullable(),
  /** Trích yếu. */
  title: z.string(),
  /** Cơ quan ban hành, by name. */
  issuer: z.string().nullable(),
  /** Người ký. */
  signer: z.string().nullable(),
  issuedDate: NullableDate,
  effectiveDate: NullableDate,
  expiryDate: NullableDate,
  status: ValidityStatusSchema,
  /** The status in Vietnamese ("Còn hiệu lực"). */
  statusLabel: z.string(),
  /** Lĩnh vực, by name. */
  fields: z.array(z.string()),
  updatedAt: z.string(),
  /** When it was first published on this portal (ISO timestamp); a re-publish does not move it. */
  firstPublishedAt: NullableDate,
  /** The document's page on this portal. */
  url: Url,
});
export type ApiDocumentSummary = z.output<typeof ApiDocumentSummarySchema>;

/** A file offered for download, through this portal's `/tep/…`. */
export const ApiFileSchema = z.object({
  name: z.string(),
  url: Url,
  mime: z.string(),
  /** Extension, lower case, no dot: "pdf". */
  ext: z.string(),
  /** The same for display: "PDF", "DOCX". */
  format: z.string(),
  /** Bytes. */
  size: z.number().int(),
});
export type ApiFile = z.output<typeof ApiFileSchema>;

/** One signature of an original, as verified by the portal, with its verdict in plain Vietnamese. */
export const ApiSignatureCheckSchema = SignatureCheckSchema.extend({
  /** "Chữ ký số hợp lệ", "Tệp đã bị thay đổi sau khi ký", … (SIGNATURE_VERDICT_LABELS). */
  verdictLabel: z.string(),
});
export const ApiSignatureReportSchema = SignatureReportSchema.extend({ signatures: z.array(ApiSignatureCheckSchema) });

/** A document's original: the file, and what verifying its digital signatures found (null: not verified yet). */
export const ApiDocumentFileSchema = ApiFileSchema.extend({ signatureReport: ApiSignatureReportSchema.nullable() });

export const ApiDocumentSchema = ApiDocumentSummarySchema.extend({
  signerTitle: z.string().nullable(),
  gazetteNumber: z.string().nullable(),
  gazetteDate: NullableDate,
  /** Full text, Markdown. */
  text: z.string(),
  /** True when the originals carry digital signatures and every one verified (`signatureStatus` is "verified"). */
  signedOriginal: z.boolean(),
  /** How the document entered the registry (`editor`, `import`, `edxml`), and the same in words. */
  receivedVia: ReceivedViaSchema,
  receivedViaLabel: z.string(),
  /** verified, problem (some signature did not verify), unsigned, pending (an original not verified yet). */
  signatureStatus: DocumentSignatureStatusSchema,
  /** The same in Vietnamese. */
  signatureStatusLabel: z.string(),
  attachments: z.array(ApiDocumentFileSchema),
  relations: z.array(
    // The content model's relation entry, plus its page on this portal (null when the other document is absent).
    DocumentRelationSchema.extend({ url: Url.nullable() }),
  ),
  history: z.array(ValidityEventSchema),
});
export type ApiDocument = z.output<typeof ApiDocumentSchema>;

// ── Drafts for comment (/api/v1/drafts) ───────────────────────────────────────────────────────────────────

/** Status re-derived at the moment of the request. */
export const ApiDraftSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  status: ConsultationStatusSchema,
  /** The status in Vietnamese ("Đang lấy ý kiến"). */
  statusLabel: z.string(),
  /** Start of the comment period (ISO instant). */
  opensAt: z.string(),
  /** End of the comment period (exclusive). */
  closesAt: z.string(),
  /** Approved comments. */
  commentCount: z.number().int().nonnegative(),
  /** Cơ quan chủ trì soạn thảo. */
  draftingAgency: Text,
  draftingUnit: Text,
  /** "Dự thảo lần 2". */
  versionLabel: Text,
  updatedAt: z.string(),
  /** The draft's page, with the comment form. */
  url: Url,
  /** Its approved comments as JSON. */
  commentsUrl: Url,
});
export type ApiDraftSummary = z.output<typeof ApiDraftSummarySchema>;

export const ApiDraftFileSchema = ApiFileSchema.extend({
  /** What the file is to the draft (the CMS's attachment kind). */
  kind: z.string(),
  label: Text,
});

export const ApiDraftSchema = ApiDraftSummarySchema.extend({
  summary: z.string(),
  /** Full text, Markdown; articles are "Điều N" headings with anchors `dieu-N`. */
  text: z.string(),
  articles: z.array(
    z.object({
      /** "dieu-3": the fragment id on the page and the `article` a comment targets. */
      anchor: z.string(),
      number: z.string(),
      title: z.string(),
      /** The chương the article sits in, or null before the first chapter. */
      chapter: Text,
      url: Url,
    }),
  ),
  receivingUnit: z.string(),
  receivingAddress: z.string(),
  receivingEmail: z.string(),
  /** The same draft on the national legal-documents portal, when posted there. */
  nationalPortalUrl: Text,
  attachments: z.array(ApiDraftFileSchema),
  /** Báo cáo tiếp thu, giải trình: null until the response is published. */
  response: z
    .object({
      report: Text,
      reportFile: ApiFileSchema.nullable(),
      revisedDraft: ApiFileSchema.nullable(),
      publishedAt: NullableDate,
    })
    .nullable(),
  previousVersions: z.array(z.object({ label: z.string(), postedOn: NullableDate, text: z.string(), file: ApiFileSchema.nullable() })),
  /** Send it back with a comment's POST (valid 24 hours; the same for everyone for 15 minutes). */
  commentToken: z.string(),
});
export type ApiDraft = z.output<typeof ApiDraftSchema>;

/** An approved comment as the public sees it: never an e-mail or a phone number. */
export const ApiDraftCommentSchema = z.object({
  id: z.string(),
  /** "Ẩn danh" when the author asked not to be named. */
  name: z.string(),
  organization: Text,
  /** The article's anchor ("dieu-3"), or null for the draft as a whole. */
  article: Text,
  articleLabel: Text,
  content: z.string(),
  submittedAt: NullableDate,
});
export type ApiDraftComment = z.output<typeof ApiDraftCommentSchema>;

/** The answer to a comment's POST once taken (202): pending moderation. A spam trap answers the same with nulls. */
export const ApiCommentReceiptSchema = z.object({
  id: z.string().nullable(),
  receipt: ReceiptSchema.nullable(),
  status: z.literal('pending'),
  acknowledgement: AcknowledgementSchema.nullable(),
});
/** A comment refused as given (422): one Vietnamese message per field. */
export const ApiCommentInvalidSchema = z.object({ errors: z.record(z.string(), z.string()) });
/** A comment refused as a whole (403, 409, 413, 429, 503…): a message, and for refusals the reason. */
export const ApiCommentRefusedSchema = z.object({ error: z.object({ message: z.string(), reason: RefusalReasonSchema.optional() }) });

/** The body of a comment's POST (JSON, url-encoded or multipart with `attachments` files). */
export const ApiCommentRequestSchema = z.object({
  commentToken: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().optional(),
  organization: z.string().optional(),
  /** The article's anchor ("dieu-3"); empty for the draft as a whole. */
  article: z.string().optional(),
  content: z.string(),
  /** Show "Ẩn danh" instead of the name. */
  anonymous: z.boolean().optional(),
  /** Must be true: consent to the agency processing the personal data. */
  consent: z.boolean(),
  /** Any unique string: a resend with the same key is stored once. */
  idempotencyKey: z.string().optional(),
});

// ── Portal sections ───────────────────────────────────────────────────────────────────────────────────────

/** /api/v1/news: an article of any section, in the shape of a document summary. */
export const ApiArticleSchema = z.object({
  slug: z.string(),
  section: ArticleSectionSchema,
  title: z.string(),
  summary: Text,
  /** Chuyên mục within the section. */
  category: Text,
  author: Text,
  /** Nguồn tin. */
  source: Text,
  /** When it was posted (the editor's date, else the publication). */
  postedAt: z.string(),
  updatedAt: z.string(),
  /** The featured image, absolute; null when there is none. */
  image: Url.nullable(),
  url: Url,
});
export type ApiArticle = z.output<typeof ApiArticleSchema>;

/** /api/v1/schedule: one entry of the leaders' week. */
export const ApiScheduleEntrySchema = z.object({
  /** The ISO week it belongs to ("2026-W48"). */
  week: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: NullableDate,
  place: Text,
  /** Chủ trì. */
  chair: Text,
  /** Thành phần. */
  participants: Text,
  /** Chuẩn bị. */
  preparedBy: Text,
});
export type ApiScheduleEntry = z.output<typeof ApiScheduleEntrySchema>;

/** /api/v1/services: an administrative procedure. */
export const ApiPublicServiceSchema = z.object({
  name: z.string(),
  /** Mã thủ tục on the national database. */
  code: Text,
  field: Text,
  /** toan-trinh (fully online), mot-phan (partly), truc-tiep (in person). */
  level: PublicServiceLevelSchema.nullable(),
  fees: Text,
  processingTime: Text,
  agency: Text,
  /** Where to file it on the national public-service portal. */
  portalUrl: Text,
  updatedAt: z.string(),
});
export type ApiPublicService = z.output<typeof ApiPublicServiceSchema>;

/** /api/v1/projects: a project, investment call, tender or procurement. */
export const ApiProjectSchema = z.object({
  name: z.string(),
  kind: ProjectKindSchema,
  /** Chủ đầu tư / bên mời thầu. */
  investor: Text,
  location: Text,
  /** As written ("1.250 tỷ đồng"). */
  budget: Text,
  fundingSource: Text,
  period: Text,
  /** Free text ("Đang thi công"). */
  status: Text,
  summary: Text,
  updatedAt: z.string(),
});
export type ApiProject = z.output<typeof ApiProjectSchema>;

/** /api/v1/statistics: a statistical report and its figures. */
export const ApiStatisticReportSchema = z.object({
  title: z.string(),
  slug: z.string(),
  period: Text,
  unitOfMeasure: Text,
  method: Text,
  /** Markdown. */
  analysis: Text,
  source: Text,
  figures: z.array(StatisticFigureSchema),
  updatedAt: z.string(),
  url: Url,
});
export type ApiStatisticReport = z.output<typeof ApiStatisticReportSchema>;

/** /api/v1/questions: a published answer; the asker is never part of it. */
export const ApiAnswerSchema = z.object({
  /** The question's lookup code. */
  code: z.string(),
  subject: z.string(),
  question: z.string(),
  /** Markdown. */
  answer: Text,
  answeredBy: Text,
  submittedAt: NullableDate,
  answeredAt: NullableDate,
});
export type ApiAnswer = z.output<typeof ApiAnswerSchema>;

/** /api/v1/directory: a unit's mailbox or an official's. */
export const ApiDirectoryEntrySchema = z.object({
  kind: z.enum(['unit', 'person']),
  name: z.string(),
  title: Text,
  /** The person's unit, or the unit's parent. */
  unit: Text,
  phone: Text,
  email: Text,
  /** The contact card (.vcf). */
  vcard: Url.nullable(),
});
export type ApiDirectoryEntry = z.output<typeof ApiDirectoryEntrySchema>;

// ── The answers, route by route (site/src/pages/api/v1/…) ─────────────────────────────────────────────────

export const ApiDocumentListSchema = apiPageSchema(ApiDocumentSummarySchema);
export const ApiDocumentAnswerSchema = apiItemSchema(ApiDocumentSchema);
export const ApiDraftListSchema = apiCountedListSchema(ApiDraftSummarySchema);
export const ApiDraftAnswerSchema = apiItemSchema(ApiDraftSchema);
export const ApiDraftCommentListSchema = apiCountedListSchema(ApiDraftCommentSchema);
export const ApiArticleListSchema = apiPageSchema(ApiArticleSchema);
export const ApiScheduleListSchema = apiPageSchema(ApiScheduleEntrySchema);
export const ApiPublicServiceListSchema = apiPageSchema(ApiPublicServiceSchema);
export const ApiProjectListSchema = apiPageSchema(ApiProjectSchema);
export const ApiStatisticReportListSchema = apiPageSchema(ApiStatisticReportSchema);
export const ApiAnswerListSchema = apiPageSchema(ApiAnswerSchema);
export const ApiDirectoryListSchema = apiPageSchema(ApiDirectoryEntrySchema);
