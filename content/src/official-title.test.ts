import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { englishOfficialTitle } from './official-title.ts';

describe('englishOfficialTitle', () => {
  eachCase(englishOfficialTitle, [
    ['Chủ tịch Ủy ban nhân dân tỉnh', "Chairperson of the Provincial People's Committee"],
    ['Phó Chủ tịch Uỷ ban nhân dân tỉnh', "Vice Chairperson of the Provincial People's Committee"],
    ['Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố', "Standing Vice Chairperson of the City People's Committee"],
    ['Chủ tịch Hội đồng nhân dân huyện', "Chairperson of the District People's Council"],
    ['Chủ tịch Ủy ban nhân dân', "Chairperson of the People's Committee"],
  ], '%s');
  it.each([['Giám đốc Sở Tư pháp'], ['Chánh Văn phòng'], [''], [null]])('leaves %s untranslated', (title) => {
    expect(englishOfficialTitle(title)).toBeNull();
  });
});
