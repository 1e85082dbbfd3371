import { foldedKey } from '@cong/content';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold.ts';

describe('foldText is foldedKey for NFC texts', () => {
  it.each([
    'Ủy ban nhân dân tỉnh Đồng Vân',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập, Tự do, Hạnh phúc',
    'Nghị định số 43/2011/NĐ-CP; khuỷu, thuở, giữ, ngữ, ỷ, ỹ, ợ',
    'Ðiều 5 (Ð from a PDF font) “quoted” «x» 100%',
  ])('%s', (text) => {
    expect(foldText(text)).toBe(foldedKey(text));
  });
});
