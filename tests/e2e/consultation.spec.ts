import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { it, logInToAdmin } from '../support/browser.ts';
import { adminCall, adminLogin, createModerator, moderate, postComment } from '../support/consultation-stack.ts';

/**
 * A citizen reads a draft, comments on one article and sees the confirmation (with JavaScript and without);
 * a moderator approves the comment in the Strapi admin (which needs JavaScript); it appears on the public page.
 * Then the moderator exports the draft's comments from the draft's own page in the admin.
 */
const stack = inject('stack');
const cms = stack.cms.sqlite!;
const MODERATOR = { email: 'kiemduyet-e2e@cong.test', password: 'Kiem-duyet-2026-E2e' };
let adminJwt: string;
beforeAll(async () => {
  adminJwt = await adminLogin(cms.url, cms.adminEmail, cms.adminPassword);
  await createModerator(cms.url, adminJwt, MODERATOR.email, MODERATOR.password);
});

/** The comment's id in the CMS, found by the receipt code the citizen was given (as staff find it). */
async function commentIdOf(receipt: string): Promise<string> {
  const found = await adminCall(cms.url, adminJwt, 'GET', `/content-manager/collection-types/api::public-comment.public-comment?filters[receipt][$eq]=${receipt}`);
  expect(found.body.results).toHaveLength(1);
  return found.body.results[0].documentId;
}

function logInAsModerator(page: Page): Promise<void> {
  return logInToAdmin(page, cms.url, MODERATOR.email, MODERATOR.password);
}

async function approveInAdmin(page: Page, commentId: string): Promise<void> {
  await logInAsModerator(page);
  // The moderation queue: comments, newest first; open the one just sent.
  await page.goto(`${cms.url}/admin/content-manager/collection-types/api::public-comment.public-comment/${commentId}`);
  const status = page.getByRole('combobox', { name: /Trạng thái kiểm duyệt/ });
  await status.click({ timeout: 20_000 });
  await page.getByRole('option', { name: 'Đã duyệt' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu').first().waitFor({ timeout: 10_000 });
}

describe.each([true, false])('commenting on a draft in Chromium (JavaScript %s)', (javaScriptEnabled) => {
  it('reads the draft, comments on an article, is confirmed; a moderator approves; the comment is public', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const text = `Đề nghị nêu rõ thời hạn tại Điều 3 (${javaScriptEnabled ? 'có' : 'không'} JavaScript).`;
    await page.goto(`${stack.siteUrl}/du-thao`);
    await page.getByRole('link', { name: /Quy định công bố thông tin hành chính/ }).first().click();
    await page.waitForURL(new RegExp(`/du-thao/${demoConsultationSlugs.open}$`));
    const main = await page.locator('main').innerText();
    expect(main).toContain('Đang lấy ý kiến');
    expect(main).toContain('gopy.duthao@songhong.example');
    expect(main).toContain('Mục lục');
    // The deadline is text without JavaScript; with it, a live countdown.
    await expect
      .poll(() => page.locator('[data-countdown-to]').innerText())
      .toMatch(javaScriptEnabled ? /^Còn \d+ ngày \d+ giờ \d+ phút$/ : /^Còn \d+ ngày$/);

    await page.getByRole('link', { name: 'Góp ý Điều 3' }).click();
    await page.waitForURL(/dieu=dieu-3/);
    expect(await page.getByLabel('Góp ý về').inputValue()).toBe('dieu-3');
    await page.getByLabel('Họ và tên (*)').fill('Phạm Thị Trình Duyệt');
    await page.getByLabel('Thư điện tử (*)').fill(`trinh-duyet-${javaScriptEnabled}@example.vn`);
    await page.getByLabel('Nội dung góp ý (*)').fill(text);
    await page.getByLabel(/Tôi đồng ý/).check();
    // A person takes a moment; a form sent back at once is taken for a robot.
    await page.waitForTimeout(2100);
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.getByRole('heading', { name: 'Đã nhận góp ý' }).waitFor();
    // The citizen is given the receipt code (audit D16); the CMS's internal id is for staff and this test only.
    const receipt = /Mã biên nhận: (GY-\d{4}-[0-9A-Z]{6})/.exec(await page.locator('main').innerText())?.[1];
    expect(receipt).toBeTruthy();
    const id = await commentIdOf(receipt!);
    expect(await page.locator('main').innerText()).not.toContain(id);

    await approveInAdmin(await openPage({ locale: 'en-GB', viewport: { width: 1400, height: 900 } }), id);

    await expect
      .poll(async () => {
        await page.goto(`${stack.siteUrl}/du-thao/${demoConsultationSlugs.open}`);
        return page.locator('main').innerText();
      }, { timeout: 5000, interval: 500 })
      .toContain(text);
  });
});

describe('the moderator\'s side panel on a draft in the admin', () => {
  it('counts the comments per status, links to the queue, and downloads them as CSV and XLSX', async ({ openPage }) => {
    // A comment of this test's own, sent through the public API and approved by the moderator.
    const text = 'Đề xuất: "Khoản 2, Điều 5" nên ghi rõ cơ quan tiếp nhận.';
    const sent = await postComment(stack.siteUrl, demoConsultationSlugs.open, { name: 'Lê Văn Xuất', email: 'xuat@example.vn', content: text, consent: true });
    expect(sent.status).toBe(202);
    const moderatorJwt = await adminLogin(cms.url, MODERATOR.email, MODERATOR.password);
    expect((await moderate(cms.url, moderatorJwt, ((await sent.json()) as any).id, { moderationStatus: 'approved' })).status).toBe(200);
    const found = await adminCall(cms.url, moderatorJwt, 'GET', `/content-manager/collection-types/api::consultation.consultation?filters[slug][$eq]=${demoConsultationSlugs.open}`);
    const documentId: string = found.body.results[0].documentId;
    const summary = await adminCall(cms.url, moderatorJwt, 'GET', `/api/consultations/${documentId}/comments/summary`);
    const approved = summary.body.byStatus.find((s: any) => s.status === 'approved').count;
    expect(approved).toBeGreaterThan(0);

    const page = await openPage({ locale: 'en-GB', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await logInAsModerator(page);
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::consultation.consultation/${documentId}`);
    await page.getByText('Góp ý của người dân').waitFor({ timeout: 20_000 });
    const queue = page.getByRole('list', { name: 'Góp ý theo trạng thái kiểm duyệt' });
    await expect.poll(() => queue.innerText()).toContain(`Đã duyệt: ${approved}`);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe(`gop-y-${demoConsultationSlugs.open}.csv`);
    const bytes = await readFile((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = bytes.toString('utf8');
    expect(csvText).toContain('Trạng thái');
    expect(csvText).toContain('"Đề xuất: ""Khoản 2, Điều 5"" nên ghi rõ cơ quan tiếp nhận."');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`gop-y-${demoConsultationSlugs.open}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsx.path())!)) as any);
    const sheet = workbook.worksheets[0]!;
    // The text's column by its heading, so a column added to the export does not move it under the test.
    // (row 1 is the draft's title, row 2 the headings).
    const textColumn = (sheet.getRow(2).values as unknown[]).indexOf('Nội dung');
    expect(textColumn).toBeGreaterThan(0);
    const cells: string[] = [];
    sheet.eachRow((row) => cells.push(String(row.getCell(textColumn).value)));
    expect(cells).toContain(text);

    // The queue link opens the content manager's list of this draft's comments in that status.
    await queue.getByRole('link', { name: /^Đã duyệt/ }).click();
    await page.waitForURL(/api::public-comment\.public-comment\?/);
    await page.getByText(text).first().waitFor({ timeout: 20_000 });
  });
});
