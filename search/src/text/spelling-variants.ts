/**
 * Spellings of one word that Vietnamese writes both ways. After an initial consonant, a rhyme of "i" alone and
 * of "y" alone are the same sound, and texts use both: "kí"/"ký", "lí"/"lý", "mĩ"/"mỹ", "quí"/"quý", "tỉ"/"tỷ"
 * (the 1984 spelling rules prefer "i", legal texts mostly keep "y"). Both engines treat them as one word; the
 * indexes keep what the text says, so the rule is applied when reading a query and matching a text.
 * Only a syllable whose whole rhyme is the vowel counts: "tuy" (rhyme "uy") is not "tui", and "ý" alone has
 * no consonant before it.
 */

// Initial consonants, longest first so that "ngh" is not read as "n". "g" and "gh" are left out: "gì", "ghi" have no "y" spelling.
const INITIALS = 'ngh|ng|nh|ch|kh|ph|qu|th|tr|b|c|d|đ|h|k|l|m|n|p|r|s|t|v|x';
const FOLDED_VARIANT = new RegExp(`^(${INITIALS})([iy])$`);
const EXACT_Y = new RegExp(`^(${INITIALS})([yýỳỷỹỵ])$`);
const Y_TO_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/**
 * Every pair of spellings, folded and tone-coded (tone-code.ts: "ký" → "kys", "kí" → "kis"), for an engine that
 * cannot be told the rule and takes synonyms instead (Meilisearch).
 */
export function spellingVariantPairs(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const initials = [...new Set(INITIALS.split('|').map((initial) => initial.replace('đ', 'd')))];
  // Tone codes write "đ" as "dd" and the tone as a last letter ('' is level tone, also the folded form).
  for (const initial of [...initials, 'dd']) for (const tone of ['', 's', 'f', 'r', 'x', 'j']) pairs.push([`${initial}i${tone}`, `${initial}y${tone}`]);
  return pairs;
}

/** The folded spellings of the same word: `["ki", "ky"]` for "ki" or "ky", the syllable alone otherwise. */
export function spellingVariants(folded: string): string[] {
  const m = FOLDED_VARIANT.exec(folded);
  if (m === null) return [folded];
  const [i, y] = [`${m[1]}i`, `${m[1]}y`];
  return m[2] === 'i' ? [i, y] : [y, i];
}

/** One spelling for comparison, accents kept: "ký" → "kí", "quỹ" → "quĩ", "tuỳ" unchanged. */
export function spellingKey(exact: string): string {
  const m = EXACT_Y.exec(exact);
  return m === null ? exact : `${m[1]}${Y_TO_I[m[2]!]}`;
}

/** The same word with the same accents, whichever of i/y it is written with. */
export function sameSpelling(a: string, b: string): boolean {
  return a === b || spellingKey(a) === spellingKey(b);
}
