import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import {
  foldDiacritics,
  foldedKey,
  normalizeInput,
  normalizeToneMarks,
  searchKey,
  slugify,
  toNfc,
} from './vietnamese-text.ts';

const nfd = (s: string) => s.normalize('NFD');

/** The rule for a row, checking on the way that the decomposed (NFD) spelling of the input gives the same answer. */
const inBothForms = (rule: (text: string) => string) => (input: string) => {
  expect(rule(nfd(input)), 'the NFD spelling').toBe(rule(input));
  return rule(input);
};

describe('toNfc', () => {
  it('composes NFD input so that it equals the NFC spelling', () => {
    const decomposed = nfd('Ủy ban nhân dân');
    expect(decomposed).not.toBe('Ủy ban nhân dân');
    expect(toNfc(decomposed)).toBe('Ủy ban nhân dân');
  });
});

describe('normalizeInput', () => {
  it('returns a copy with every string value in NFC, deep in objects and arrays', () => {
    const input = {
      title: nfd('Chỉ thị về số hóa'),
      count: 3,
      publish: true,
      missing: null,
      relations: [{ targetNumber: nfd('43/2011/NĐ-CP'), note: nfd('Dẫn chiếu') }],
      fields: [nfd('Văn thư, lưu trữ')],
    };
    const output = normalizeInput(input);
    expect(output).toEqual({
      title: 'Chỉ thị về số hóa',
      count: 3,
      publish: true,
      missing: null,
      relations: [{ targetNumber: '43/2011/NĐ-CP', note: 'Dẫn chiếu' }],
      fields: ['Văn thư, lưu trữ'],
    });
    expect(output).not.toBe(input);
    expect(input.title).toBe(nfd('Chỉ thị về số hóa'));
  });

  it('keeps tone placement, case and spacing as written: only the encoding changes', () => {
    expect(normalizeInput(nfd('  Uỷ ban hoà giải  '))).toBe('  Uỷ ban hoà giải  ');
  });

  it('leaves non-plain objects alone', () => {
    const date = new Date('2026-11-26T00:00:00Z');
    const output = normalizeInput({ at: date });
    expect(output.at).toBe(date);
  });
});

describe('normalizeToneMarks', () => {
  eachCase(inBothForms(normalizeToneMarks), [
    ['hoà', 'hòa'],
    ['hoá', 'hóa'],
    ['hoả', 'hỏa'],
    ['hoã', 'hõa'],
    ['hoạ', 'họa'],
    ['khoẻ', 'khỏe'],
    ['xoè', 'xòe'],
    ['thuỷ', 'thủy'],
    ['tuỳ', 'tùy'],
    ['luỹ', 'lũy'],
    ['huỵch', 'huỵch'],
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN', 'ỦY BAN'],
    ['HOÀ', 'HÒA'],
    ['Hoà Bình', 'Hòa Bình'],
    ['số hoá, hiện đại hoá.', 'số hóa, hiện đại hóa.'],
  ], '%s → %s (NFC and NFD input)');

  it.each([
    ['quý', 'after "q" the "u" is part of the consonant'],
    ['quí', 'the i-spelling is kept as written'],
    ['quà', 'qu + a'],
    ['hoàng', 'closed syllable: the tone is on "a" in both styles'],
    ['khuyến', 'closed syllable'],
    ['khuỷu', 'the tone of "uyu" is on "y" in both styles'],
    ['hòa', 'already in the current style'],
    ['Ủy ban', 'already in the current style'],
  ])('keeps %s (%s)', (input) => {
    expect(normalizeToneMarks(input)).toBe(input);
  });
});

describe('foldDiacritics and foldedKey', () => {
  eachCase(inBothForms(foldDiacritics), [
    ['Ủy ban nhân dân tỉnh Gia Lai', 'Uy ban nhan dan tinh Gia Lai'],
    ['Đường Điện Biên Phủ', 'Duong Dien Bien Phu'],
    ['NĐ-CP', 'ND-CP'],
    ['ÐIỀU 1', 'DIEU 1'],
    ['thuở ấy, ươn ướt', 'thuo ay, uon uot'],
  ], '%s → %s (NFC and NFD input)');

  it('foldedKey is lower-case ASCII', () => {
    expect(foldedKey('Ủy Ban Nhân Dân')).toBe('uy ban nhan dan');
    expect(foldedKey(nfd('Đồng Vân'))).toMatch(/^[\x00-\x7f]+$/);
  });
});

describe('searchKey', () => {
  it('matches old- and new-style tone placement, any case, NFC or NFD', () => {
    const variants = ['Uỷ ban hoà giải', 'ủy ban hòa giải', 'UỶ BAN HOÀ GIẢI', nfd('Uỷ ban hoà giải')];
    expect(new Set(variants.map(searchKey))).toEqual(new Set(['ủy ban hòa giải']));
  });

  it('still tells accented words apart', () => {
    expect(searchKey('Luật')).not.toBe(searchKey('Lật'));
  });
});

describe('slugify', () => {
  eachCase(slugify, [
    ['Chỉ thị', 'chi-thi'],
    ['Ủy ban nhân dân tỉnh Gia Lai', 'uy-ban-nhan-dan-tinh-gia-lai'],
    ['Công văn', 'cong-van'],
    ['Thông tư liên tịch', 'thong-tu-lien-tich'],
    ['  Văn thư, lưu trữ  ', 'van-thu-luu-tru'],
    ['Sở Số hóa (dữ liệu mẫu)', 'so-so-hoa-du-lieu-mau'],
    ['43/2011/NĐ-CP', '43-2011-nd-cp'],
    [nfd('Đồng Vân'), 'dong-van'],
    ['Uỷ ban', 'uy-ban'],
    ['!!!', ''],
  ]);
});
