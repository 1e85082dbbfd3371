import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { DemoDocument } from '../../content/src/demo/index.ts';

/**
 * The demo content's attachments as A4 PDFs laid out roughly like a Vietnamese administrative document (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): the issuing body top left, the national motto top right, the title centred, the body
 * wrapped to the page, and a "DỮ LIỆU MẪU" mark on every page. pdf-lib writes the file and DejaVu Serif (free
 * Bitstream Vera/DejaVu licence, covers Vietnamese) is embedded as a subset, so the text is real, extractable
 * Unicode (pdf-lib adds the ToUnicode map) and each file stays a few tens of kilobytes.
 */
export async function samplePdf(document: DemoDocument): Promise<Uint8Array> {
  const doc = normalized(document);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold, italic] = await Promise.all(['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf'].map(async (file) => pdf.embedFont(await fontBytes(file), { subset: true })));
  const fonts = { regular: regular!, bold: bold!, italic: italic! };

  pdf.setTitle(doc.subtitle ? `${doc.title} — ${doc.subtitle}` : doc.title, { showInWindowTitleBar: true });
  pdf.setLanguage('vi');
  pdf.setProducer('Cổng');
  pdf.setCreator('Cổng — dữ liệu mẫu');
  pdf.setSubject(`${MARK} — tài liệu trình diễn, không có giá trị pháp lý`);
  pdf.setKeywords([MARK]);

  const writer = new PageWriter(pdf, fonts);
  writer.header(doc);
  writer.centred(doc.title.toLocaleUpperCase('vi'), fonts.bold, 14);
  if (doc.subtitle) writer.centred(doc.subtitle, fonts.bold, 13);
  writer.gap(14);
  for (const paragraph of doc.body) writer.paragraph(paragraph, fonts.regular, 13);
  return pdf.save();
}

/** "Sample data": the words every demo file carries, so no one mistakes it for a real document. */
const MARK = 'DỮ LIỆU MẪU';

const A4 = { width: 595.28, height: 841.89 };
/** Margins of Nghị định 30/2020/NĐ-CP (top 20 mm, bottom 20 mm, left 30 mm, right 15 mm), in points. */
const MARGIN = { top: 57, bottom: 57, left: 85, right: 43 };
const INK = rgb(0, 0, 0);
const RED = rgb(0.75, 0.05, 0.05);

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };

const fontDir = () => createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
const fontCache = new Map<string, Promise<Buffer>>();
function fontBytes(file: string): Promise<Buffer> {
  let bytes = fontCache.get(file);
  if (!bytes) fontCache.set(file, (bytes = readFile(fontDir() + file)));
  return bytes;
}

/** NFC on the way in: text typed on a Mac or pasted from Word may come decomposed. */
function normalized(d: DemoDocument): DemoDocument {
  const n = (s: string) => s.normalize('NFC');
  return {
    issuer: { parent: d.issuer.parent && n(d.issuer.parent), body: n(d.issuer.body) },
    reference: d.reference && n(d.reference),
    placeDate: d.placeDate && n(d.placeDate),
    title: n(d.title),
    subtitle: d.subtitle && n(d.subtitle),
    body: d.body.map(n),
  };
}

