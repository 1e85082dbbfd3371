import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import extract from './extract-worker';

/**
 * The worker's readers on real files (the queue runs the same function in a worker thread): Word and OpenDocument
 * text written here with JSZip as the smallest files their readers accept; PDFs are covered through the stack
 * (tests/integration/original-text.int.test.ts).
 */
const dir = mkdtempSync(join(tmpdir(), 'cong-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function save(name: string, files: Record<string, string>): Promise<string> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  return path;
}

describe('extract (the worker)', () => {
  it('reads the paragraphs of a DOCX with mammoth', async () => {
    const path = await save('phu-luc.docx', {
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml':
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Phụ lục I</w:t></w:r></w:p><w:p><w:r><w:t>Danh mục giống lúa chịu mặn</w:t></w:r></w:p></w:body></w:document>',
    });
    const answer = await extract({ path, format: 'docx', maxPages: 10 });
    expect(answer.ok && answer.pages[0]!.page).toBeNull();
    expect(answer.ok && answer.pages[0]!.text).toMatch(/Phụ lục I\s+Danh mục giống lúa chịu mặn/);
  });

  it('reads the paragraphs and headings of an ODT content.xml, entities and spaces decoded', async () => {
    const path = await save('quyet-dinh.odt', {
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml':
        '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:h>Điều 1.<text:s/>Phạm vi</text:h><text:p>Kênh &amp; mương &lt;nội đồng&gt; &#273;ạt chuẩn</text:p></office:text></office:body></office:document-content>',
    });
    const answer = await extract({ path, format: 'odt', maxPages: 10 });
    expect(answer).toEqual({ ok: true, pages: [{ page: null, text: 'Điều 1. Phạm vi\nKênh & mương <nội đồng> đạt chuẩn\n' }], pageCount: 1 });
  });

  it('refuses a file that is not the format it claims', async () => {
    const path = join(dir, 'gia.odt');
    writeFileSync(path, 'không phải tệp zip');
    await expect(extract({ path, format: 'odt', maxPages: 10 })).rejects.toThrow();
    await expect(extract({ path, format: 'docx', maxPages: 10 })).rejects.toThrow();
  });
});
