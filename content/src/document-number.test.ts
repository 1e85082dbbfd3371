import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import {
  DocumentNumberSchema,
  findTypeAbbreviation,
  numberKey,
  numberSlug,
  parseDocumentNumber,
  TYPE_ABBREVIATIONS,
  type ParsedDocumentNumber,
} from './document-number.ts';

const CURRENT_YEAR = 2026;
const parse = (raw: string) => parseDocumentNumber(raw, { currentYear: CURRENT_YEAR });

type Expected = Omit<ParsedDocumentNumber, 'raw'> & { raw?: string };

describe.each<[string, Expected]>([
  [
    '15/CT-TTg',
    { sequence: 15, year: null, symbol: 'CT-TTg', shape: 'sequence-symbol', typeAbbreviation: 'CT', issuerAbbreviation: 'TTg', key: '15/CT-TTG', slug: '15-ct-ttg' },
  ],
  [
    '07/CT-BTTTT',
    { sequence: 7, year: null, symbol: 'CT-BTTTT', shape: 'sequence-symbol', typeAbbreviation: 'CT', issuerAbbreviation: 'BTTTT', key: '7/CT-BTTTT', slug: '07-ct-btttt' },
  ],
  [
    '2256/QĐ-BTTTT',
    { sequence: 2256, year: null, symbol: 'QĐ-BTTTT', shape: 'sequence-symbol', typeAbbreviation: 'QĐ', issuerAbbreviation: 'BTTTT', key: '2256/QD-BTTTT', slug: '2256-qd-btttt' },
  ],
  [
    '26/VBHN-NHNN',
    { sequence: 26, year: null, symbol: 'VBHN-NHNN', shape: 'sequence-symbol', typeAbbreviation: 'VBHN', issuerAbbreviation: 'NHNN', key: '26/VBHN-NHNN', slug: '26-vbhn-nhnn' },
  ],
  [
    '120/TB-UBND',
    { sequence: 120, year: null, symbol: 'TB-UBND', shape: 'sequence-symbol', typeAbbreviation: 'TB', issuerAbbreviation: 'UBND', key: '120/TB-UBND', slug: '120-tb-ubnd' },
  ],
  [
    '12/CTr-UBND',
    { sequence: 12, year: null, symbol: 'CTr-UBND', shape: 'sequence-symbol', typeAbbreviation: 'CTr', issuerAbbreviation: 'UBND', key: '12/CTR-UBND', slug: '12-ctr-ubnd' },
  ],
  [
    '43/2011/NĐ-CP',
    { sequence: 43, year: 2011, symbol: 'NĐ-CP', shape: 'sequence-year-symbol', typeAbbreviation: 'NĐ', issuerAbbreviation: 'CP', key: '43/2011/ND-CP', slug: '43-2011-nd-cp' },
  ],
  [
    '67/2006/QH11',
    { sequence: 67, year: 2006, symbol: 'QH11', shape: 'sequence-year-symbol', typeAbbreviation: null, issuerAbbreviation: 'QH11', key: '67/2006/QH11', slug: '67-2006-qh11' },
  ],
  [
    '12/2025/QH15',
    { sequence: 12, year: 2025, symbol: 'QH15', shape: 'sequence-year-symbol', typeAbbreviation: null, issuerAbbreviation: 'QH15', key: '12/2025/QH15', slug: '12-2025-qh15' },
  ],
  [
    '10/2021/TT-BXD',
    { sequence: 10, year: 2021, symbol: 'TT-BXD', shape: 'sequence-year-symbol', typeAbbreviation: 'TT', issuerAbbreviation: 'BXD', key: '10/2021/TT-BXD', slug: '10-2021-tt-bxd' },
  ],
  [
    '03/2011/QĐ-UBND',
    { sequence: 3, year: 2011, symbol: 'QĐ-UBND', shape: 'sequence-year-symbol', typeAbbreviation: 'QĐ', issuerAbbreviation: 'UBND', key: '3/2011/QD-UBND', slug: '03-2011-qd-ubnd' },
  ],
  [
    '28/2018/QĐ-TTg',
    { sequence: 28, year: 2018, symbol: 'QĐ-TTg', shape: 'sequence-year-symbol', typeAbbreviation: 'QĐ', issuerAbbreviation: 'TTg', key: '28/2018/QD-TTG', slug: '28-2018-qd-ttg' },
  ],
  [
    '01/2021/TTLT-BTC-BTP',
    { sequence: 1, year: 2021, symbol: 'TTLT-BTC-BTP', shape: 'sequence-year-symbol', typeAbbreviation: 'TTLT', issuerAbbreviation: 'BTC-BTP', key: '1/2021/TTLT-BTC-BTP', slug: '01-2021-ttlt-btc-btp' },
  ],
  [
    '139/2026/VBHN-LQ-VPQH',
    { sequence: 139, year: 2026, symbol: 'VBHN-LQ-VPQH', shape: 'sequence-year-symbol', typeAbbreviation: 'VBHN', issuerAbbreviation: 'LQ-VPQH', key: '139/2026/VBHN-LQ-VPQH', slug: '139-2026-vbhn-lq-vpqh' },
  ],
  [
    '05/2026/NQ-HĐND',
    { sequence: 5, year: 2026, symbol: 'NQ-HĐND', shape: 'sequence-year-symbol', typeAbbreviation: 'NQ', issuerAbbreviation: 'HĐND', key: '5/2026/NQ-HDND', slug: '05-2026-nq-hdnd' },
  ],
  [
    '1950/TTg-KGVX',
    { sequence: 1950, year: null, symbol: 'TTg-KGVX', shape: 'official-letter', typeAbbreviation: null, issuerAbbreviation: 'TTg', key: '1950/TTG-KGVX', slug: '1950-ttg-kgvx' },
  ],
  [
    '3526/VPCP-KGVX',
    { sequence: 3526, year: null, symbol: 'VPCP-KGVX', shape: 'official-letter', typeAbbreviation: null, issuerAbbreviation: 'VPCP', key: '3526/VPCP-KGVX', slug: '3526-vpcp-kgvx' },
  ],
  [
    '123/UBND',
    { sequence: 123, year: null, symbol: 'UBND', shape: 'official-letter', typeAbbreviation: null, issuerAbbreviation: 'UBND', key: '123/UBND', slug: '123-ubnd' },
  ],
  [
    '43/2011/nd-cp',
    { sequence: 43, year: 2011, symbol: 'nd-cp', shape: 'sequence-year-symbol', typeAbbreviation: 'NĐ', issuerAbbreviation: 'cp', key: '43/2011/ND-CP', slug: '43-2011-nd-cp' },
  ],
  [
    '15/ct-ttg',
    { sequence: 15, year: null, symbol: 'ct-ttg', shape: 'sequence-symbol', typeAbbreviation: 'CT', issuerAbbreviation: 'ttg', key: '15/CT-TTG', slug: '15-ct-ttg' },
  ],
  [
    '  15 / CT - TTg ',
    { raw: '15/CT-TTg', sequence: 15, year: null, symbol: 'CT-TTg', shape: 'sequence-symbol', typeAbbreviation: 'CT', issuerAbbreviation: 'TTg', key: '15/CT-TTG', slug: '15-ct-ttg' },
  ],
  [
    '43/2011/NÐ–CP',
    { raw: '43/2011/NĐ-CP', sequence: 43, year: 2011, symbol: 'NĐ-CP', shape: 'sequence-year-symbol', typeAbbreviation: 'NĐ', issuerAbbreviation: 'CP', key: '43/2011/ND-CP', slug: '43-2011-nd-cp' },
  ],
  [
    '2027/QĐ-UBND',
    { sequence: 2027, year: null, symbol: 'QĐ-UBND', shape: 'sequence-symbol', typeAbbreviation: 'QĐ', issuerAbbreviation: 'UBND', key: '2027/QD-UBND', slug: '2027-qd-ubnd' },
  ],
])('parseDocumentNumber(%j)', (input, expected) => {
  it('reads every part', () => {
    const result = parse(input);
    expect(result).toEqual({ ok: true, value: { raw: input, ...expected } });
  });

  it('reads the NFD spelling the same way', () => {
    const result = parse(input.normalize('NFD'));
    expect(result.ok && result.value.key).toBe(expected.key);
  });
});