/** Greedy word wrap by measured width (a single word wider than the line stays whole on its own line). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes top to bottom, starting a new page (with its sample mark) when the current one is full. */
class PageWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly width = A4.width - MARGIN.left - MARGIN.right;

  private readonly pdf: PDFDocument;
  private readonly fonts: Fonts;

  constructor(pdf: PDFDocument, fonts: Fonts) {
    this.pdf = pdf;
    this.fonts = fonts;
    this.newPage();
  }

  /** Two columns: the issuing body (and number) on the left, the motto (and place, date) on the right. */
  header(doc: DemoDocument): void {
    const { regular, bold, italic } = this.fonts;
    const leftWidth = 210;
    const left = { x: MARGIN.left - 20, width: leftWidth };
    const right = { x: left.x + leftWidth + 10, width: A4.width - MARGIN.right - (left.x + leftWidth + 10) };
    const top = this.y;

    let y = top;
    // Each name on one line where it fits at 10 pt or more, as on a printed document; wrapped only beyond that.
    const names: Array<[string, PDFFont]> = [...(doc.issuer.parent ? [[doc.issuer.parent, regular] as [string, PDFFont]] : []), [doc.issuer.body, bold]];
    for (const [name, font] of names) {
      const upper = name.toLocaleUpperCase('vi');
      const size = Math.max(10, fitSize(upper, font, 12, left.width));
      for (const line of wrap(upper, font, size, left.width)) y = this.drawCentred(line, font, size, left, y);
    }
    this.rule(left, y - 1, 60);
    if (doc.reference) y = this.drawCentred(doc.reference, regular, 12, left, y - 14);

    let ry = top;
    const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const mottoSize = fitSize(motto, bold, 12, right.width);
    ry = this.drawCentred(motto, bold, mottoSize, right, ry);
    const slogan = 'Độc lập - Tự do - Hạnh phúc';
    ry = this.drawCentred(slogan, bold, mottoSize + 1, right, ry);
    this.rule(right, ry - 1, bold.widthOfTextAtSize(slogan, mottoSize + 1));
    if (doc.placeDate) ry = this.drawCentred(doc.placeDate, italic, 12, right, ry - 14);

    this.y = Math.min(y, ry) - 28;
  }

  centred(text: string, font: PDFFont, size: number): void {
    for (const line of wrap(text, font, size, this.width)) {
      this.room(size * 1.4);
      this.y = this.drawCentred(line, font, size, { x: MARGIN.left, width: this.width }, this.y);
    }
  }

  paragraph(text: string, font: PDFFont, size: number): void {
    const indent = 28;
    // First line indented (as in administrative documents), the following ones at the margin.
    const words = text.split(/\s+/).filter(Boolean);
    let first = '';
    while (words.length && font.widthOfTextAtSize(first ? `${first} ${words[0]}` : words[0]!, size) <= this.width - indent) first = first ? `${first} ${words.shift()}` : words.shift()!;
    if (!first && words.length) first = words.shift()!;
    const lines = [first, ...wrap(words.join(' '), font, size, this.width)];
    lines.forEach((line, i) => {
      this.room(size * 1.5);
      this.page.drawText(line, { x: MARGIN.left + (i === 0 ? indent : 0), y: this.y - size, size, font, color: INK });
      this.y -= size * 1.5;
    });
    this.y -= size * 0.4;
  }

  gap(points: number): void {
    this.y -= points;
  }

  private room(height: number): void {
    if (this.y - height < MARGIN.bottom + 24) this.newPage();
  }

  private newPage(): void {
    this.page = this.pdf.addPage([A4.width, A4.height]);
    const { bold, italic } = this.fonts;
    // The mark as text in the top margin, boxed in red; as text, not a diagonal watermark, so that the text layer
    // a search index reads stays in reading order.
    const size = 10;
    const label = `${MARK} — không có giá trị pháp lý`;
    const x = A4.width - MARGIN.right - bold.widthOfTextAtSize(label, size);
    this.page.drawRectangle({ x: x - 4, y: A4.height - 34, width: bold.widthOfTextAtSize(label, size) + 8, height: size + 8, borderColor: RED, borderWidth: 0.8 });
    this.page.drawText(label, { x, y: A4.height - 30, size, font: bold, color: RED });
    const footer = 'Tài liệu mẫu của Cổng, tạo để trình diễn chức năng; mọi tên, số hiệu và nội dung đều là giả định.';
    const footerSize = fitSize(footer, italic, 9, this.width);
    this.page.drawText(footer, { x: MARGIN.left, y: MARGIN.bottom - 20, size: footerSize, font: italic, color: INK });
    this.y = A4.height - MARGIN.top;
  }

  /** Draws one line centred in a column; the baseline of the next line. */
  private drawCentred(text: string, font: PDFFont, size: number, column: { x: number; width: number }, y: number): number {
    const w = font.widthOfTextAtSize(text, size);
    this.page.drawText(text, { x: column.x + Math.max(0, (column.width - w) / 2), y: y - size, size, font, color: INK });
    return y - size * 1.35;
  }

  /** The short rule under the issuing body and under the motto. */
  private rule(column: { x: number; width: number }, y: number, length: number): void {
    const x = column.x + (column.width - length) / 2;
    this.page.drawLine({ start: { x, y }, end: { x: x + length, y }, thickness: 0.6, color: INK });
  }
}

/** The largest size ≤ size (by half points) at which text fits the width: the motto must stay on one line. */
function fitSize(text: string, font: PDFFont, size: number, width: number): number {
  let s = size;
  while (s > 6 && font.widthOfTextAtSize(text, s) > width) s -= 0.5;
  return s;
}
