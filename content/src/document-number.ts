import { z } from 'zod';
import { todayInVietnam } from './dates.ts';
import { foldDiacritics, foldedKey, toNfc } from './vietnamese-text.ts';

/**
 * Số, ký hiệu: the one rule for reading a document number.
 *
 * Nghị định 30/2020/NĐ-CP (Phụ lục I) writes a number as `số/ký hiệu`: a sequence restarting every year, then
 * capital abbreviation groups joined by "-" without spaces. Legal documents (VBQPPL) add the year:
 * `số/năm/ký hiệu` (43/2011/NĐ-CP; laws carry the National Assembly term instead of a type: 67/2006/QH11).
 * The first group is the document type (CT-TTg: Chỉ thị of the Thủ tướng) except in công văn, whose groups are
 * the issuing body and the drafting unit (1950/TTg-KGVX).
 *
 * Leniency, decided once here: input is accepted in any letter case ("43/2011/nd-cp"), in NFD, with spaces
 * around "/" and "-" (PDF extraction and hand typing add them), with typographic dashes ("–") and with "Ð"
 * (U+00D0, which some PDF fonts produce for "Đ"). These are cleaned in `raw`. Anything else is rejected with
 * a message that says how to write the number.
 */

/** A type abbreviation used as the first group of a ký hiệu. */
export const TypeAbbreviationSchema = z.object({
  /** As Nghị định 30/2020/NĐ-CP writes it (mixed case matters: "TTr" Tờ trình vs "TT" Thông tư). */
  abbreviation: z.string(),
  /** Hình thức văn bản. */
  typeName: z.string(),
});
export type TypeAbbreviation = z.output<typeof TypeAbbreviationSchema>;

/**
 * Nghị định 30/2020/NĐ-CP Phụ lục III (administrative documents) and the abbreviations that legal documents
 * use in practice (NĐ-CP, TT-B…, PL-UBTVQH, L-CTN, VBHN-…). Laws and the Hiến pháp have none: their number
 * ends with the National Assembly term (QH15). "CV" for công văn is deliberately absent: the decree gives
 * công văn no type abbreviation.
 */
export const TYPE_ABBREVIATIONS: readonly TypeAbbreviation[] = [
  { abbreviation: 'PL', typeName: 'Pháp lệnh' },
  { abbreviation: 'L', typeName: 'Lệnh' },
  { abbreviation: 'NQ', typeName: 'Nghị quyết' },
  { abbreviation: 'NQLT', typeName: 'Nghị quyết liên tịch' },
  { abbreviation: 'NĐ', typeName: 'Nghị định' },
  { abbreviation: 'QĐ', typeName: 'Quyết định' },
  { abbreviation: 'TT', typeName: 'Thông tư' },
  { abbreviation: 'TTLT', typeName: 'Thông tư liên tịch' },
  { abbreviation: 'VBHN', typeName: 'Văn bản hợp nhất' },
  { abbreviation: 'CT', typeName: 'Chỉ thị' },
  { abbreviation: 'QC', typeName: 'Quy chế' },
  { abbreviation: 'QyĐ', typeName: 'Quy định' },
  { abbreviation: 'TC', typeName: 'Thông cáo' },
  { abbreviation: 'TB', typeName: 'Thông báo' },
  { abbreviation: 'HD', typeName: 'Hướng dẫn' },
  { abbreviation: 'CTr', typeName: 'Chương trình' },
  { abbreviation: 'KH', typeName: 'Kế hoạch' },
  { abbreviation: 'PA', typeName: 'Phương án' },
  { abbreviation: 'ĐA', typeName: 'Đề án' },
  { abbreviation: 'DA', typeName: 'Dự án' },
  { abbreviation: 'BC', typeName: 'Báo cáo' },
  { abbreviation: 'BB', typeName: 'Biên bản' },
  { abbreviation: 'TTr', typeName: 'Tờ trình' },
  { abbreviation: 'HĐ', typeName: 'Hợp đồng' },
  { abbreviation: 'CĐ', typeName: 'Công điện' },
  { abbreviation: 'BGN', typeName: 'Bản ghi nhớ' },
  { abbreviation: 'BTT', typeName: 'Bản thỏa thuận' },
  { abbreviation: 'GUQ', typeName: 'Giấy ủy quyền' },
  { abbreviation: 'GM', typeName: 'Giấy mời' },
  { abbreviation: 'GGT', typeName: 'Giấy giới thiệu' },
  { abbreviation: 'GNP', typeName: 'Giấy nghỉ phép' },
  { abbreviation: 'PG', typeName: 'Phiếu gửi' },
  { abbreviation: 'PC', typeName: 'Phiếu chuyển' },
  { abbreviation: 'PB', typeName: 'Phiếu báo' },
];

