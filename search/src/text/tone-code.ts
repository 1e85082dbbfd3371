import { syllables } from './syllables.ts';

/**
 * A Telex-like ASCII spelling of a syllable that keeps every accent: "đường" → "dduwowngf", "ủy" → "uyr".
 * Meilisearch folds all diacritics away when it tokenises (charabia), so "đường" and "dương" are the same word
 * to it; a field holding these codes lets it tell them apart, and rank what the citizen typed first. Tone
 * letters go at the end of the syllable, so old and new tone placement ("hoà"/"hòa") code alike.
 */

const TONES: Record<string, string> = { '\u0300': 'f', '\u0301': 's', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
const SHAPES: Record<string, string> = { '\u0302': 'circ', '\u0306': 'w', '\u031b': 'w' };

export function toneCodeSyllable(exact: string): string {
  let out = '';
  let tone = '';
  for (const ch of exact.normalize('NFD')) {
    if (ch === 'đ') out += 'dd';
    else if (TONES[ch] !== undefined) tone = TONES[ch];
    else if (SHAPES[ch] === 'circ') out += out.at(-1) ?? '';
    else if (SHAPES[ch] !== undefined) out += 'w';
    else if (!/\p{M}/u.test(ch)) out += ch;
  }
  return out + tone;
}

/** The tone-coded syllables of a text, space separated (what the `…Toned` fields hold). */
export function toneCodeText(text: string): string {
  return syllables(text)
    .map((syllable) => toneCodeSyllable(syllable.exact))
    .join(' ');
}
