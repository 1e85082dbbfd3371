import { parseDocumentNumber, toNfc } from '@cong/content';

/**
 * Finding số ký hiệu inside running text and inside queries. What a number is, and its key, is decided by
 * `parseDocumentNumber` in @cong/content; this module only finds the candidates, as they are written in
 * texts ("số 43/2011/NĐ-CP", "Nghị định 43/2011/NĐ- CP" broken by PDF extraction) and typed in a search box
 * ("43/2011/nd-cp", "nd-cp 43/2011", "43/2011 nđ cp").
 */

export type NumberMention = {
  /** Canonical key ("43/2011/ND-CP"), as `numberKey` computes it. */
  key: string;
  /** Offsets of the mention in the NFC text. */
  start: number;
  end: number;
};

const GROUP = '[\\p{L}\\d]+';
const DASH = '\\s*[-‐-―−]\\s*';
const SLASH = '\\s*\\/\\s*';
// sequence / [year /] symbol, the symbol being letter groups joined by dashes ("NĐ-CP", "TTg-KGVX", "QH15").
const WRITTEN = new RegExp(`(?<![\\p{L}\\p{N}/])(\\d{1,5})${SLASH}(?:(\\d{4})${SLASH})?(${GROUP}(?:${DASH}${GROUP})*)`, 'gu');

function clean(symbol: string): string {
  return symbol.replace(/\s+/g, '').replace(/[‐-―−]/g, '-');
}

/** The key of sequence/year/symbol parts, or null when they do not make a valid number. */
export function keyOf(sequence: string, year: string | undefined, symbol: string): string | null {
  const written = year === undefined ? `${sequence}/${clean(symbol)}` : `${sequence}/${year}/${clean(symbol)}`;
  const parsed = parseDocumentNumber(written);
  return parsed.ok ? parsed.value.key : null;
}

/**
 * Every valid number written in a text, in order. A symbol group that is really the next word ("15/CT-TTg
 * về") cannot be swallowed: groups are joined only by dashes.
 */
export function findDocumentNumbers(text: string): NumberMention[] {
  const nfc = toNfc(text).replace(/Ð/g, 'Đ');
  const out: NumberMention[] = [];
  for (const match of nfc.matchAll(WRITTEN)) {
    const [whole, sequence = '', year, symbol = ''] = match;
    let key = keyOf(sequence, year, symbol);
    let length = whole.length;
    // A trailing group may be a word glued by a dash ("15/CT-TTg-về" does not occur, but "NĐ-CP-" broken
    // lines do): retry without the last group before giving up.
    if (key === null && symbol.includes('-')) {
      const shorter = symbol.slice(0, symbol.search(new RegExp(`${DASH}${GROUP}$`, 'u')));
      key = keyOf(sequence, year, shorter);
      length = whole.length - (symbol.length - shorter.length);
    }
    if (key !== null) out.push({ key, start: match.index, end: match.index + length });
  }
  return out;
}

/** The distinct keys of the numbers a text cites. */
export function citedNumberKeys(text: string): string[] {
  return [...new Set(findDocumentNumbers(text).map((mention) => mention.key))];
}
