import { distinctFolded, type ParsedQuery } from './parse-query.ts';

/**
 * When a search may fall back to partial matches. Every word must match first, as citizens expect of a
 * registry; but a natural phrase ("phòng chống lũ") often has one word no text shares, and a search that ends
 * in nothing sends the citizen away. So when fewer than FEW_RESULTS documents have every word, the best
 * documents with some of the words follow them, and the answer says so (`partial`).
 *
 * Not for quoted phrases (the citizen asked for exactly that) nor for document numbers (a number found is an
 * answer, one not found is already searched as words), nor for a single word (nothing to leave out).
 */
export const FEW_RESULTS = 3;

/**
 * @param typed the query as typed; `searched`, what was searched — the same, or its words alone when nobody has
 *   the number typed (a number not found, searched as its words, does not widen further)
 */
export function widensToPartial(typed: ParsedQuery, searched: ParsedQuery, allWordsTotal: number): boolean {
  return (
    allWordsTotal < FEW_RESULTS &&
    typed.numbers.length === 0 &&
    searched.numbers.length === 0 &&
    searched.terms.every((term) => term.phrase === null) &&
    distinctFolded(searched.terms).length >= 2
  );
}

/**
 * "Có phải bạn muốn tìm …" for a partial answer: the words of the query that its best hit has, in the order
 * typed, as typed — a query that finds that hit with every word. None when the hit has only one word of a
 * two-word query… or all of them.
 */
export function partialSuggestion(parsed: ParsedQuery, matchedFolded: ReadonlySet<string>): string | undefined {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const term of parsed.terms) {
    if (!matchedFolded.has(term.folded) || seen.has(term.folded)) continue;
    seen.add(term.folded);
    words.push(term.exact);
  }
  if (words.length === 0 || seen.size === distinctFolded(parsed.terms).length) return undefined;
  return words.join(' ');
}
