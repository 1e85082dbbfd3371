import { foldedKey, TYPE_ABBREVIATIONS } from '@cong/content';
import { foldedWords } from '../text/fold.ts';

/**
 * Document types typed as their unaccented abbreviation: "nd" for Nghị định, "qd" for Quyết định, "tt" for
 * Thông tư, as in the ký hiệu (content's TYPE_ABBREVIATIONS, the one list of them). A query syllable that is
 * one matches either itself (the "NĐ" of a number) or the type's name as a phrase.
 *
 * Left out: one-letter abbreviations ("L") and those that are also a Vietnamese syllable or stand for two
 * types ("da": đã, Đề án, Dự án; "pa"), which have a vowel other than "y"; what is left cannot be a word.
 */
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = (() => {
  const byFolded = new Map<string, string[][]>();
  for (const entry of TYPE_ABBREVIATIONS) {
    const folded = foldedKey(entry.abbreviation);
    if (folded.length < 2 || /[aeiou]/.test(folded)) continue;
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), foldedWords(entry.typeName).split(' ')]);
  }
  return new Map([...byFolded].filter(([, names]) => names.length === 1).map(([folded, names]) => [folded, names[0]!]));
})();

/** The folded syllables of the type name an abbreviation stands for ("nd" → ["nghi", "dinh"]), else null. */
export function typeNameOfAbbreviation(folded: string): readonly string[] | null {
  return EXPANSIONS.get(folded) ?? null;
}

/** Every abbreviation read so, with its type name's folded syllables (for Meilisearch's synonyms). */
export function typeAbbreviationExpansions(): ReadonlyMap<string, readonly string[]> {
  return EXPANSIONS;
}
