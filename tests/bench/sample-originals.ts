import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';

/** DejaVu Sans from the npm package: a font with every Vietnamese letter, embedded as a subset. */
const font = readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/DejaVuSans.ttf'));

/**
 * A 10-page PDF with a text layer of Vietnamese, distinct for each `n` (an original attached once per document: a
 * file the CMS already holds would not be read again). What the originals' benchmarks attach to every document.
 */
export async function tenPagePdf(n: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const embedded = await pdf.embedFont(font, { subset: true });
  for (let page = 1; page <= 10; page++) {
    const p = pdf.addPage([595.28, 841.89]);
    for (let line = 0; line < 30; line++) p.drawText(`Văn bản số ${n}, trang ${page}: quy định về quản lý công trình thủy lợi, dòng ${line + 1}.`, { x: 60, y: 780 - line * 24, size: 11, font: embedded });
  }
  return pdf.save();
}
