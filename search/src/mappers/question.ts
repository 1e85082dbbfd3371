import { questionLookupPath, type PublicQuestion } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { citedNumberKeys } from '../text/document-numbers.ts';
import { dayAndYear, plainText, sectionTerm } from './page-parts.ts';

export function questionSlug(code: string): string {
  return `hoi-dap-${code.toLowerCase()}`;
}

export function questionSearchId(code: string): string {
  return `page:${questionSlug(code)}`;
}

/**
 * A published answer (hỏi đáp) as a search record of kind `page`: the question and the answer are searchable,
 * never the asker (their details are not part of `PublicQuestion`). The hit links to the lookup by code, which
 * shows a published question and its answer whatever its age. Only answers the agency published are mapped
 * (the registry checks `isPublishedAnswer` before this runs).
 */
export function questionToSearchDocument(question: PublicQuestion): SearchDocument {
  const text = plainText(question.body, question.answer);
  return {
    id: questionSearchId(question.code),
    kind: 'page',
    slug: questionSlug(question.code),
    url: questionLookupPath(question.code),
    title: question.subject,
    number: null,
    ...dayAndYear(question.answeredAt),
    type: sectionTerm('questions'),
    issuer: null,
    status: null,
    text,
    citedNumbers: citedNumberKeys(text),
  };
}
