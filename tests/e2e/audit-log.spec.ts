import { readFile } from 'node:fs/promises';
import { describe, expect, inject } from 'vitest';
import { it, logInToAdmin } from '../support/browser.ts';
import { adminCall, adminLogin } from '../support/consultation-stack.ts';

/**
 * The super admin opens "Nhật ký thao tác" from the admin's menu, finds an edit just made, narrows the list by
 * content type and by dates, and downloads it as CSV.
 */
const stack = inject('stack');
const cms = stack.cms.sqlite!;
const ARTICLE = 'api::article.article';

describe('the audit log page in the admin', () => {
  it('lists an edit with its person, filters it and exports CSV', async ({ openPage }) => {
    const jwt = await adminLogin(cms.url, cms.adminEmail, cms.adminPassword);
    const title = `Tin kiểm thử nhật ký trong trình duyệt ${Date.now().toString(36)}`;
    const created = await adminCall(cms.url, jwt, 'POST', `/content-manager/collection-types/${ARTICLE}`, { title, section: 'tin-tuc', summary: 'Tóm tắt.' });
    expect(created.status).toBe(201);

    const page = await openPage({ locale: 'en-GB', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await logInToAdmin(page, cms.url, cms.adminEmail, cms.adminPassword);

    await page.getByRole('link', { name: 'Nhật ký thao tác' }).click();
    await page.waitForURL(/\/admin\/nhat-ky-thao-tac/);
    const row = page.getByRole('row').filter({ hasText: title });
    await row.waitFor({ timeout: 20_000 });
    const cells = await row.getByRole('gridcell').allInnerTexts();
    expect(cells[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(cells[1]).toContain(cms.adminEmail);
    expect(cells[2]).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    expect(cells[3]).toBe('Tạo mới');
    expect(cells[5]).toContain(`title: (trống) → ${title}`);

    // Only articles: the row stays; a period long past: nothing.
    await page.getByRole('combobox', { name: 'Loại nội dung', exact: true }).selectOption({ value: ARTICLE });
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await row.waitFor();
    await page.getByLabel('Từ ngày').fill('2020-01-01');
    await page.getByLabel('Đến ngày').fill('2020-01-02');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('Không có dòng nhật ký nào khớp bộ lọc.').waitFor();
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await row.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Thời gian,Người thực hiện,Thao tác,Loại nội dung');
    expect(text).toContain(title);
  });
});
