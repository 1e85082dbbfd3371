import { readFile } from 'node:fs/promises';
import type { OriginalTextPage } from '@cong/content';

/**
 * Reads an original's text layer in a worker thread of the extraction pool (text-extraction.ts), which bounds its
 * memory and kills it on timeout: a hostile file (a PDF bomb, a page tree that loops) costs one worker, never the
 * CMS. Returns the pages' raw text; deciding what it means (a scan, nothing to read) is the queue's rule
 * (rules/original-text.ts). Libraries: unpdf (pdf.js's serverless build) for PDF, mammoth for DOCX, JSZip for ODT's
 * content.xml. Loaded lazily, so a worker only pays for the formats it meets.
 */
export type ExtractTask = { path: string; format: 'pdf' | 'docx' | 'odt'; maxPages: number };
export type ExtractAnswer = { ok: true; pages: OriginalTextPage[]; pageCount: number } | { ok: false; reason: 'too-many-pages'; pageCount: number };

export default async function extract(task: ExtractTask): Promise<ExtractAnswer> {
  const bytes = await readFile(task.path);
  if (task.format === 'pdf') return pdfText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), task.maxPages);
  if (task.format === 'docx') {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return { ok: true, pages: [{ page: null, text: value }], pageCount: 1 };
  }
  return { ok: true, pages: [{ page: null, text: await odtText(bytes) }], pageCount: 1 };
}

async function pdfText(data: Uint8Array, maxPages: number): Promise<ExtractAnswer> {
  const { getDocumentProxy } = await import('unpdf');
  // No fonts or images are rendered (text only); eval is off so a crafted font program never becomes code.
  const pdf = await getDocumentProxy(data, { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, fontExtraProperties: false, stopAtErrors: false, verbosity: 0 });
  try {
    if (pdf.numPages > maxPages) return { ok: false, reason: 'too-many-pages', pageCount: pdf.numPages };
    const pages: OriginalTextPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      // pdf.js's own NFKC pass costs 40 % of the time; the queue normalises to NFC itself (rules/original-text.ts).
      const content = await page.getTextContent({ disableNormalization: true });
      let text = '';
      for (const item of content.items as Array<{ str?: string; hasEOL?: boolean }>) {
        if (item.str === undefined) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push({ page: n, text });
      page.cleanup();
    }
    return { ok: true, pages, pageCount: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

/** ODT: the paragraphs and headings of content.xml, one a line (the OpenDocument text elements text:p and text:h). */
async function odtText(bytes: Buffer): Promise<string> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('content.xml')?.async('string');
  if (xml === undefined) throw new Error('ODT không có content.xml');
  return xml
    .replace(/<text:(?:s|tab)\b[^>]*\/>/g, ' ')
    .replace(/<text:line-break\s*\/>/g, '\n')
    .replace(/<\/text:(?:p|h)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => decodeEntity(entity));
}

function decodeEntity(entity: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  if (entity in named) return named[entity]!;
  const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
