import { publicServiceAnchor, sectionByKey, type PublicService } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { citedNumberKeys } from '../text/document-numbers.ts';
import { labelled, plainText, sectionTerm } from './page-parts.ts';

export function publicServiceSlug(documentId: string): string {
  return `dich-vu-cong-${documentId}`;
}

export function publicServiceSearchId(documentId: string): string {
  return `page:${publicServiceSlug(documentId)}`;
}

/**
 * A thủ tục hành chính as a search record of kind `page`: it has no page of its own, so the hit links to its row
 * on `/dich-vu-cong`. The text repeats the row's columns with their headings, so a snippet reads like the row.
 */
export function publicServiceToSearchDocument(service: PublicService): SearchDocument {
  const text = plainText(
    labelled('Mã thủ tục', service.code),
    labelled('Lĩnh vực', service.field),
    labelled('Phí, lệ phí', service.fees),
    labelled('Thời hạn giải quyết', service.processingTime),
    labelled('Cơ quan thực hiện', service.agency),
  );
  return {
    id: publicServiceSearchId(service.documentId),
    kind: 'page',
    slug: publicServiceSlug(service.documentId),
    url: `${sectionByKey('services').path}#${publicServiceAnchor(service.documentId)}`,
    title: service.name,
    number: null,
    date: null,
    year: null,
    type: sectionTerm('services'),
    issuer: null,
    status: null,
    text,
    citedNumbers: citedNumberKeys(text),
  };
}
