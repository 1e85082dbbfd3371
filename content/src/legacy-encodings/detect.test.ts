import { describe, expect, it } from 'vitest';
import { MIN_CONFIDENCE, convertFrom, detectEncoding } from './detect.ts';
import { encodeTcvn3 } from './tcvn3.ts';
import { encodeViqr } from './viqr.ts';
import { encodeVni } from './vni.ts';

/** Legacy text as the bytes of a file: each character is the windows-1252 byte it shows as. */
const cp1252 = new Map(Array.from({ length: 256 }, (_, b) => [new TextDecoder('windows-1252').decode(new Uint8Array([b])), b] as const));
const fileBytes = (windows1252: string) => Uint8Array.from([...windows1252].map((c) => cp1252.get(c) ?? 0x3f));

// Sentences from legal documents: Luật Giao dịch điện tử 2023, Nghị định 30/2020/NĐ-CP, a provincial decision.
const LEGAL = [
  'Luật này quy định về thực hiện giao dịch điện tử.',
  'Văn bản điện tử là thông điệp dữ liệu được tạo lập hoặc được số hóa từ văn bản giấy và thể hiện chính xác, toàn vẹn nội dung của văn bản giấy.',
  'Nghị định này quy định về công tác văn thư và quản lý nhà nước về công tác văn thư.',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế quản lý, sử dụng chữ ký số trong các cơ quan nhà nước trên địa bàn tỉnh\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư; Nghị quyết của HĐND tỉnh.',
];

const ENCODERS = { tcvn3: encodeTcvn3, vni: encodeVni, viqr: encodeViqr } as const;

describe.each(Object.entries(ENCODERS))('%s: legal text encoded with the inverse table comes back as it was', (encoding, encode) => {
  it.each(LEGAL)('%s', (sentence) => {
    const verdict = detectEncoding(encode(sentence));
    expect(verdict.encoding).toBe(encoding);
    expect(verdict.decided).toBe(true);
    expect(verdict.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(verdict.text).toBe(sentence.normalize('NFC'));
  });

  if (encoding !== 'viqr') {
    it('and from a file’s bytes, which are not UTF-8', () => {
      const text = LEGAL.join('\n');
      const verdict = detectEncoding(fileBytes(encode(text)));
      expect([verdict.encoding, verdict.decided, verdict.text]).toEqual([encoding, true, text]);
    });
  }
});

describe('mojibake as it turns up in archives', () => {
  it.each([
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['Uû ban nh©n d©n tØnh Qu¶ng Ninh', 'tcvn3', 'Uỷ ban nhân dân tỉnh Quảng Ninh'],
    ['QuyÕt ®Þnh vÒ viÖc phª duyÖt kÕ ho¹ch', 'tcvn3', 'Quyết định về việc phê duyệt kế hoạch'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Quyeát ñònh veà vieäc pheâ duyeät keá hoaïch', 'vni', 'Quyết định về việc phê duyệt kế hoạch'],
    ['Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam', 'viqr', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Quye^\'t ddi.nh ve^` vie^.c phe^ duye^.t ke^\' hoa.ch.', 'viqr', 'Quyết định về việc phê duyệt kế hoạch.'],
  ])('"%s" is %s', (mojibake, encoding, unicode) => {
    const verdict = detectEncoding(mojibake);
    expect([verdict.encoding, verdict.decided, verdict.text]).toEqual([encoding, true, unicode]);
  });

  it('reads C1 controls (the file read as ISO-8859-1) as windows-1252 quotes', () => {
    expect(convertFrom('\u0093QuyÕt ®Þnh\u0094', 'tcvn3')).toBe('“Quyết định”');
  });
});

describe('text that is already Unicode is left as it is, in NFC', () => {
  it.each(LEGAL)('NFC and NFD: %s', (sentence) => {
    for (const form of [sentence.normalize('NFC'), sentence.normalize('NFD')]) {
      const verdict = detectEncoding(form);
      expect(verdict).toMatchObject({ encoding: 'unicode', decided: true, text: sentence.normalize('NFC') });
      expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
      expect(detectEncoding(new TextEncoder().encode(form))).toMatchObject({ encoding: 'unicode', text: sentence.normalize('NFC') });
    }
  });

  it('with a byte-order mark, UTF-8 or UTF-16', () => {
    const text = LEGAL[0]!;
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(detectEncoding(bom8)).toMatchObject({ encoding: 'unicode', text });
    expect(detectEncoding(utf16)).toMatchObject({ encoding: 'unicode', text });
  });

  it('a phrase that also reads as TCVN3 ("Công an" / "Cụng an") stays Unicode', () => {
    expect(detectEncoding('Công an và quân đội nhân dân').encoding).toBe('unicode');
    expect(detectEncoding('Công an').encoding).toBe('unicode');
  });
});

describe('plain ASCII', () => {
  it.each([
    'Cong hoa xa hoi chu nghia Viet Nam. Doc lap - Tu do - Hanh phuc.',
    'Ha Noi, ngay 5 thang 12 nam 2026. Dieu 1. Ban hanh kem theo Quyet dinh nay.',
    'This report is published in English for foreign investors.',
  ])('is Unicode, not VIQR, when no marks are there: %s', (text) => {
    expect(detectEncoding(text)).toMatchObject({ encoding: 'unicode', decided: true, text, confidence: 1 });
  });
});

describe('undecidable texts go to an editor', () => {
  it.each([
    ['garbage bytes', fileBytes('§¶ ¤¥ zqxj ÿþ Ø×Ö ÕÔ kkkk ¿¾½ »ºª ¨§¦ ¥¤ ÆÇÈ ±²³')],
    ['half TCVN3, half VNI', encodeTcvn3(LEGAL[1]!) + '\n' + encodeVni(LEGAL[2]!)],
    ['TCVN3 mojibake beside Unicode', `${encodeTcvn3(LEGAL[1]!)}\n${LEGAL[2]}`],
    ['a UTF-8 paragraph inside a TCVN3 file', new Uint8Array([...fileBytes(encodeTcvn3(LEGAL[1]!)), 0x0a, ...new TextEncoder().encode(LEGAL[2]!)])],
    ['too short to tell', 'ViÖt'],
  ] as const)('%s', (_what, input) => {
    const verdict = detectEncoding(input);
    expect(verdict.decided).toBe(false);
    expect(verdict.confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it('a forced reading converts what detection could not decide', () => {
    expect(convertFrom('ViÖt', 'tcvn3')).toBe('Việt');
    expect(convertFrom(fileBytes('Vieät'), 'vni')).toBe('Việt');
  });
});

describe('readings', () => {
  it('lists every reading tried, best first, with its quality', () => {
    const verdict = detectEncoding(encodeVni(LEGAL[3]!));
    expect(verdict.readings.map((r) => r.encoding)).toEqual(['vni', expect.any(String), expect.any(String)]);
    expect(verdict.readings[0]!.quality).toBe(1);
    expect(verdict.readings[1]!.quality).toBeLessThan(0.6);
  });
});
