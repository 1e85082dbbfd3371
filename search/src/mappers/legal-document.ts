import { numberKey, type LegalDocument } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { citedNumberKeys } from '../text/document-numbers.ts';

/** Site path of a legal document: the public URL scheme of `/van-ban` (site/src/lib/render/urls.ts). */
export function legalDocumentUrl(slug: string): string {
  return `/van-ban/${encodeURIComponent(slug)}`;
}

export function legalDocumentSearchId(slug: string): string {
  return `legal-document:${slug}`;
}

/**
 * A văn bản as one search record. Cited numbers come from the relations the editor recorded and from the
 * numbers written in the text, because texts cite many documents nobody entered as relations ("Căn cứ Nghị
 * định số 43/2011/NĐ-CP…") and a citizen searching that number expects to find them.
 */
export function legalDocumentToSearchDocument(doc: LegalDocument): SearchDocument {
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
  };
}
