import type { QueryMatcher } from '../query/query-matcher.ts';
import type { ArticleSection } from '../text/articles.ts';
import { findDocumentNumbers } from '../text/document-numbers.ts';
import { foldText } from '../text/fold.ts';
import { matchText, snippetHtml } from './snippet.ts';

export type SectionMatch = { section: ArticleSection; score: number; html: string };

export type SectionQuery = {
  matcher: QueryMatcher;
  /** Folded syllables that match (the query's and their typo corrections). */
  folded: readonly string[];
  /** Folded adjacent pairs of the query, as "van ban". */
  pairs: readonly string[];
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The article that answers the query best, and its snippet. An article scores the distinct query syllables
 * it contains (a number the query asked for counts as one), then the query's phrases, then matches in its
 * title; the first article wins ties. Articles are compared on their folded text with one regular
 * expression each (a long law has hundreds); only the winner is read syllable by syllable for the snippet.
 * When only the document's title matched, the snippet is the start of the text and no article is named.
 */
export function bestSection(sections: readonly ArticleSection[], query: SectionQuery): SectionMatch | null {
  if (sections.length === 0) return null;
  const terms = query.folded.length === 0 ? null : new RegExp(`(?<![a-z0-9])(?:${query.folded.map(escapeRegExp).join('|')})(?![a-z0-9])`, 'g');
  const pairs = query.pairs.length === 0 ? null : new RegExp(`(?<![a-z0-9])(?:${query.pairs.map((pair) => pair.split(' ').map(escapeRegExp).join('[\\s\\-/]+')).join('|')})(?![a-z0-9])`, 'g');
  const scoreOf = (text: string, weight: number): number => {
    if (text === '') return 0;
    const folded = foldText(text);
    let score = 0;
    if (terms !== null) score += new Set(folded.match(terms) ?? []).size * 16 * weight;
    if (pairs !== null) score += (folded.match(pairs)?.length ?? 0) * 4 * weight;
    if (query.matcher.hasNumbers) score += findDocumentNumbers(text).filter((mention) => query.matcher.matchesNumber(mention.key)).length * 16;
    return score;
  };

  let best: ArticleSection = sections[0]!;
  let bestScore = -1;
  for (const section of sections) {
    const score = scoreOf(section.text, 1) + scoreOf(section.title, 1) + (section.title === '' ? 0 : Math.sign(scoreOf(section.title, 1)));
    if (score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return { section: best, score: bestScore, html: snippetHtml(matchText(best.text, query.matcher)) };
}
