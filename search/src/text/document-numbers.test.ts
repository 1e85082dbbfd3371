import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { citedNumberKeys, findDocumentNumbers } from './document-numbers.ts';

describe('findDocumentNumbers', () => {
  eachCase((text: string) => findDocumentNumbers(text).map((m) => m.key), [
    ['Căn cứ Nghị định số 43/2011/NĐ-CP ngày 13/6/2011', ['43/2011/ND-CP']],
    ['Chỉ thị số 15/CT-TTg về việc', ['15/CT-TTG']],
    ['Công văn số 1950/TTg-KGVX', ['1950/TTG-KGVX']],
    ['theo Nghị định số 30/2020/NĐ-\nCP về công tác văn thư', ['30/2020/ND-CP']],
    ['Luật số 67/2006/QH11', ['67/2006/QH11']],
    ['Chỉ thị 9/CT-UBND và 09/CT-UBND', ['9/CT-UBND', '9/CT-UBND']],
    ['ngày 22/5/2012 và tỷ lệ 80/100', []],
  ], '%s');

  it('gives the offsets of the mention', () => {
    const text = 'theo 15/CT-TTg về';
    const [mention] = findDocumentNumbers(text);
    expect(text.slice(mention!.start, mention!.end)).toBe('15/CT-TTg');
  });

  it('lists each cited key once', () => {
    expect(citedNumberKeys('15/CT-TTg; 15/ct-ttg; 43/2011/NĐ-CP')).toEqual(['15/CT-TTG', '43/2011/ND-CP']);
  });
});
