import {
  DocumentRelationSchema,
  type LegalDocument,
  type LegalDocumentSummary,
  VALIDITY_LABELS,
  ValidityEventSchema,
  ValidityStatusSchema,
} from '@cong/content';
import { z } from 'zod';
import { fileFormat } from './files.ts';

/**
 * The public read API (`/api/v1/documents`): a stable, flat JSON contract for re-users, derived from the
 * content model's DTOs. Names are strings here (not terms), URLs are absolute. Versioned by the path: change
 * a field's meaning only in /api/v2.
 */

const NullableDate = z.string().nullable();

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
  /** The document's page on this portal. */
  url: z.string(),
});
export type ApiDocumentSummary = z.output<typeof ApiDocumentSummarySchema>;

export const ApiDocumentSchema = ApiDocumentSummarySchema.extend({
  signerTitle: z.string().nullable(),
  gazetteNumber: z.string().nullable(),
  gazetteDate: NullableDate,
  /** Full text, Markdown. */
  text: z.string(),
  signedOriginal: z.boolean(),
  attachments: z.array(
    z.object({
      name: z.string(),
      url: z.string(),
      mime: z.string(),
      /** Extension, lower case, no dot: "pdf". */
      ext: z.string(),
      /** The same for display: "PDF", "DOCX". */
      format: z.string(),
      /** Bytes. */
      size: z.number().int(),
    }),
  ),
  relations: z.array(
    // The content model's relation entry, plus its page on this portal (null when the other document is absent).
    DocumentRelationSchema.extend({ url: z.string().nullable() }),
  ),
  history: z.array(ValidityEventSchema),
});
export type ApiDocument = z.output<typeof ApiDocumentSchema>;

export interface ApiUrls {
  /** Absolute URL of a site path. */
  absolute: (path: string) => string;
  /** Site path of a document page. */
  document: (slug: string) => string;
}

export function toApiSummary(doc: LegalDocumentSummary, urls: ApiUrls): ApiDocumentSummary {
  return {
    slug: doc.slug,
    number: doc.number,
    type: doc.type?.name ?? null,
    title: doc.title,
    issuer: doc.issuer?.name ?? null,
    signer: doc.signer?.name ?? null,
    issuedDate: doc.issuedDate,
    effectiveDate: doc.effectiveDate,
    expiryDate: doc.expiryDate,
    status: doc.status,
    statusLabel: VALIDITY_LABELS[doc.status],
    fields: doc.fields.map((field) => field.name),
    updatedAt: doc.updatedAt,
    url: urls.absolute(urls.document(doc.slug)),
  };
}

export function toApiDocument(doc: LegalDocument, urls: ApiUrls): ApiDocument {
  return {
    ...toApiSummary(doc, urls),
    signerTitle: doc.signer?.title ?? null,
    gazetteNumber: doc.gazetteNumber,
    gazetteDate: doc.gazetteDate,
    text: doc.text,
    signedOriginal: doc.signedOriginal,
    attachments: doc.attachments.map((file) => ({
      name: file.name,
      url: urls.absolute(file.url),
      mime: file.mime,
      ext: file.ext,
      format: fileFormat(file.ext),
      size: file.size,
    })),
    relations: doc.relations.map((relation) => ({
      kind: relation.kind,
      direction: relation.direction,
      label: relation.label,
      number: relation.number,
      slug: relation.slug,
      title: relation.title,
      partial: relation.partial,
      note: relation.note,
      url: relation.slug ? urls.absolute(urls.document(relation.slug)) : null,
    })),
    history: doc.history,
  };
}
