import { CONSULTATION_STATUS_LABELS, consultationStatus, slugify, type PublishedConsultation } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { citedNumberKeys } from '../text/document-numbers.ts';
import { dayAndYear, plainText } from './page-parts.ts';

/** Site path of a draft for comment: the public URL scheme of `/du-thao` (site/src/lib/render/urls.ts). */
export function consultationUrl(slug: string): string {
  return `/du-thao/${encodeURIComponent(slug)}`;
}

export function consultationSearchId(slug: string): string {
  return `consultation:${slug}`;
}

/**
 * A dự thảo lấy ý kiến as one search record. Its body keeps its "Điều N." headings: the draft page anchors them
 * with the same rule (`articleAnchors`, as `draftOutline` and the comment form do), so a hit links to the article
 * that matched. Everything else goes before the body as plain text, where it can create no anchor.
 *
 * `type` is the comment status ("Đang lấy ý kiến"), so a citizen can narrow to drafts open for comment; the CMS
 * re-indexes a draft whenever its stored status moves. The response report is searchable once the page shows it,
 * i.e. once the response is published; earlier versions of the text are not (they are superseded).
 */
export function consultationToSearchDocument(draft: PublishedConsultation): SearchDocument {
  const status =
    draft.consultationStatus ??
    consultationStatus({ opensAt: draft.opensAt, closesAt: draft.closesAt, hasResponse: Boolean(draft.responsePublishedAt || draft.responseReport?.trim()) });
  const label = CONSULTATION_STATUS_LABELS[status];
  const preamble = plainText(draft.summary, draft.draftingUnit, status === 'response-published' ? draft.responseReport : null);
  const text = [preamble, draft.body ?? ''].filter((part) => part.trim() !== '').join('\n\n');
  return {
    id: consultationSearchId(draft.slug),
    kind: 'consultation',
    slug: draft.slug,
    url: consultationUrl(draft.slug),
    title: draft.title,
    number: null,
    ...dayAndYear(draft.opensAt),
    type: { name: label, slug: slugify(label) },
    issuer: draft.draftingAgency ? { name: draft.draftingAgency, slug: slugify(draft.draftingAgency) } : null,
    status: null,
    text,
    // "Căn cứ Nghị định số 43/2011/NĐ-CP…": a citizen searching that number finds the drafts built on it too.
    citedNumbers: citedNumberKeys(text),
  };
}
