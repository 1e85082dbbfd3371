import { foldedKey, searchKey, toNfc } from '@cong/content';

/**
 * Vietnamese is written one syllable per space-separated token ("văn bản điện tử" is two words, four
 * syllables), so the syllable is the unit both engines index and match. Every syllable has two keys, computed
 * here and nowhere else, for indexing and querying alike:
 * - `exact`: lower case, NFC, one tone placement ("Uỷ" and "ủy" → "ủy"): what the citizen typed, diacritics kept;
 * - `folded`: ASCII, đ → d ("ủy" → "uy"): what matches when diacritics are missing or different.
 */
export type SyllableKeys = { exact: string; folded: string };

export type Syllable = SyllableKeys & {
  /** Offsets in the NFC text the syllable was read from (for highlighting). */
  start: number;
  end: number;
  /** The syllable follows its predecessor with only spaces, "-" or "/" between: they may form a phrase. */
  joined: boolean;
};

// Texts repeat the same few thousand syllables, so their keys are computed once. Bounded so that a stream of
// unusual tokens (numbers, URLs) cannot grow it without limit.
const CACHE_LIMIT = 200_000;
const cache = new Map<string, SyllableKeys>();

function stripLeadingZeros(token: string): string {
  // "05 ngày" and "5 ngày", "09/CT-UBND" and "9/CT-UBND" are the same number.
  return /^\d+$/.test(token) ? token.replace(/^0+(?=\d)/, '') : token;
}

/** The keys of one syllable as written (any case, NFC or NFD, either tone placement). */
export function syllableKeys(raw: string): SyllableKeys {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  // "Ð" (eth) stands for "Đ" in text extracted with some PDF fonts.
  const exact = stripLeadingZeros(searchKey(raw.replace(/[Ðð]/g, 'đ')));
  const keys = { exact, folded: foldedKey(exact) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, keys);
  return keys;
}

/*
 * A syllable is a run of letters, combining marks and digits. The Latin ranges Vietnamese uses are tested by
 * code point (this runs for every character of every indexed text); other scripts fall back to Unicode classes.
 */
const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code < 0xc0 || (code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f)) return false;
  return OTHER_WORD_CHAR.test(String.fromCharCode(code));
}

// Between two syllables of one phrase only spaces and in-word joiners may stand; a comma or a full stop ends
// the phrase, so "điện tử. Văn bản" does not count as the phrase "tử văn".
function isPhraseGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, "-", "/", en dash, no-break space
    if (c !== 32 && c !== 9 && c !== 45 && c !== 47 && c !== 0x2013 && c !== 0xa0) return false;
  }
  return true;
}

/** Calls `visit` for each syllable of an NFC text with its offsets and whether it joins its predecessor. */
function scan(nfc: string, visit: (raw: string, start: number, end: number, joined: boolean) => void): void {
  let previousEnd = -1;
  let i = 0;
  const n = nfc.length;
  while (i < n) {
    if (!isWordChar(nfc.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(nfc.charCodeAt(i))) i++;
    visit(nfc.slice(start, i), start, i, previousEnd >= 0 && isPhraseGap(nfc, previousEnd, start));
    previousEnd = i;
  }
}

/** The syllables of a text, with their offsets in `toNfc(text)`. */
export function syllables(text: string): Syllable[] {
  const out: Syllable[] = [];
  scan(toNfc(text), (raw, start, end, joined) => {
    const keys = syllableKeys(raw);
    out.push({ exact: keys.exact, folded: keys.folded, start, end, joined });
  });
  return out;
}

/**
 * Adds the exact keys of a text's syllables to `exact` and the folded keys of its adjacent pairs to `pairs`.
 * The same rules as `syllables`, without allocating per syllable: indexing 100,000 documents calls it for
 * 60 million syllables.
 */
export function collectTerms(text: string, exact: Set<string>, pairs: Set<string>): void {
  let previousFolded = '';
  scan(toNfc(text), (raw, _start, _end, joined) => {
    const keys = syllableKeys(raw);
    exact.add(keys.exact);
    if (joined) pairs.add(pairKey(previousFolded, keys.folded));
    previousFolded = keys.folded;
  });
}

/** True when the syllable carries a diacritic or "đ": the citizen chose its accents, so they should count. */
export function isAccented(keys: SyllableKeys): boolean {
  return keys.exact !== keys.folded;
}

/** The key of two adjacent syllables, used to index and find phrases: "van_ban". */
export function pairKey(first: string, second: string): string {
  return `${first}_${second}`;
}
