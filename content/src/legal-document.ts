import { z } from 'zod';
import { ReceivedViaSchema } from './document-provenance.ts';
import { RelationDirectionSchema, RelationKindSchema } from './relation-kinds.ts';
import { ValidityStatusSchema } from './validity-status.ts';
import { DocumentSignatureStatusSchema, SignatureReportSchema } from './signature-verdict.ts';

/** A calendar date as the CMS stores it: `YYYY-MM-DD` (a day in Asia/Ho_Chi_Minh, no time). */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

/** A taxonomy term (document type, issuing body, field): its display name and its ASCII slug. */
export const TermSchema = z.object({
  name: z.string(),
  slug: z.string(),
});
export type Term = z.output<typeof TermSchema>;

export const SignerSchema = z.object({
  name: z.string(),
  /** Chức danh at signing time (e.g. "Thủ tướng", "Phó Chủ tịch"). */
  title: z.string().nullable(),
});
export type Signer = z.output<typeof SignerSchema>;

/**
 * The signer a document shows: the official (a relation to the signers list) with the title written on this
 * document (signerTitle), which wins over the official's current title because officials change posts.
 */
export function documentSigner(official: { name: string; title?: string | null } | null | undefined, signerTitle: string | null | undefined): Signer | null {
  return official ? { name: official.name, title: signerTitle ?? official.title ?? null } : null;
}

export const ValidityEventSchema = z.object({
  date: IsoDateSchema,
  status: ValidityStatusSchema,
  /** Why the status changed: the document's own dates, or another document acting on it. */
  cause: z.object({
    kind: z.enum(['effective-date', 'expiry-date', 'relation']),
    relationKind: RelationKindSchema.optional(),
    number: z.string().optional(),
  }),
});
export type ValidityEvent = z.output<typeof ValidityEventSchema>;

/** What a list of documents shows of each one (site list pages, RSS, the public list API). */
export const LegalDocumentSummarySchema = z.object({
  slug: z.string(),
  /** Số ký hiệu as written by the editor, NFC (e.g. "43/2011/NĐ-CP"). */
  number: z.string().nullable(),
  type: TermSchema.nullable(),
  /** Trích yếu. */
  title: z.string(),
  issuer: TermSchema.nullable(),
  signer: SignerSchema.nullable(),
  issuedDate: IsoDateSchema.nullable(),
  effectiveDate: IsoDateSchema.nullable(),
  expiryDate: IsoDateSchema.nullable(),
  status: ValidityStatusSchema,
  fields: z.array(TermSchema),
  /** ISO timestamp of the last change in the CMS. */
  updatedAt: z.string(),
  /** ISO timestamp of the first publication on the portal (a re-publish does not move it); absent in older fixtures. */
  firstPublishedAt: z.string().nullish(),
});
export type LegalDocumentSummary = z.output<typeof LegalDocumentSummarySchema>;

export const AttachmentSchema = z.object({
  name: z.string(),
  url: z.string(),
  mime: z.string(),
  /** Extension without the dot, lower case ("pdf", "docx"). */
  ext: z.string(),
  /** Size in bytes. */
  size: z.number().int().nonnegative(),
  /** What verifying its digital signatures found (legal documents' originals); null: not verified yet; absent elsewhere. */
  signatureReport: SignatureReportSchema.nullish(),
});
export type Attachment = z.output<typeof AttachmentSchema>;

export const DocumentRelationSchema = z.object({
  kind: RelationKindSchema,
  direction: RelationDirectionSchema,
  /** Vietnamese label for this side ("Bị thay thế bởi"). */
  label: z.string(),
  /** The other document's number; always known, even when it is not in the registry yet. */
  number: z.string(),
  /** The other document's slug when it is in the registry (and published), else null: shown unlinked. */
  slug: z.string().nullable(),
  title: z.string().nullable(),
  /** The relation affects only part of the document (e.g. some articles repealed). */
  partial: z.boolean(),
  /** The articles of the document acted on that the relation names ("Điều 4", "khoản 2 Điều 5"), else null. */
  articles: z.string().nullable(),
  note: z.string().nullable(),
});
export type DocumentRelation = z.output<typeof DocumentRelationSchema>;

/** Everything the detail page and `GET /api/v1/documents/<slug>` show. */
export const LegalDocumentSchema = LegalDocumentSummarySchema.extend({
  gazetteNumber: z.string().nullable(),
  gazetteDate: IsoDateSchema.nullable(),
  /** Full text in Markdown (rendered with `marked`, sanitised). */
  text: z.string(),
  attachments: z.array(AttachmentSchema),
  /** The mark derived from the originals' signature reports (`documentSignatureStatus`), never ticked by hand. */
  signatureStatus: DocumentSignatureStatusSchema,
  /** How the document entered the registry: typed by an editor (also when absent), imported from files, received as edXML. */
  receivedVia: ReceivedViaSchema.optional(),
  relations: z.array(DocumentRelationSchema),
  history: z.array(ValidityEventSchema),
});
export type LegalDocument = z.output<typeof LegalDocumentSchema>;