const BY_UPPER = new Map(TYPE_ABBREVIATIONS.map((entry) => [entry.abbreviation.toUpperCase(), entry]));
// Typed without "Đ" ("nd-cp"), an abbreviation is still recognised when only one entry folds to it;
// HD (Hướng dẫn) / HĐ (Hợp đồng) and DA / ĐA fold alike, so for those the exact spelling wins.
const BY_FOLDED = new Map<string, TypeAbbreviation | null>();
for (const entry of TYPE_ABBREVIATIONS) {
  const folded = foldDiacritics(entry.abbreviation).toUpperCase();
  BY_FOLDED.set(folded, BY_FOLDED.has(folded) ? null : entry);
}

/** The type abbreviation a symbol group stands for, whatever its case and whether "Đ" was typed as "D". */
export function findTypeAbbreviation(group: string): TypeAbbreviation | null {
  const upper = toNfc(group).toUpperCase();
  return BY_UPPER.get(upper) ?? BY_FOLDED.get(foldDiacritics(upper)) ?? null;
}

export const DocumentNumberShapeSchema = z.enum(['sequence-symbol', 'sequence-year-symbol', 'official-letter']);
/**
 * - `sequence-symbol`: 15/CT-TTg, 2256/QĐ-BTTTT, 26/VBHN-NHNN (first group is a type abbreviation);
 * - `sequence-year-symbol`: 43/2011/NĐ-CP, 67/2006/QH11 (legal documents);
 * - `official-letter`: 1950/TTg-KGVX (công văn: first group is the issuing body).
 */
export type DocumentNumberShape = z.output<typeof DocumentNumberShapeSchema>;

export const ParsedDocumentNumberSchema = z.object({
  /** The number as written, NFC and trimmed, with spaces around "/" and "-" removed and dashes made ASCII. */
  raw: z.string(),
  sequence: z.number().int().min(1).max(99999),
  year: z.number().int().nullable(),
  /** Everything after the sequence (and year), as written: "NĐ-CP", "TTg-KGVX". */
  symbol: z.string(),
  shape: DocumentNumberShapeSchema,
  /** The type abbreviation as the decree spells it ("NĐ" for "nd"), or null (laws, công văn). */
  typeAbbreviation: z.string().nullable(),
  /** The issuing body's groups as written: "TTg", "CP", "BTC-BTP", "QH11". */
  issuerAbbreviation: z.string(),
  /** Canonical key for uniqueness and for resolving references: upper case, Đ → D, no leading zeros. */
  key: z.string(),
  /** URL segment: the number as written, ASCII lower case, "/" → "-" ("07-ct-btttt"). */
  slug: z.string(),
});
export type ParsedDocumentNumber = z.output<typeof ParsedDocumentNumberSchema>;

export type DocumentNumberParseResult = { ok: true; value: ParsedDocumentNumber } | { ok: false; error: string };

export const FIRST_DOCUMENT_YEAR = 1945;
const EXAMPLES = 'ví dụ đúng: 15/CT-TTg, 43/2011/NĐ-CP, 1950/TTg-KGVX';

function fail(raw: string, reason: string): DocumentNumberParseResult {
  return { ok: false, error: `Số ký hiệu "${raw}" không đúng định dạng: ${reason} (${EXAMPLES})` };
}

function clean(input: string): string {
  return toNfc(input)
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/Ð/g, 'Đ')
    .replace(/\s*([/-])\s*/g, '$1');
}

const GROUP = /^[A-Za-zĐđ0-9]+$/;
const HAS_LETTER = /[A-Za-zĐđ]/;

export type ParseDocumentNumberOptions = {
  /** The latest year accepted is this plus one (documents dated next year are issued in late December). */
  currentYear?: number;
};

