import { describe, expect, it } from 'vitest';
import { BARE_VOWELS, TONES, lowerCaseLetters, toned } from './letters.ts';
import { decodeTcvn3, encodeTcvn3 } from './tcvn3.ts';
import { decodeViqr, encodeViqr } from './viqr.ts';
import { decodeVni, encodeVni } from './vni.ts';
import { byteChar } from './windows-1252.ts';

const allLetters = lowerCaseLetters();
const upper = (letters: string[]) => letters.map((l) => l.toUpperCase());

describe('the letter grid', () => {
  it('has the 67 lower-case letters with a diacritic (12 vowels × 6 tones − 6 plain ASCII vowels + đ)', () => {
    expect(allLetters).toHaveLength(67);
    expect(new Set(allLetters).size).toBe(67);
    expect(allLetters.every((l) => l === l.normalize('NFC') && [...l].length === 1)).toBe(true);
  });
});

describe.each([
  ['TCVN3', encodeTcvn3, decodeTcvn3],
  ['VNI', encodeVni, decodeVni],
  ['VIQR', encodeViqr, decodeViqr],
] as const)('%s', (_name, encode, decode) => {
  it.each(allLetters)('lower-case "%s" goes there and back', (letter) => {
    const word = `${letter}n`;
    expect(decode(encode(word))).toBe(word);
  });

  it('every vowel with every tone, within words, comes back', () => {
    const words = BARE_VOWELS.flatMap((v) => TONES.map((_, tone) => `ng${toned(v, tone)}n`)).join(' ');
    expect(decode(encode(words))).toBe(words);
  });

  it('capitals come back on a line in capitals (a heading), đ and Đ included', () => {
    const heading = upper(allLetters).map((l) => `${l}N`).join(' ');
    expect(decode(encode(heading))).toBe(heading);
    expect(decode(encode('Đại Đoàn Kết đi đầu'))).toBe('Đại Đoàn Kết đi đầu');
  });
});

describe('TCVN3 bytes (TCVN 5712:1993, as glibc’s TCVN5712-1 decodes them)', () => {
  // Byte → letter for 0xA1–0xFF as printed by `iconv -f TCVN5712-1`; "." where the byte is not a letter in VN1.
  const GLIBC = 'ĂÂÊÔƠƯĐăâêôơưđẰ.....àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';
  it.each([...GLIBC].map((letter, i) => [0xa1 + i, letter] as const).filter(([, letter]) => letter !== '.'))('0x%s is %s', (byte, letter) => {
    expect(decodeTcvn3(`x${byteChar(byte)}`)).toBe(`x${letter}`);
  });

  it.each([
    ['ViÖt Nam', 'Việt Nam'],
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Uû ban nh©n d©n tØnh', 'Uỷ ban nhân dân tỉnh'],
    ['§iÒu 1. Tõ ngµy 01/01/2000', 'Điều 1. Từ ngày 01/01/2000'],
    ['“QuyÕt ®Þnh”', '“Quyết định”'],
  ])('mojibake "%s" is "%s"', (mojibake, unicode) => {
    expect(decodeTcvn3(mojibake)).toBe(unicode);
  });

  it('writes a tone-marked capital VN3 lacks with its lower-case code, as .VnTimeH typists did', () => {
    expect(encodeTcvn3('Ủy')).toBe('ñy');
    expect(decodeTcvn3(encodeTcvn3('ỦY BAN NHÂN DÂN'))).toBe('ỦY BAN NHÂN DÂN');
  });
});

describe('VNI bytes', () => {
  it.each([
    ['Vieät Nam', 'Việt Nam'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['ñöôïc thöïc hieän', 'được thực hiện'],
    ['Quyeát ñònh', 'Quyết định'],
    ['yù kieán, ngaøy mai, kyø hoïp, Myõ, lî', 'ý kiến, ngày mai, kỳ họp, Mỹ, lỵ'],
  ])('mojibake "%s" is "%s"', (mojibake, unicode) => {
    expect(decodeVni(mojibake)).toBe(unicode);
  });
});

describe('VIQR (RFC 1456)', () => {
  it.each([
    ['Vie^.t Nam', 'Việt Nam'],
    ['DDo^.c la^.p - Tu+. do - Ha.nh phu\'c.', 'Độc lập - Tự do - Hạnh phúc.'],
    ['Ba.n co\' kho?e kho^ng?', 'Bạn có khỏe không?'],
    ['Ddie^`u 1. Ho^.i ddo^`ng nha^n da^n. Ca\\. ca. ba', 'Điều 1. Hội đồng nhân dân. Ca. cạ ba'],
    ['Co\' hie^.u lu+.c tu+` nga`y ky\'. Ba\'o ca\'o.', 'Có hiệu lực từ ngày ký. Báo cáo.'],
    ['ngu+o+`i dda(ng ky\'', 'người đăng ký'],
    ['Hie^.u lu+.c thi ha`nh.\nDDie^`u 3.', 'Hiệu lực thi hành.\nĐiều 3.'],
    ['the^? ho^. tu+? la`', 'thể hộ tử là'],
    ['ca. ba. Ca.', 'cạ bạ Ca.'],
    ['Bo^. Tu+ pha\'p, So+? Tho^ng tin', 'Bộ Tư pháp, Sở Thông tin'],
    ['co\' ba.n.', 'có bạn.'],
    ['So^\' 12/2001/QDD-UBND, HDDND ti?nh; address', 'Số 12/2001/QĐ-UBND, HĐND tỉnh; address'],
  ])('"%s" is "%s"', (viqr, unicode) => {
    expect(decodeViqr(viqr)).toBe(unicode);
  });

  it('escapes a literal mark after a vowel, so it is not read as a tone', () => {
    expect(encodeViqr('ca. Nó?')).toBe('ca\\. No\'\\?');
    expect(decodeViqr(encodeViqr('ca. Nó? (a+b)'))).toBe('ca. Nó? (a+b)');
  });
});
