import { describe, expect, inject } from 'vitest';
import { it, logInToAdmin } from '../support/browser.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';
import { scannedPdf, textPdf } from '../support/original-pdfs.ts';

/**
 * The editor sees, beside a legal document in the admin, how far the text of each attached original was read for
 * search: a scan is flagged "Cần số hóa", a read PDF says how many pages have text (issue 14 §2).
 */
const stack = inject('stack');
const target = stack.cms.sqlite!;
const cms = new CmsApi(target.url, target.importerToken, target);

describe("the originals' side panel on a legal document in the admin", () => {
  it('flags a scanned original "cần số hóa" and counts the pages read of a text PDF', async ({ openPage }) => {
    const run = Date.now().toString(36);
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(await scannedPdf())], { type: 'application/pdf' }), `ban-quet-e2e-${run}.pdf`);
    form.append('files', new Blob([new Uint8Array(await textPdf(['Trang một của bản gốc: lịch tiếp công dân.', 'Trang hai của bản gốc: địa điểm tiếp công dân.']))], { type: 'application/pdf' }), `ban-goc-e2e-${run}.pdf`);
    const uploaded = (await (await fetch(`${target.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${target.importerToken}` }, body: form })).json()) as Array<{ id: number }>;
    const type = (await cms.rest('GET', '/document-types?filters[slug][$eq]=thong-bao')).body.data[0];
    const created = await cms.rest('POST', '/legal-documents', {
      data: { title: 'Thông báo kèm bản quét để kiểm tra bảng tệp gốc', number: `${(Date.now() % 900) + 100}/TB-E2E`, issuedDate: '2026-11-21', documentType: type.documentId, attachments: uploaded.map((file) => file.id) },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const documentId: string = created.body.data.documentId;
    await eventually(async () => (await cms.adminRequest('GET', `/api/original-text/documents/${documentId}`)).body.files.every((file: { status: string }) => file.status !== 'pending'), 30_000);

    const page = await openPage({ viewport: { width: 1400, height: 900 } });
    await logInToAdmin(page, target.url, target.adminEmail, target.adminPassword);
    await page.goto(`${target.url}/admin/content-manager/collection-types/api::legal-document.legal-document/${documentId}`);
    // Strapi may render the side panels twice (wide and narrow layouts): the first is enough.
    await page.getByText('Nội dung tệp gốc (tìm kiếm)').first().waitFor({ timeout: 20_000 });
    await page.getByText('Cần số hóa (tệp quét, không có lớp văn bản)').first().waitFor({ timeout: 10_000 });
    await page.getByText('Đã trích xuất nội dung (2 trang có chữ)').first().waitFor({ timeout: 10_000 });
    expect(await page.getByText(`ban-quet-e2e-${run}.pdf`).count()).toBeGreaterThan(0);
  });
});
