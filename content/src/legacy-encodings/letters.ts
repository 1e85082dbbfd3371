/**
 * The Vietnamese alphabet as the legacy tables are written: each vowel without its tone (a ă â e ê i o ô ơ u ư y)
 * times six tones, plus đ. The tables in tcvn3.ts, vni.ts and viqr.ts are rows of this grid, so every letter with
 * every tone is covered by construction and the tests can walk the whole grid.
 */

/** Vowels before a tone is added, in the order of the tables' rows. */
export const BARE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type BareVowel = (typeof BARE_VOWELS)[number];

/** Tones in the order of the tables' columns: none, huyền, sắc, hỏi, ngã, nặng. */
export const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** A row of six spellings, one per tone, in `TONES` order. */
export type ToneRow = readonly [string, string, string, string, string, string];

/** The precomposed lower-case letter: vowel + tone index (0 = none … 5 = nặng). */
export function toned(vowel: BareVowel, tone: number): string {
  return `${vowel}${TONES[tone] ?? ''}`.normalize('NFC');
}

/** Every lower-case Vietnamese letter with a diacritic (ă, â, ê, ô, ơ, ư, đ and every toned vowel): 67 letters. */
export function lowerCaseLetters(): string[] {
  const letters = ['đ'];
  for (const vowel of BARE_VOWELS) {
    TONES.forEach((_, tone) => {
      const letter = toned(vowel, tone);
      if (letter !== vowel || !'aeiouy'.includes(vowel)) letters.push(letter);
    });
  }
  return letters;
}