describe.each<[string, string]>([
  ['', 'đang để trống'],
  ['   ', 'đang để trống'],
  ['15-CT-TTg', 'thiếu dấu "/" giữa số và ký hiệu'],
  ['CT-TTg', 'thiếu dấu "/"'],
  ['15/', 'thiếu ký hiệu sau dấu "/"'],
  ['/CT-TTg', 'thiếu số thứ tự'],
  ['15//CT-TTg', 'hai dấu "/" liền nhau'],
  ['15/CT--TTg', 'hai dấu "-" liền nhau'],
  ['15/-CT-TTg', 'bắt đầu hoặc kết thúc bằng dấu "-"'],
  ['15/CT-TTg-', 'bắt đầu hoặc kết thúc bằng dấu "-"'],
  ['15a/CT-TTg', 'số thứ tự "15a" chỉ được gồm chữ số'],
  ['IV/CT-TTg', 'chỉ được gồm chữ số'],
  ['0/CT-TTg', 'phải từ 1 đến 99999'],
  ['123456/CT-TTg', 'phải từ 1 đến 99999'],
  ['43/11/NĐ-CP', 'phải có đủ 4 chữ số'],
  ['43/1944/NĐ-CP', 'nằm ngoài khoảng 1945–2027'],
  ['43/2028/NĐ-CP', 'nằm ngoài khoảng 1945–2027'],
  ['15/2012', 'thiếu ký hiệu'],
  ['15/CT', 'thiếu cơ quan ban hành'],
  ['43/2011/NĐ', 'thiếu cơ quan ban hành'],
  ['15/CT-11', 'phải có chữ cái'],
  ['1/2/3/4', 'quá nhiều dấu "/"'],
  ['15/CT TTg', 'khoảng trắng'],
  ['15/CT-TTg.', 'ký tự không được dùng "."'],
  ['15/CT_TTg', 'ký tự không được dùng "_"'],
  ['15/CT-TƯ', 'ký tự không được dùng "Ư"'],
  ['Số: 15/CT-TTg', 'bỏ chữ "Số"'],
  ['57-NQ/TW', 'văn bản của Đảng'],
])('parseDocumentNumber rejects %j', (input, fragment) => {
  it(`with a message containing "${fragment}" and correct examples`, () => {
    const result = parse(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(fragment);
    expect(result.error).toContain('ví dụ đúng: 15/CT-TTg, 43/2011/NĐ-CP, 1950/TTg-KGVX');
  });
});

describe('parseDocumentNumber messages', () => {
  it('says exactly how to fix a missing slash', () => {
    expect(parse('15-CT-TTg')).toEqual({
      ok: false,
      error:
        'Số ký hiệu "15-CT-TTg" không đúng định dạng: thiếu dấu "/" giữa số và ký hiệu (ví dụ đúng: 15/CT-TTg, 43/2011/NĐ-CP, 1950/TTg-KGVX)',
    });
  });

  it('accepts next year (documents dated in January are numbered in late December) by default', () => {
    const next = new Date().getUTCFullYear() + 1;
    expect(parseDocumentNumber(`1/${next}/QĐ-UBND`).ok).toBe(true);
    expect(parseDocumentNumber(`1/${next + 2}/QĐ-UBND`).ok).toBe(false);
  });
});

describe('numberKey and numberSlug', () => {
  it('give the same key to every spelling of one number', () => {
    const spellings = ['07/CT-BTTTT', '7/CT-BTTTT', '7/ct-btttt', ' 07 / CT-BTTTT '];
    expect(new Set(spellings.map(numberKey))).toEqual(new Set(['7/CT-BTTTT']));
  });

  it('tell apart numbers that differ only by year or issuer', () => {
    expect(numberKey('43/2011/NĐ-CP')).not.toBe(numberKey('43/2012/NĐ-CP'));
    expect(numberKey('15/CT-TTg')).not.toBe(numberKey('15/CT-UBND'));
  });

  it('keep the leading zero in the slug, as written', () => {
    expect(numberSlug('07/CT-BTTTT')).toBe('07-ct-btttt');
    expect(numberSlug('1950/TTg-KGVX')).toBe('1950-ttg-kgvx');
  });

  it('return null for an unreadable number', () => {
    expect(numberKey('15-CT-TTg')).toBeNull();
    expect(numberSlug('')).toBeNull();
  });
});

describe('findTypeAbbreviation', () => {
  eachCase((group: string) => findTypeAbbreviation(group)?.typeName, [
    ['CT', 'Chỉ thị'],
    ['ct', 'Chỉ thị'],
    ['NĐ', 'Nghị định'],
    ['nd', 'Nghị định'],
    ['QyĐ', 'Quy định'],
    ['qyd', 'Quy định'],
    ['TTr', 'Tờ trình'],
    ['HD', 'Hướng dẫn'],
    ['HĐ', 'Hợp đồng'],
    ['DA', 'Dự án'],
    ['ĐA', 'Đề án'],
  ]);

  it.each(['TTg', 'UBND', 'VPCP', 'QH15', 'CV'])('%s is not a type', (group) => {
    expect(findTypeAbbreviation(group)).toBeNull();
  });

  it('has no abbreviation twice', () => {
    const upper = TYPE_ABBREVIATIONS.map((entry) => entry.abbreviation.toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
  });
});

describe('DocumentNumberSchema', () => {
  it('passes readable numbers and carries the fix-it message otherwise', () => {
    expect(DocumentNumberSchema.safeParse('43/2011/NĐ-CP').success).toBe(true);
    const result = DocumentNumberSchema.safeParse('15-CT-TTg');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('thiếu dấu "/"');
  });
});
