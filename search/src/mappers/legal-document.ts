import { LegalDocumentSchema, numberKey } from '@cong/content';
import { z } from 'zod';
import { AttachmentPassageSchema, type SearchDocument } from '../search-document.ts';
import { citedNumberKeys } from '../text/document-numbers.ts';

/** Site path of a legal document: the public URL scheme of `/van-ban` (site/src/lib/render/urls.ts). */
export function legalDocumentUrl(slug: string): string {
  return `/van-ban/${encodeURIComponent(slug)}`;
}

/**
 * The site's address of a CMS upload ('/uploads/nd-43_ab12.pdf' → '/tep/nd-43_ab12.pdf'): the site streams
 * uploads under /tep/ (site/src/lib/cms/files.ts, `publicFileUrl`); an absolute URL (an object store) is kept.
 */
export function attachmentFileUrl(cmsUrl: string): string {
  return cmsUrl.startsWith('/uploads/') ? `/tep/${cmsUrl.slice('/uploads/'.length)}` : cmsUrl;
}

export function legalDocumentSearchId(slug: string): string {
  return `legal-document:${slug}`;
}

/**
 * What the CMS hands search for a văn bản: the public DTO, plus the text of its attached originals page by page
 * (extracted by the CMS's queue; kept out of the public DTO, which would otherwise carry every page to the site).
 */
export const LegalDocumentSearchSourceSchema = LegalDocumentSchema.extend({
  originalText: z.array(AttachmentPassageSchema).default([]),
});
export type LegalDocumentSearchSource = z.input<typeof LegalDocumentSearchSourceSchema>;

/**
 * A văn bản as one search record. Cited numbers come from the relations the editor recorded and from the
 * numbers written in the text, because texts cite many documents nobody entered as relations ("Căn cứ Nghị
 * định số 43/2011/NĐ-CP…") and a citizen searching that number expects to find them.
 */
export function legalDocumentToSearchDocument(doc: z.output<typeof LegalDocumentSchema> & { originalText?: SearchDocument['attachments'] }): SearchDocument {
  const ownKey = doc.number === null ? null : numberKey(doc.number);
  const related = doc.relations.filter((relation) => relation.direction === 'outgoing').map((relation) => numberKey(relation.number));
  const cited = new Set([...related, ...citedNumberKeys(doc.text)].filter((key): key is string => key !== null && key !== ownKey));
  return {
    id: legalDocumentSearchId(doc.slug),
    kind: 'legal-document',
    slug: doc.slug,
    url: legalDocumentUrl(doc.slug),
    title: doc.title,
    number: doc.number,
    date: doc.issuedDate,
    type: doc.type,
    issuer: doc.issuer,
    status: doc.status,
    year: doc.issuedDate === null ? null : Number(doc.issuedDate.slice(0, 4)),
    text: doc.text,
    citedNumbers: [...cited],
    ...(doc.originalText?.length ? { attachments: doc.originalText.map((passage) => ({ ...passage, url: attachmentFileUrl(passage.url) })) } : {}),
  };
}
