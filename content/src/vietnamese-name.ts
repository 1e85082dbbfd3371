/**
 * Vietnamese personal names: "Nguyễn Thị Minh Khai" is family name (họ) "Nguyễn", middle names (tên đệm) "Thị Minh"
 * and given name (tên) "Khai". People are addressed and listed by their given name, so a directory sorted by the
 * whole string from the family name (or by code point, which puts "Đỗ" after "Trần") is not how Vietnamese readers
 * look a name up (product audit D13). Collation is ICU's Vietnamese (Node's full ICU): a < ă < â, d < đ, o < ô < ơ,
 * u < ư, tones after the letter.
 */
export type VietnameseNameParts = { family: string; middle: string; given: string };

/** The parts of a full name as written (family name first). One word is a given name alone. */
export function vietnameseNameParts(fullName: string): VietnameseNameParts {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0]! };
  return { family: words[0]!, middle: words.slice(1, -1).join(' '), given: words.at(-1)! };
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant' });

/** Orders by given name, then middle names, then family name, in the Vietnamese alphabet. */
export function compareVietnameseNames(a: string, b: string): number {
  const x = vietnameseNameParts(a);
  const y = vietnameseNameParts(b);
  return collator.compare(x.given, y.given) || collator.compare(x.middle, y.middle) || collator.compare(x.family, y.family) || collator.compare(a, b);
}
