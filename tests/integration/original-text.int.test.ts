import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CmsApi, eventually } from '../support/cms-api.ts';

/**
 * Issue 14 §2 through the real stack: the originals attached to a legal document are read in the CMS's extraction
 * queue (worker threads, pdf.js), their text indexed with the document, so /api/v1/search and /tim-kiem find it by a
 * phrase only its PDF has — the hit naming the file and the page, linked through the site's /tep/ proxy. A scan is
 * flagged "cần số hóa" for the editor; hostile files (garbage, a page-count bomb) fail alone, with a Vietnamese
 * message, while the rest goes on. The PDFs are generated here with pdf-lib and DejaVu Sans (Vietnamese glyphs).
 */
const stack = inject('stack');
const target = stack.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);
const site = (path: string) => fetch(`${stack.siteUrl}${path}`);

/** A phrase found in no other content of the stack: on page 7 of the 10-page PDF only. */
const PHRASE = 'đập tràn Suối Mây bản Nà Lìu';
const RUN = Date.now().toString(36);

async function textPdf(pages: string[]): Promise<Uint8Array> {
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
async function scannedPdf(): Promise<Uint8Array> {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYGAAAAAFAAHHNTyBAAAAAElFTkSuQmCC', 'base64');
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(png);
  for (let i = 0; i < 2; i++) pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return pdf.save();
}

/** A page-count bomb: more pages than any original has (pdf.js reads the page tree, so they must be real, if empty). */
async function pageBombPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 2001; i++) pdf.addPage([100, 100]);
  return pdf.save();
}

/** Random bytes after a PDF header: what a broken upload or a hostile one looks like. */
function garbagePdf(): Uint8Array {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

async function upload(files: Array<{ bytes: Uint8Array; name: string }>): Promise<Array<{ id: number; name: string; url: string }>> {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)], { type: 'application/pdf' }), file.name);
  const response = await fetch(`${target.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${target.importerToken}` }, body: form });
  expect(response.status, await response.clone().text()).toBe(201);
  const uploaded = (await response.json()) as Array<{ id: number; name: string; url: string }>;
  // Strapi answers in its own order: by name, as they were sent.
  return files.map((file) => uploaded.find((u) => u.name === file.name)!);
}

type Hit = { number?: string; url: string; highlight: string; attachment?: { file: string; page: number | null; url: string } };

