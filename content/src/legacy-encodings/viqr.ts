import { BARE_VOWELS, TONES, toned } from './letters.ts';

/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable"): ASCII, each mark typed after its letter — modifiers "(" breve,
 * "^" circumflex, "+" horn, then the tone "'" sắc, "`" huyền, "?" hỏi, "~" ngã, "." nặng; "dd" is đ. A mark meant
 * literally after a vowel is escaped with "\" ("ca\." is "ca."). Texts in the wild often leave a sentence's full
 * stop or question mark unescaped ("Vie^.t Nam."), so a "." or "?" ending a word at the end of a line or of the
 * text is read as punctuation; so is any mark on a syllable that already has its tone ("ky'.").
 */

const MODIFIERS: Record<string, Record<string, string>> = {
  a: { '(': 'ă', '^': 'â' },
  e: { '^': 'ê' },
  o: { '^': 'ô', '+': 'ơ' },
  u: { '+': 'ư' },
};
/** VIQR tone characters by tone index (none, huyền, sắc, hỏi, ngã, nặng). */
const TONE_CHARS = ['', '`', "'", '?', '~', '.'] as const;
const MARKS = new Set(['(', '^', '+', ...TONE_CHARS.filter(Boolean)]);
const LETTER = /\p{L}/u;

const isVowel = (c: string) => 'aeiouyăâêôơư'.includes(c.toLowerCase());

/**
 * Does the "." or "?" at `at` (just after a word) end a sentence rather than mark a tone? Only at the end of a line
 * or of the text: before a capital it is as often a tone ("Bo^. Tu+ pha'p", "So+? Tho^ng tin") as a full stop.
 */
function endsLine(text: string, at: number): boolean {
  let i = at + 1;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i >= text.length || text[i] === '\n' || text[i] === '\r';
}

/** VIQR → Unicode NFC. */
export function decodeViqr(text: string): string {
  let out = '';
  let toneTaken = false;
  let wordStart = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\' && i + 1 < text.length && (MARKS.has(text.charAt(i + 1)) || text.charAt(i + 1) === '\\' || /[dD]/.test(text.charAt(i + 1)))) {
      out += text.charAt(i + 1);
      i += 2;
      wordStart = false;
      continue;
    }
    if (!LETTER.test(c)) {
      out += c;
      i += 1;
      wordStart = true;
      toneTaken = false;
      continue;
    }
    // đ begins a syllable, so "dd" is đ at a word's start ("address" stays); "DD" also inside a word in capitals,
    // as abbreviations write it ("QDD-UBND", "HDDND").
    const next = text.charAt(i + 1);
    if (/[dD]/.test(c) && /[dD]/.test(next) && (wordStart || (c === 'D' && next === 'D'))) {
      out += c === 'D' ? 'Đ' : 'đ';
      i += 2;
      wordStart = false;
      continue;
    }
    wordStart = false;
    i += 1;
    if (!isVowel(c)) {
      out += c;
      continue;
    }
    let letter = c.toLowerCase();
    const upper = c !== letter;
    const modified = MODIFIERS[letter]?.[text.charAt(i)];
    if (modified !== undefined) {
      letter = modified;
      i += 1;
    }
    const tone = TONE_CHARS.indexOf(text.charAt(i) as (typeof TONE_CHARS)[number]);
    if (tone > 0 && !toneTaken) {
      const wordEnds = !LETTER.test(text.charAt(i + 1));
      if (!(wordEnds && (tone === 3 || tone === 5) && endsLine(text, i))) {
        letter = toned(letter as (typeof BARE_VOWELS)[number], tone);
        toneTaken = true;
        i += 1;
      }
    }
    out += upper ? letter.toUpperCase() : letter;
  }
  return out.normalize('NFC');
}

/** Unicode letter → VIQR spelling, for the inverse conversion. */
const ENCODE = new Map<string, string>();
const MODIFIED: Record<string, string> = { ă: 'a(', â: 'a^', ê: 'e^', ô: 'o^', ơ: 'o+', ư: 'u+' };
for (const vowel of BARE_VOWELS) {
  TONES.forEach((_, tone) => {
    const spelled = `${MODIFIED[vowel] ?? vowel}${TONE_CHARS[tone]}`;
    ENCODE.set(toned(vowel, tone), spelled);
    ENCODE.set(toned(vowel, tone).toUpperCase(), `${spelled.charAt(0).toUpperCase()}${spelled.slice(1)}`);
  });
}
ENCODE.set('đ', 'dd');
ENCODE.set('Đ', 'DD');

/** Unicode → VIQR, escaping every literal mark that follows a vowel (RFC 1456), for the tests' round trips. */
export function encodeViqr(text: string): string {
  let out = '';
  let previousVowel = false;
  for (const c of text.normalize('NFC')) {
    if (previousVowel && MARKS.has(c)) out += '\\';
    out += ENCODE.get(c) ?? c;
    previousVowel = isVowel(c.normalize('NFD').charAt(0)) || /[ăâêôơưĂÂÊÔƠƯ]/.test(c.normalize('NFD').charAt(0));
  }
  return out;
}
