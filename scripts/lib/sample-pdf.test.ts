import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type DemoDocument, demoDraftFiles } from '../../content/src/demo/index.ts';
import { samplePdf, wrap } from './sample-pdf.ts';

/**
 * The text a reader (or a search indexer) gets back from a page: each shown string of the content streams decoded
 * through its font's ToUnicode map. pdf-lib shows text as hex glyph ids (`<0001…> Tj`) after selecting the font
 * (`/Name size Tf`); this reads only that, which is all the writer produces.
 */
function pageText(pdf: PDFDocument, pageIndex: number): string {
  const page = pdf.getPage(pageIndex);
  const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
  const toUnicode = new Map<string, Map<string, string>>();
  for (const [name, ref] of fonts.entries()) {
    const font = pdf.context.lookup(ref, PDFDict);
    const cmap = new TextDecoder().decode(decodePDFRawStream(font.lookup(PDFName.of('ToUnicode')) as PDFRawStream).decode());
    const map = new Map<string, string>();
    for (const [, glyph, code] of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)) map.set(glyph!.toLowerCase(), String.fromCodePoint(...code!.match(/.{4}/g)!.map((h) => Number.parseInt(h, 16))));
    toUnicode.set(name.asString(), map);
  }
  const contents = page.node.get(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents!];
  const shown: string[] = [];
  let font: Map<string, string> | undefined;
  for (const ref of streams) {
    const ops = new TextDecoder().decode(decodePDFRawStream(pdf.context.lookup(ref) as PDFRawStream).decode());
    for (const [, fontName, hex] of ops.matchAll(/(\/\S+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj/g)) {
      if (fontName) font = toUnicode.get(fontName);
      else shown.push(hex!.match(/.{4}/g)!.map((glyph) => font?.get(glyph.toLowerCase()) ?? '\uFFFD').join(''));
    }
  }
  return shown.join('\n');
}

const document: DemoDocument = {
  issuer: { parent: 'Ủy ban nhân dân tỉnh Sông Hồng', body: 'Sở Tư pháp' },
  reference: 'Số: …/TTr-STP',
  placeDate: 'Sông Hồng, ngày … tháng … năm 2026',
  title: 'Tờ trình',
  subtitle: 'Về việc ban hành Quy định công bố thông tin hành chính',
  body: ['Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quyết định.'],
};

describe('samplePdf', () => {
  it('writes an A4 PDF with its metadata in Vietnamese (title, language vi, producer Cổng)', async () => {
    const bytes = await samplePdf(document);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-'); // what the CMS's upload check sniffs
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(pdf.getTitle()).toBe('Tờ trình — Về việc ban hành Quy định công bố thông tin hành chính');
    expect(pdf.getProducer()).toBe('Cổng');
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('vi');
  });

  it('embeds a subset of a TrueType font, so the file stays small', async () => {
    const bytes = await samplePdf(document);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const fontFiles = pdf.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFDict && object.has(PDFName.of('FontFile2')));
    expect(fontFiles.length).toBeGreaterThan(0);
    expect(bytes.length).toBeLessThan(60_000); // the whole DejaVu Serif is 350 kB per face
  });

  it('keeps the text with its diacritics in the text layer: header, motto, title, body, sample mark', async () => {
    const text = pageText(await PDFDocument.load(await samplePdf(document), { updateMetadata: false }), 0);
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH SÔNG HỒNG',
      'SỞ TƯ PHÁP',
      'Số: …/TTr-STP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Sông Hồng, ngày … tháng … năm 2026',
      'TỜ TRÌNH',
      'DỮ LIỆU MẪU',
      'Sở Tư pháp kính trình Ủy ban nhân dân tỉnh xem xét',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('\uFFFD');
  });

  it('stores decomposed (NFD) input as NFC text', async () => {
    const nfd = { ...document, title: 'Tờ trình'.normalize('NFD'), body: ['Kính trình Ủy ban'.normalize('NFD')] };
    const pdf = await PDFDocument.load(await samplePdf(nfd), { updateMetadata: false });
    const text = pageText(pdf, 0);
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính trình Ủy ban');
    expect(pdf.getTitle()).toBe(`Tờ trình — ${document.subtitle}`);
  });

  it('continues a long body on further pages, each marked as sample data', async () => {
    const paragraph = 'Đây là một đoạn văn dài của tài liệu mẫu, viết để kiểm tra việc xuống dòng và sang trang của văn bản tiếng Việt.';
    const pdf = await PDFDocument.load(await samplePdf({ ...document, body: Array.from({ length: 40 }, (_, i) => `${i + 1}. ${paragraph}`) }));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    const pages = Array.from({ length: pdf.getPageCount() }, (_, i) => pageText(pdf, i));
    for (const text of pages) expect(text).toContain('DỮ LIỆU MẪU');
    expect(pages.at(-1)).toContain(`40. ${paragraph.split(' ').slice(0, 3).join(' ')}`);
  });

  it.each(Object.values(demoDraftFiles).flat())('writes the demo file $fileName with its title in the text layer', async (file) => {
    const pdf = await PDFDocument.load(await samplePdf(file.document), { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    expect(pageText(pdf, 0)).toContain(file.document.title.toLocaleUpperCase('vi'));
  });
});

describe('wrap', () => {
  // Courier is monospaced (7.2 pt a character at 12 pt), so the widths below are easy to check by hand.
  it.each([
    { text: 'mot hai ba', width: 1000, lines: ['mot hai ba'] },
    { text: 'mot hai ba', width: 50.4, lines: ['mot hai', 'ba'] },
    { text: 'mot hai ba', width: 50, lines: ['mot', 'hai ba'] },
    { text: 'mot hai ba', width: 30, lines: ['mot', 'hai', 'ba'] },
    { text: '  mot   hai  ', width: 1000, lines: ['mot hai'] },
    { text: 'doc-lap-tu-do', width: 10, lines: ['doc-lap-tu-do'] },
    { text: '', width: 100, lines: [] },
  ])('wraps "$text" at $width pt', async ({ text, width, lines }) => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Courier);
    expect(wrap(text, font, 12, width)).toEqual(lines);
  });
});