const api = async (q: string) => {
  const response = await site(`/api/v1/search?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { hits: Hit[]; total: number };
};

describe('the originals are searchable (issue 14 §2)', () => {
  const names = { text: `quyet-dinh-${RUN}.pdf`, scan: `ban-quet-${RUN}.pdf`, garbage: `hong-${RUN}.pdf`, truncated: `cat-cut-${RUN}.pdf`, bomb: `bom-trang-${RUN}.pdf` };
  let documentId = '';
  let number = '';

  beforeAll(async () => {
    const pages = Array.from({ length: 10 }, (_, i) =>
      i === 6 ? `Trang ${i + 1}\nỦy ban nhân dân xã giao Ban quản lý dự án\nsửa chữa ${PHRASE} trước mùa mưa lũ.` : `Trang ${i + 1}\nNội dung quyết định về việc phân bổ kinh phí\nduy tu công trình thủy lợi năm 2026.`,
    );
    const full = await textPdf(pages);
    const [text, scan, garbage, truncated, bomb] = await upload([
      { bytes: full, name: names.text },
      { bytes: await scannedPdf(), name: names.scan },
      { bytes: garbagePdf(), name: names.garbage },
      // The first half of the same PDF, as an interrupted transfer leaves it.
      { bytes: full.slice(0, Math.floor(full.length / 2)), name: names.truncated },
      { bytes: await pageBombPdf(), name: names.bomb },
    ]);
    const type = (await cms.rest('GET', '/document-types?filters[slug][$eq]=quyet-dinh')).body.data[0];
    const issuer = (await cms.rest('GET', '/issuing-bodies?pagination[pageSize]=1')).body.data[0];
    number = `${(Date.now() % 9000) + 1000}/QĐ-UBND`;
    const created = await cms.rest('POST', '/legal-documents?status=published', {
      data: {
        title: 'Quyết định phân bổ kinh phí duy tu công trình thủy lợi',
        number,
        issuedDate: '2026-11-20',
        documentType: type.documentId,
        issuingBody: issuer.documentId,
        body: '## Điều 1. Phân bổ kinh phí\n\nPhân bổ kinh phí theo phụ lục đính kèm.',
        attachments: [text!.id, scan!.id, garbage!.id, truncated!.id, bomb!.id],
      },
    });
    // Publishing never waits for extraction: the document is created at once, its files are read afterwards.
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    documentId = created.body.data.documentId;
  }, 120_000);

  it('finds the document by a phrase only its PDF has; the hit names the file and the page, and links to it', async () => {
    let hit: Hit | undefined;
    await eventually(async () => {
      hit = (await api(PHRASE)).hits.find((h) => h.number === number);
      return hit !== undefined;
    }, 30_000);
    expect(hit!.attachment).toMatchObject({ file: names.text, page: 7 });
    // Absolute, on the site's public address (PUBLIC_SITE_URL), through the /tep/ file proxy.
    const link = new URL(hit!.attachment!.url);
    expect(link.pathname).toMatch(/^\/tep\/[^/]+\.pdf$/);
    expect(link.hash).toBe('#page=7');
    expect(hit!.highlight).toContain('<mark>');
    expect(hit!.url).toMatch(/\/van-ban\/[^#]+$/);
    // The link opens the file through the site's proxy.
    const file = await site(link.pathname);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/application\/pdf/);
    // Unaccented, as citizens type.
    expect((await api('dap tran suoi may ban na liu')).hits.some((h) => h.number === number)).toBe(true);
  });

  it('shows the file and page on /tim-kiem, linked to the page of the file', async () => {
    const html = await (await site(`/tim-kiem?q=${encodeURIComponent(PHRASE)}`)).text();
    expect(html).toContain(`Tìm thấy trong tệp đính kèm ${names.text}, trang 7`);
    expect(html).toMatch(/href="\/tep\/[^"#]+\.pdf#page=7">Mở tệp tại trang 7<\/a>/);
  });

  it('flags the scan "cần số hóa" and fails the hostile files alone, each with its reason, for the editor', async () => {
    type Report = { files: Array<{ name: string; status: string; label: string; error: string | null; pages: number }>; progress: Record<string, number> };
    let report: Report | undefined;
    await eventually(async () => {
      const answer = await cms.adminRequest('GET', `/api/original-text/documents/${documentId}`);
      report = answer.body as Report;
      return answer.status === 200 && report.files.length === 5 && report.files.every((f) => f.status !== 'pending');
    }, 60_000);
    const byName = new Map(report!.files.map((file) => [file.name, file]));
    expect(byName.get(names.text)).toMatchObject({ status: 'extracted', pages: 10, error: null });
    expect(byName.get(names.scan)).toMatchObject({ status: 'needs-digitising', label: 'Cần số hóa (tệp quét, không có lớp văn bản)' });
    expect(byName.get(names.garbage)).toMatchObject({ status: 'failed', error: 'Tệp không đọc được như một tệp PDF hợp lệ (hỏng, bị cắt cụt hoặc sai định dạng).' });
    expect(byName.get(names.truncated)).toMatchObject({ status: 'failed', error: 'Tệp không đọc được như một tệp PDF hợp lệ (hỏng, bị cắt cụt hoặc sai định dạng).' });
    expect(byName.get(names.bomb)).toMatchObject({ status: 'failed', error: 'Tệp có quá nhiều trang (2001 trang, tối đa 2000 trang): không trích xuất nội dung.' });
    expect(report!.progress.failed).toBeGreaterThanOrEqual(3);
    expect(report!.progress['needs-digitising']).toBeGreaterThanOrEqual(1);
  });

  it('tells operators how the queue stands, and tells no one else', async () => {
    const progress = await cms.rest('GET', '/original-text/progress');
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ running: expect.any(Number), waiting: expect.any(Number), retrying: expect.any(Number) });
    expect(progress.body.extracted).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${target.url}/api/original-text/progress`)).status).toBe(401);
    expect((await fetch(`${target.url}/api/original-text/documents/${documentId}`)).status).toBe(401);
    // The text stays private: the upload API never hands it out.
    const files = await cms.rest('GET', '/upload/files?pagination[pageSize]=100');
    expect(JSON.stringify(files.body)).not.toContain('textLayer');
  });
});
