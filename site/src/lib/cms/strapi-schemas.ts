import { ReceivedViaSchema, RelationKindSchema, ValidityStatusSchema } from '@cong/content';
import { z } from 'zod';

/**
 * The shapes Strapi 5's REST API sends (flattened format, no `attributes`), validated when they enter the site.
 * Only what the site reads is declared; Strapi's extra keys are dropped. List requests select fewer fields,
 * hence the `.nullish()` on everything a list may leave out.
 */

const StrapiDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const StrapiTermSchema = z.object({
  name: z.string(),
  slug: z.string().nullish(),
  abbreviation: z.string().nullish(),
});
export type StrapiTerm = z.output<typeof StrapiTermSchema>;

export const StrapiSignerSchema = z.object({
  name: z.string(),
  title: z.string().nullish(),
});

export const StrapiMediaSchema = z.object({
  name: z.string(),
  url: z.string(),
  mime: z.string().nullish(),
  /** With the dot: ".pdf". */
  ext: z.string().nullish(),
  /** Kilobytes, a float. */
  size: z.number().nonnegative().nullish(),
  /** A legal document's original: what the CMS's signature verification found; checked in the mapper. */
  signatureReport: z.unknown().optional(),
});
export type StrapiMedia = z.output<typeof StrapiMediaSchema>;

export const StrapiRelationSchema = z.object({
  kind: RelationKindSchema,
  targetNumber: z.string(),
  targetNumberKey: z.string().nullish(),
  partial: z.boolean().nullish(),
  articles: z.string().nullish(),
  note: z.string().nullish(),
});
export type StrapiRelation = z.output<typeof StrapiRelationSchema>;

export const StrapiLegalDocumentSchema = z.object({
  documentId: z.string(),
  number: z.string().nullish(),
  numberKey: z.string().nullish(),
  slug: z.string(),
  title: z.string(),
  signerTitle: z.string().nullish(),
  issuedDate: StrapiDate.nullish(),
  effectiveDate: StrapiDate.nullish(),
  expiryDate: StrapiDate.nullish(),
  gazetteNumber: z.string().nullish(),
  gazetteDate: StrapiDate.nullish(),
  body: z.string().nullish(),
  /** Null on rows written before provenance was kept: those were typed by editors. */
  receivedVia: ReceivedViaSchema.nullish(),
  validityStatus: ValidityStatusSchema.nullish(),
  /** Checked entry by entry in the mapper: one malformed event must not take the page down. */
  validityHistory: z.unknown().optional(),
  needsReview: z.boolean().nullish(),
  updatedAt: z.string().nullish(),
  publishedAt: z.string().nullish(),
  /** Set once by the CMS at the first publication (cms/src/services/registry/first-publication.ts). */
  firstPublishedAt: z.string().nullish(),
  documentType: StrapiTermSchema.nullish(),
  issuingBody: StrapiTermSchema.nullish(),
  signer: StrapiSignerSchema.nullish(),
  fields: z.array(StrapiTermSchema).nullish(),
  attachments: z.array(StrapiMediaSchema).nullish(),
  relations: z.array(StrapiRelationSchema).nullish(),
});
export type StrapiLegalDocument = z.output<typeof StrapiLegalDocumentSchema>;

export const StrapiPaginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});
export type StrapiPagination = z.output<typeof StrapiPaginationSchema>;

export const strapiCollection = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    meta: z.object({ pagination: StrapiPaginationSchema }),
  });

export const StrapiLegalDocumentListSchema = strapiCollection(StrapiLegalDocumentSchema);
export const StrapiTermListSchema = strapiCollection(StrapiTermSchema);

/** Another document as far as relations go (incoming side, resolved outgoing targets). */
export const StrapiRelatedDocumentSchema = StrapiLegalDocumentSchema.pick({
  slug: true,
  number: true,
  numberKey: true,
  title: true,
  relations: true,
});
export const StrapiRelatedDocumentListSchema = strapiCollection(StrapiRelatedDocumentSchema);

export const StrapiSitemapEntrySchema = z.object({ slug: z.string(), updatedAt: z.string().nullish() });
export const StrapiSitemapListSchema = strapiCollection(StrapiSitemapEntrySchema);
