/**
 * The one place where Vietnamese text is normalised. Text reaches the portal from PDF extraction, Word and
 * hand typing, so the same word arrives in several byte sequences:
 * - Unicode NFC (precomposed "ộ") or NFD ("o" + circumflex + dot below); they look identical but compare unequal;
 * - two tone-mark placements in open syllables: "hoà"/"hòa", "thuỷ"/"thủy", "Uỷ ban"/"Ủy ban";
 * - with or without diacritics (citizens often search "uy ban nhan dan").
 * Stored text is only ever rewritten to NFC (`normalizeInput`); everything else here builds comparison keys.
 */

export function toNfc(s: string): string {
  return s.normalize('NFC');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of `value` with every string (values, not keys) in NFC, walking plain objects and arrays.
 * The CMS runs it on every write so that search, uniqueness and equality see one byte sequence per word.
 * Other objects (Date, Buffer, class instances) are returned as they are: they carry no editor text.
 */
export function normalizeInput<T>(value: T): T {
  if (typeof value === 'string') return toNfc(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeInput(item)) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null);
    for (const [key, item] of Object.entries(value)) copy[key] = normalizeInput(item);
    return copy as T;
  }
  return value;
}

// Tone-marked forms, indexed by tone: huyền, sắc, hỏi, ngã, nặng.
const TONED: Record<string, string> = {
  a: 'àáảãạ',
  A: 'ÀÁẢÃẠ',
  e: 'èéẻẽẹ',
  E: 'ÈÉẺẼẸ',
  y: 'ỳýỷỹỵ',
  Y: 'ỲÝỶỸỴ',
  o: 'òóỏõọ',
  O: 'ÒÓỎÕỌ',
  u: 'ùúủũụ',
  U: 'ÙÚỦŨỤ',
};

function baseAndTone(ch: string): { base: string; tone: number } | null {
  for (const [base, forms] of Object.entries(TONED)) {
    const tone = forms.indexOf(ch);
    if (tone >= 0) return { base, tone };
  }
  return null;
}

/*
 * Old-style placement puts the tone on the second vowel of an open "oa", "oe" or "uy" ("hoà", "khoẻ", "thuỷ");
 * the style used by most government texts today puts it on the first ("hòa", "khỏe", "thủy").
 * Only open syllables are concerned: "hoàng", "khuyến" and "khuỷu" place the tone identically in both styles,
 * hence the lookahead (no letter or combining mark may follow). After "q" the "u" belongs to the consonant
 * ("quý", "quà"), hence the lookbehind.
 */
const OLD_STYLE = /(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/**
 * Rewrites old-style tone placement to the style in current use, preserving case:
 * "hoà" → "hòa", "thuỷ" → "thủy", "Uỷ" → "Ủy", "HOÀ" → "HÒA". The result is NFC.
 */
export function normalizeToneMarks(s: string): string {
  return toNfc(s).replace(OLD_STYLE, (match: string, o?: string, oVowel?: string, u?: string, uVowel?: string) => {
    const first = o ?? u;
    const second = oVowel ?? uVowel;
    if (first === undefined || second === undefined) return match;
    const parsed = baseAndTone(second);
    const firstForms = TONED[first];
    if (parsed === null || firstForms === undefined) return match;
    return `${firstForms[parsed.tone] ?? first}${parsed.base}`;
  });
}

/**
 * Removes every diacritic and maps đ/Đ to d/D: "Ủy ban" → "Uy ban". Works on NFC and NFD input alike.
 * "Ð" (U+00D0, Icelandic eth) is folded too: some PDF fonts extract it in place of "Đ".
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .normalize('NFC');
}

/** Key for accent-sensitive matching: lower case, NFC, one tone placement ("Uỷ ban" and "ủy ban" match). */
export function searchKey(s: string): string {
  return normalizeToneMarks(toNfc(s).toLowerCase());
}

/** Key for accent-insensitive matching: lower-case ASCII letters ("Ủy ban" → "uy ban"). */
export function foldedKey(s: string): string {
  return foldDiacritics(s).toLowerCase();
}

/** URL slug: lower-case ASCII words joined by "-" ("Ủy ban nhân dân tỉnh Gia Lai" → "uy-ban-nhan-dan-tinh-gia-lai"). */
export function slugify(s: string): string {
  return foldedKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
