import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { findTypeAbbreviation } from './document-number.ts';
import { DOCUMENT_TYPES, DocumentTypeSchema, findDocumentType } from './document-types.ts';

describe('DOCUMENT_TYPES', () => {
  it('holds the catalogue in legal order, each entry valid', () => {
    expect(DOCUMENT_TYPES.map((type) => type.name)).toEqual([
      'Hiến pháp',
      'Luật',
      'Pháp lệnh',
      'Lệnh',
      'Nghị quyết',
      'Nghị định',
      'Quyết định',
      'Thông tư',
      'Thông tư liên tịch',
      'Chỉ thị',
      'Công văn',
      'Thông báo',
      'Kế hoạch',
      'Văn bản hợp nhất',
      'Hướng dẫn',
      'Báo cáo',
    ]);
    for (const type of DOCUMENT_TYPES) expect(DocumentTypeSchema.parse(type)).toEqual(type);
    const orders = DOCUMENT_TYPES.map((type) => type.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });

  it.each([
    ['Nghị định', 'nghi-dinh', 'NĐ', true],
    ['Luật', 'luat', null, true],
    ['Thông tư liên tịch', 'thong-tu-lien-tich', 'TTLT', true],
    ['Chỉ thị', 'chi-thi', 'CT', false],
    ['Công văn', 'cong-van', null, false],
    ['Văn bản hợp nhất', 'van-ban-hop-nhat', 'VBHN', false],
  ])('%s: slug %s, abbreviation %s, normative %s', (name, slug, abbreviation, normative) => {
    expect(findDocumentType(name)).toMatchObject({ name, slug, abbreviation, normative });
  });

  it('agrees with the number parser on every abbreviation', () => {
    for (const type of DOCUMENT_TYPES) {
      if (type.abbreviation !== null) expect(findTypeAbbreviation(type.abbreviation)?.typeName).toBe(type.name);
    }
  });

  it('has unique slugs', () => {
    expect(new Set(DOCUMENT_TYPES.map((type) => type.slug)).size).toBe(DOCUMENT_TYPES.length);
  });
});

describe('findDocumentType', () => {
  eachCase((input: string) => findDocumentType(input)?.name, [
    ['Chỉ thị', 'Chỉ thị'],
    ['chỉ thị', 'Chỉ thị'],
    ['CHỈ THỊ', 'Chỉ thị'],
    ['Chỉ thị'.normalize('NFD'), 'Chỉ thị'],
    ['chi-thi', 'Chỉ thị'],
    ['Chi thi', 'Chỉ thị'],
    ['  Nghị định ', 'Nghị định'],
    ['thong-tu', 'Thông tư'],
    ['Thông tư liên tịch', 'Thông tư liên tịch'],
    ['Van ban hop nhat', 'Văn bản hợp nhất'],
  ], '%j → %s');

  it.each(['', 'Tờ trình', 'thong-tu-lien', 'Quyết'])('%j → null', (input) => {
    expect(findDocumentType(input)).toBeNull();
  });
});
