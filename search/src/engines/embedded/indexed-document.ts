import { numberKey } from '@cong/content';
import type { SearchDocument } from '../../search-document.ts';
import { documentSections, type ArticleSection } from '../../text/articles.ts';
import { collectTerms } from '../../text/syllables.ts';

/**
 * What the embedded engine stores for one document. Terms are kept as sets per document (the ranking uses
 * presence, not frequency, like Meilisearch's bucket rules), which makes the full-text index small and its
 * posting lists cheap to read:
 * - `head`: exact syllables of the title, number and type; `body`: of every article;
 * - `headPairs`/`bodyPairs`: folded adjacent syllable pairs ("van_ban"), which find phrases without
 *   positions and make a two-syllable word (most Vietnamese words) one posting list.
 * Terms are computed from the stored sections, so a reader can recompute them from the database alone.
 */
export type IndexedDocument = {
  doc: SearchDocument;
  numberKey: string | null;
  sections: ArticleSection[];
  head: Set<string>;
  body: Set<string>;
  headPairs: Set<string>;
  bodyPairs: Set<string>;
};

/**
 * The head fields, each tokenised on its own so that no phrase spans two of them. The issuer is not one:
 * every document of a province's committee would otherwise match "ủy ban nhân dân" in its title; the issuer
 * is a facet, and its name is in the text.
 */
export function headFields(doc: Pick<SearchDocument, 'title' | 'number' | 'type'>): string[] {
  return [doc.title, doc.number ?? '', doc.type?.name ?? ''];
}

export function termsOf(head: readonly string[], sections: readonly ArticleSection[]): Pick<IndexedDocument, 'head' | 'body' | 'headPairs' | 'bodyPairs'> {
  const terms = { head: new Set<string>(), body: new Set<string>(), headPairs: new Set<string>(), bodyPairs: new Set<string>() };
  for (const field of head) collectTerms(field, terms.head, terms.headPairs);
  for (const section of sections) {
    collectTerms(section.title, terms.body, terms.bodyPairs);
    collectTerms(section.text, terms.body, terms.bodyPairs);
  }
  return terms;
}

export function indexDocument(doc: SearchDocument): IndexedDocument {
  const sections = documentSections(doc);
  return {
    doc,
    numberKey: doc.number === null ? null : numberKey(doc.number),
    sections,
    ...termsOf(headFields(doc), sections),
  };
}
