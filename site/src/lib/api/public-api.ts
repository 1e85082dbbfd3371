import {
  type ApiDocument,
  type ApiDocumentSummary,
  DOCUMENT_SIGNATURE_STATUS_LABELS,
  type LegalDocument,
  type LegalDocumentSummary,
  RECEIVED_VIA_LABELS,
  SIGNATURE_VERDICT_LABELS,
  VALIDITY_LABELS,
} from '@cong/content';
import { fileFormat } from '../cms/files.ts';

/**
 * The legal documents' public answers (`/api/v1/documents`), built from the content model's DTOs into the
 * contract of content/src/public-api.ts (the schemas, published at /api/v1/openapi.json).
 */

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
    firstPublishedAt: doc.firstPublishedAt ?? null,
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
    // Kept for re-users of v1: now derived from verification, never ticked by hand.
    signedOriginal: doc.signatureStatus === 'verified',
    signatureStatus: doc.signatureStatus,
    signatureStatusLabel: DOCUMENT_SIGNATURE_STATUS_LABELS[doc.signatureStatus],
    receivedVia: doc.receivedVia ?? 'editor',
    receivedViaLabel: RECEIVED_VIA_LABELS[doc.receivedVia ?? 'editor'],
    attachments: doc.attachments.map((file) => ({
      name: file.name,
      url: urls.absolute(file.url),
      mime: file.mime,
      ext: file.ext,
      format: fileFormat(file.ext),
      size: file.size,
      signatureReport: file.signatureReport
        ? { ...file.signatureReport, signatures: file.signatureReport.signatures.map((s) => ({ ...s, verdictLabel: SIGNATURE_VERDICT_LABELS[s.verdict] })) }
        : null,
    })),
    relations: doc.relations.map((relation) => ({
      kind: relation.kind,
      direction: relation.direction,
      label: relation.label,
      number: relation.number,
      slug: relation.slug,
      title: relation.title,
      partial: relation.partial,
      articles: relation.articles,
      note: relation.note,
      url: relation.slug ? urls.absolute(urls.document(relation.slug)) : null,
    })),
    history: doc.history,
  };
}
