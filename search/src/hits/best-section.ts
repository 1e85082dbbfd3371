import type { QueryMatcher } from '../query/query-matcher.ts';
import type { ArticleSection } from '../text/articles.ts';
import { findDocumentNumbers } from '../text/document-numbers.ts';
import { foldText } from '../text/fold.ts';
import { matchText, snippetHtml } from './snippet.ts';

export type SectionMatch = { section: ArticleSection; score: number; html: string };

/** An article with its text and title folded once, so that a document kept between searches is not folded again. */
export type PreparedSection = ArticleSection & { foldedText: string; foldedTitle: string };

export function prepareSections(sections: readonly ArticleSection[]): PreparedSection[] {
  return sections.map((section) => ({ ...section, foldedText: foldText(section.text), foldedTitle: foldText(section.title) }));
}

export type SectionQuery = {
  matcher: QueryMatcher;
  /** Folded syllables that match (the query's and their typo corrections). */
  folded: readonly string[];
  /** Folded adjacent pairs of the query, as "van ban". */
  pairs: readonly string[];
};

/** A query's patterns over folded text, compiled once for the whole page of hits rather than once per hit. */
export type SectionPatterns = SectionQuery & { terms: RegExp | null; pairPattern: RegExp | null };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function sectionPatterns(query: SectionQuery): SectionPatterns {
  return {
    ...query,
    terms: query.folded.length === 0 ? null : new RegExp(`(?<![a-z0-9])(?:${query.folded.map(escapeRegExp).join('|')})(?![a-z0-9])`, 'g'),
    pairPattern:
      query.pairs.length === 0 ? null : new RegExp(`(?<![a-z0-9])(?:${query.pairs.map((pair) => pair.split(' ').map(escapeRegExp).join('[\\s\\-/]+')).join('|')})(?![a-z0-9])`, 'g'),
  };
}

/**
 * The article that answers the query best, and its snippet. An article scores the distinct query syllables
 * it contains (a number the query asked for counts as one), then the query's phrases, then matches in its
 * title; the first article wins ties. Articles are compared on their folded text with one regular
 * expression each (a long law has hundreds); only the winner is read syllable by syllable for the snippet.
 * When only the document's title matched, the snippet is the start of the text and no article is named.
 */
export function bestSection(sections: readonly PreparedSection[], query: SectionPatterns): SectionMatch | null {
  if (sections.length === 0) return null;
  const { terms, pairPattern: pairs } = query;
  const scoreOf = (text: string, folded: string, weight: number): number => {
    if (text === '') return 0;
    let score = 0;
    if (terms !== null) score += new Set(folded.match(terms) ?? []).size * 16 * weight;
    if (pairs !== null) score += (folded.match(pairs)?.length ?? 0) * 4 * weight;
    if (query.matcher.hasNumbers) score += findDocumentNumbers(text).filter((mention) => query.matcher.matchesNumber(mention.key)).length * 16;
    return score;
  };

  let best: PreparedSection = sections[0]!;
  let bestScore = -1;
  for (const section of sections) {
    const title = scoreOf(section.title, section.foldedTitle, 1);
    const score = scoreOf(section.text, section.foldedText, 1) + title + (section.title === '' ? 0 : Math.sign(title));
    if (score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return { section: best, score: bestScore, html: snippetHtml(matchText(best.text, query.matcher)) };
}
