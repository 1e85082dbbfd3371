import { foldedKey } from '@cong/content';

/**
 * `foldedKey` for long NFC texts, by table lookup. Same result for Vietnamese text; used where whole articles
 * are folded on every search (choosing the article to show), where Unicode normalisation would cost more
 * than the search itself. Characters outside the Latin ranges go through `foldedKey`.
 */
const TABLE = new Map<number, string>();
function folded(code: number): string {
  let value = TABLE.get(code);
  if (value === undefined) {
    value = foldedKey(String.fromCharCode(code));
    TABLE.set(code, value);
  }
  return value;
}

export function foldText(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) {
        out += text.slice(runStart, i) + String.fromCharCode(code + 32);
        runStart = i + 1;
      }
      continue;
    }
    // Surrogates and combining marks are left to the general rule, one character at a time.
    if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0x300 && code <= 0x36f)) {
      out += `${text.slice(runStart, i)}${foldedKey(text.slice(i, i + 1))}`;
      runStart = i + 1;
      continue;
    }
    out += text.slice(runStart, i) + folded(code);
    runStart = i + 1;
  }
  return out + text.slice(runStart);
}

/** The folded syllables of a text joined by single spaces ("Luật Lưu trữ" → "luat luu tru"), as queries fold. */
export function foldedWords(text: string): string {
  return (foldText(text).match(/[a-z0-9]+/g) ?? []).map((word) => (/^\d+$/.test(word) ? word.replace(/^0+(?=\d)/, '') : word)).join(' ');
}
