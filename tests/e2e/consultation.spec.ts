import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { launchChromium } from '../support/browser.ts';
import { adminLogin, createModerator } from '../support/consultation-stack.ts';

/**
 * A citizen reads a draft, comments on one article and sees the confirmation (with JavaScript and without);
 * a moderator approves the comment in the Strapi admin (which needs JavaScript); it appears on the public page.
 */
const stack = inject('stack');
const cms = stack.cms.sqlite!;
const MODERATOR = { email: 'kiemduyet-e2e@cong.test', password: 'Kiem-duyet-2026-E2e' };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  const jwt = await adminLogin(cms.url, cms.adminEmail, cms.adminPassword);
  await createModerator(cms.url, jwt, MODERATOR.email, MODERATOR.password);
});
afterAll(async () => {
  await browser?.close();
});

async function approveInAdmin(page: Page, commentId: string): Promise<void> {
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.getByLabel('Email').fill(MODERATOR.email);
  await page.getByLabel('Password').fill(MODERATOR.password);
  await page.getByRole('button', { name: /login/i }).click();
  await page.waitForURL(/\/admin(\/)?$|\/admin\/(?!auth)/, { timeout: 20_000 });
  // The moderation queue: comments, newest first; open the one just sent.
  await page.goto(`${cms.url}/admin/content-manager/collection-types/api::public-comment.public-comment/${commentId}`);
  const status = page.getByRole('combobox', { name: /Trạng thái kiểm duyệt/ });
  await status.click({ timeout: 20_000 });
  await page.getByRole('option', { name: 'approved' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/Saved/i).first().waitFor({ timeout: 10_000 });
}

describe.each([true, false])('commenting on a draft in Chromium (JavaScript %s)', (javaScriptEnabled) => {
  it('reads the draft, comments on an article, is confirmed; a moderator approves; the comment is public', async () => {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const text = `Đề nghị nêu rõ thời hạn tại Điều 3 (${javaScriptEnabled ? 'có' : 'không'} JavaScript).`;
    try {
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
      const id = /mã ([a-z0-9]+)/.exec(await page.locator('main').innerText())?.[1];
      expect(id).toBeTruthy();

      const admin = await browser.newContext({ locale: 'en-GB', viewport: { width: 1400, height: 900 } });
      try {
        await approveInAdmin(await admin.newPage(), id!);
      } finally {
        await admin.close();
      }

      await expect
        .poll(async () => {
          await page.goto(`${stack.siteUrl}/du-thao/${demoConsultationSlugs.open}`);
          return page.locator('main').innerText();
        }, { timeout: 5000, interval: 500 })
        .toContain(text);
    } finally {
      await context.close();
    }
  });
});
