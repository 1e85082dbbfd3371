import { sameSpelling, spellingVariants } from '../text/spelling-variants.ts';
import type { SyllableKeys } from '../text/syllables.ts';
import { termPairs, type ParsedQuery } from './parse-query.ts';

/**
 * Which syllables of a text answer a query: used to pick the article that matched and to mark the snippet.
 * It applies the same equivalences as the engines (folded keys, plus the typo corrections an engine chose),
 * so what is highlighted is what was matched.
 */
export type QueryMatcher = {
  /** Index of the first query term this syllable satisfies, or -1. */
  termIndex(keys: SyllableKeys): number;
  /** The syllable carries exactly the accents the citizen typed for that term ("ký" for "kí" too). */
  isExact(termIndex: number, keys: SyllableKeys): boolean;
  /**
   * The syllable is only a look-alike of what the citizen typed: the term was typed with accents, the text
   * has other accents on the same letters ("Chủ" for "chữ"). A text written without accents, or a typo
   * correction, is no look-alike.
   */
  isLookAlike(termIndex: number, keys: SyllableKeys): boolean;
  /** The citizen typed that term with accents. */
  isAccented(termIndex: number): boolean;
  /** Query term pairs that count as phrases, as `left * 1000 + right`. */
  isPair(left: number, right: number): boolean;
  /** The number key matches one the query asked for (exactly or by prefix). */
  matchesNumber(key: string): boolean;
  readonly termCount: number;
  readonly hasNumbers: boolean;
};

/**
 * @param corrections folded query syllable → the folded syllables accepted for it (typo corrections);
 *   a syllable absent from the map matches itself and its other spelling (spelling-variants.ts).
 */
export function createQueryMatcher(parsed: ParsedQuery, corrections: ReadonlyMap<string, readonly string[]> = new Map()): QueryMatcher {
  const byFolded = new Map<string, number>();
  parsed.terms.forEach((term, index) => {
    for (const folded of corrections.get(term.folded) ?? spellingVariants(term.folded)) if (!byFolded.has(folded)) byFolded.set(folded, index);
  });
  const pairs = new Set(termPairs(parsed.terms).map((pair) => pair.left * 1000 + pair.right));
  const exactKeys = new Set(parsed.numbers.filter((n) => !n.prefix).map((n) => n.key));
  const prefixes = parsed.numbers.filter((n) => n.prefix).map((n) => n.key);
  return {
    termIndex: (keys) => byFolded.get(keys.folded) ?? -1,
    isExact: (index, keys) => {
      const term = parsed.terms[index];
      return term !== undefined && term.accented && sameSpelling(term.exact, keys.exact);
    },
    isLookAlike: (index, keys) => {
      const term = parsed.terms[index];
      if (term === undefined || !term.accented || keys.exact === keys.folded) return false;
      if (!spellingVariants(term.folded).includes(keys.folded)) return false;
      return !sameSpelling(term.exact, keys.exact);
    },
    isAccented: (index) => parsed.terms[index]?.accented ?? false,
    isPair: (left, right) => pairs.has(left * 1000 + right),
    matchesNumber: (key) => exactKeys.has(key) || prefixes.some((prefix) => key.startsWith(prefix)),
    termCount: parsed.terms.length,
    hasNumbers: parsed.numbers.length > 0,
  };
}
