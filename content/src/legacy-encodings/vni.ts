import { BARE_VOWELS, toned, type ToneRow } from './letters.ts';

/**
 * VNI (VNI-Windows; fonts VNI-Times, VNI-Helve): a vowel is its ASCII letter followed by one byte for its
 * modifier and tone together ("eä" is ệ, "oá" is ố), except ơ, ư, đ and the toned i, ỵ, which have a byte of their
 * own. Capitals use the upper-case bytes ("VIEÄT"). Shown as windows-1252, as a program without the font shows it;
 * the table is VNI-Windows' published one (the same as Unikey's and xvnkb's).
 */

// Tones after a vowel without modifier, after â/ê/ô (circumflex) and after ă (breve): none, huyền, sắc, hỏi, ngã, nặng.
const PLAIN = ['', 'ø', 'ù', 'û', 'õ', 'ï'] as const;
const CIRCUMFLEX = ['â', 'à', 'á', 'å', 'ã', 'ä'] as const;
const BREVE = ['ê', 'è', 'é', 'ú', 'ü', 'ë'] as const;
const after = (base: string, marks: readonly string[]) => marks.map((m) => `${base}${m}`) as unknown as ToneRow;

/** Lower-case VNI spelling of each vowel by tone. */
const VOWELS: Record<(typeof BARE_VOWELS)[number], ToneRow> = {
  a: after('a', PLAIN),
  ă: after('a', BREVE),
  â: after('a', CIRCUMFLEX),
  e: after('e', PLAIN),
  ê: after('e', CIRCUMFLEX),
  i: ['i', 'ì', 'í', 'æ', 'ó', 'ò'],
  o: after('o', PLAIN),
  ô: after('o', CIRCUMFLEX),
  ơ: after('ô', PLAIN),
  u: after('u', PLAIN),
  ư: after('ö', PLAIN),
  y: ['y', 'yø', 'yù', 'yû', 'yõ', 'î'],
};

/** VNI spelling → Unicode letter, both cases ("Ñ" → "Đ", "AÙ" → "Á"). */
const DECODE = new Map<string, string>();
/** Unicode letter → VNI spelling. */
const ENCODE = new Map<string, string>();

function add(vni: string, letter: string) {
  if (vni === letter) return;
  for (const [v, l] of [[vni, letter], [vni.toUpperCase(), letter.toUpperCase()]] as const) {
    DECODE.set(v, l);
    ENCODE.set(l, v);
  }
}
for (const vowel of BARE_VOWELS) VOWELS[vowel].forEach((vni, tone) => add(vni, toned(vowel, tone)));
add('ñ', 'đ');

/**
 * VNI text (as windows-1252 characters) → Unicode NFC. Two characters are read together when they spell one
 * letter ("oä"), else one ("ñ"); a mark byte in either case after either case of vowel is accepted, as fonts
 * showed both alike ("Vieät", "VIEÄT", "VIEät").
 */
export function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = text.slice(i, i + 2);
    const two = DECODE.get(pair) ?? mixedCase(pair);
    if (two !== undefined && pair.length === 2) {
      out += two;
      i += 2;
      continue;
    }
    const c = text.charAt(i);
    out += DECODE.get(c) ?? c;
    i += 1;
  }
  return out.normalize('NFC');
}

// "Vieät" in an upper-case heading typed with the lower-case mark, or "VIEÄT" with a lower-case vowel.
function mixedCase(pair: string): string | undefined {
  const [base = '', mark = ''] = pair;
  const letter = DECODE.get(`${base.toLowerCase()}${mark.toLowerCase()}`);
  if (letter === undefined) return undefined;
  return base === base.toUpperCase() ? letter.toUpperCase() : letter;
}

/** Unicode → VNI (windows-1252 characters), the inverse of `decodeVni` for the tests' round trips. */
export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((c) => ENCODE.get(c) ?? c).join('');
}
