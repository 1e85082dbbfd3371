import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

/**
 * Originals for the extraction queue's tests, generated on the spot with pdf-lib: a text PDF in Vietnamese (DejaVu
 * Sans embedded as a subset, so pdf.js reads real Unicode), a scan without any text layer, and hostile files.
 */

/** One page per string, each line of it a line of text. */
export async function textPdf(pages: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fontFile = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/DejaVuSans.ttf');
  const font = await pdf.embedFont(await readFile(fontFile), { subset: true });
  for (const text of pages) {
    const page = pdf.addPage([595.28, 841.89]);
    text.split('\n').forEach((line, i) => page.drawText(line, { x: 72, y: 770 - i * 18, size: 12, font }));
  }
  return pdf.save();
}

/** A "scan": each page one picture and no text at all (a 2×2 grey PNG stretched over the page). */
export async function scannedPdf(): Promise<Uint8Array> {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYGAAAAAFAAHHNTyBAAAAAElFTkSuQmCC', 'base64');
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(png);
  for (let i = 0; i < 2; i++) pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return pdf.save();
}

/** A page-count bomb: more pages than any original has (pdf.js reads the page tree, so they must be real, if empty). */
export async function pageBombPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 2001; i++) pdf.addPage([100, 100]);
  return pdf.save();
}

/** Random bytes after a PDF header: what a broken upload or a hostile one looks like. */
export function garbagePdf(): Uint8Array {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

/**
 * A decompression bomb: a PDF of a few hundred kilobytes whose one page's content stream (FlateDecode) inflates to
 * `inflatedMb` megabytes — one string operand of that length, which pdf.js's lexer gathers character by character.
 */
export async function inflationBombPdf(inflatedMb: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([100, 100]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  const content = Buffer.alloc(inflatedMb * 1024 * 1024, 'x');
  content.write('BT /F1 1 Tf (');
  content.write(') Tj ET\n', content.length - 8);
  page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.flateStream(content)));
  return pdf.save();
}

/**
 * A long PDF made fast: `pages` pages sharing one page's text (one content stream, one font), which pdf.js still
 * reads page by page — seconds of work for the extraction queue.
 */
export async function longTextPdf(text: string, pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await textPdf([text]));
  const [first] = pdf.getPages();
  for (let i = 1; i < pages; i++) {
    const page = pdf.addPage([595.28, 841.89]);
    page.node.set(PDFName.of('Contents'), first!.node.get(PDFName.of('Contents'))!);
    page.node.set(PDFName.of('Resources'), first!.node.get(PDFName.of('Resources'))!);
  }
  return pdf.save();
}
