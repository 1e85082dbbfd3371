import { publicServiceAnchor, type PublicService } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { labelled, listRowRecord, plainText } from './page-parts.ts';

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
  return listRowRecord({ section: 'services', slug: publicServiceSlug(service.documentId), anchor: publicServiceAnchor(service.documentId), title: service.name, text });
}