/** Reads a số ký hiệu. Never throws: a wrong number yields a Vietnamese message that says how to fix it. */
export function parseDocumentNumber(input: string, options: ParseDocumentNumberOptions = {}): DocumentNumberParseResult {
  const raw = clean(input);
  if (raw === '') {
    return { ok: false, error: `Số ký hiệu đang để trống: nhập số ký hiệu như in trên văn bản (${EXAMPLES})` };
  }
  if (/^số[\s:.]/iu.test(raw)) {
    return fail(raw, 'bỏ chữ "Số" ở đầu, chỉ nhập phần số ký hiệu');
  }
  const bad = /[^A-Za-zĐđ0-9/\-\s]/u.exec(raw);
  if (bad !== null) {
    return fail(raw, `có ký tự không được dùng "${bad[0]}" (chỉ dùng chữ cái không dấu, chữ Đ, chữ số, dấu "-" và "/")`);
  }
  if (/\s/.test(raw)) {
    return fail(raw, 'có khoảng trắng bên trong ký hiệu; viết liền, không cách');
  }
  const parts = raw.split('/');
  if (parts.length === 1) {
    if (/^\d+-/.test(raw)) return fail(raw, 'thiếu dấu "/" giữa số và ký hiệu');
    return fail(raw, 'thiếu dấu "/" giữa số và ký hiệu, hoặc thiếu phần số');
  }
  if (parts.length > 3) {
    return fail(raw, 'có quá nhiều dấu "/"; dạng đúng là số/ký hiệu hoặc số/năm/ký hiệu');
  }
  const [sequenceText = '', ...rest] = parts;
  const symbol = rest[rest.length - 1] ?? '';
  const yearText = parts.length === 3 ? (rest[0] ?? '') : null;

  if (sequenceText === '') return fail(raw, 'thiếu số thứ tự trước dấu "/"');
  if (!/^\d+$/.test(sequenceText)) {
    if (/^\d+-[A-Za-zĐđ]+$/.test(sequenceText)) {
      return fail(raw, `"${sequenceText}" viết theo kiểu văn bản của Đảng (số-loại/cơ quan), chưa được hỗ trợ; văn bản nhà nước ghi số rồi mới đến dấu "/"`);
    }
    return fail(raw, `số thứ tự "${sequenceText}" chỉ được gồm chữ số`);
  }
  const sequence = Number(sequenceText);
  if (sequenceText.length > 5 || sequence < 1) return fail(raw, `số thứ tự "${sequenceText}" phải từ 1 đến 99999`);

  let year: number | null = null;
  if (yearText !== null) {
    if (yearText === '') return fail(raw, 'có hai dấu "/" liền nhau');
    if (!/^\d{4}$/.test(yearText)) return fail(raw, `năm ban hành "${yearText}" phải có đủ 4 chữ số`);
    year = Number(yearText);
    const lastYear = (options.currentYear ?? Number(todayInVietnam().slice(0, 4))) + 1;
    if (year < FIRST_DOCUMENT_YEAR || year > lastYear) {
      return fail(raw, `năm ban hành ${year} nằm ngoài khoảng ${FIRST_DOCUMENT_YEAR}–${lastYear}`);
    }
  }

  if (symbol === '') return fail(raw, 'thiếu ký hiệu sau dấu "/"');
  if (/^\d+$/.test(symbol)) return fail(raw, `thiếu ký hiệu sau "${symbol}" (loại văn bản và cơ quan ban hành)`);
  if (symbol.startsWith('-') || symbol.endsWith('-')) {
    return fail(raw, 'ký hiệu không được bắt đầu hoặc kết thúc bằng dấu "-"');
  }
  if (symbol.includes('--')) return fail(raw, 'ký hiệu có hai dấu "-" liền nhau');
  const groups = symbol.split('-');
  for (const group of groups) {
    if (!GROUP.test(group) || !HAS_LETTER.test(group)) {
      return fail(raw, `nhóm "${group}" trong ký hiệu phải có chữ cái`);
    }
  }

  const [first = '', ...others] = groups;
  const type = findTypeAbbreviation(first);
  if (type !== null && others.length === 0) {
    return fail(raw, `ký hiệu "${symbol}" chỉ có loại văn bản (${type.typeName}), thiếu cơ quan ban hành sau dấu "-", như ${first}-UBND`);
  }
  const shape: DocumentNumberShape = year !== null ? 'sequence-year-symbol' : type !== null ? 'sequence-symbol' : 'official-letter';
  const issuerAbbreviation = type !== null ? others.join('-') : shape === 'official-letter' ? first : symbol;
  const keySymbol = foldDiacritics(symbol).toUpperCase();

  return {
    ok: true,
    value: {
      raw,
      sequence,
      year,
      symbol,
      shape,
      typeAbbreviation: type?.abbreviation ?? null,
      issuerAbbreviation,
      key: year === null ? `${sequence}/${keySymbol}` : `${sequence}/${year}/${keySymbol}`,
      slug: foldedKey(raw).replace(/\//g, '-'),
    },
  };
}

/** The canonical key of a number, or null when it cannot be read (the reference then stays unresolved). */
export function numberKey(raw: string): string | null {
  const parsed = parseDocumentNumber(raw);
  return parsed.ok ? parsed.value.key : null;
}

/** The URL slug of a number, or null when it cannot be read. */
export function numberSlug(raw: string): string | null {
  const parsed = parseDocumentNumber(raw);
  return parsed.ok ? parsed.value.slug : null;
}

/** A số ký hiệu field at a boundary (import, CMS input): must parse; the message says how to fix it. */
export const DocumentNumberSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseDocumentNumber(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
});
