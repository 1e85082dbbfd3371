import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoArticles, demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { launchChromium } from '../support/browser.ts';

/**
 * Phone first (issue 13 §1, Chỉ thị 07/CT-BTTTT): on a 360×740 phone the header takes at most a quarter of the
 * screen and no page scrolls sideways; the menu opens and closes without JavaScript; at 1280×900 the agency's name
 * and the menu each fit on one line, the menu aligned with the content column.
 */
const stack = inject('stack');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const news = demoArticles.find((a) => a.section === 'tin-tuc')!;
const PAGES = [
  '/',
  '/van-ban',
  '/van-ban/08-2026-qd-ubnd',
  '/du-thao',
  `/du-thao/${demoConsultationSlugs.open}`,
  `/du-thao/${demoConsultationSlugs.closed}`,
  '/tim-kiem?q=ch%E1%BB%AF+k%C3%BD+s%E1%BB%91',
  '/gioi-thieu',
  '/danh-ba',
  '/dich-vu-cong',
  '/lich-cong-tac',
  '/thong-ke',
  '/thong-ke/van-ban-dien-tu',
  `/tin-tuc/${news.slug}`,
  '/hoi-dap',
  '/so-do-trang',
  '/du-lieu-mo',
  '/en',
  '/khong-co-trang-nay',
];

const headerHeight = (page: Page) => page.locator('header.site-header').evaluate((e) => e.getBoundingClientRect().height);
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('on a 360×740 phone', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`every page type: header ≤ a quarter of the screen, nothing scrolls sideways (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled, locale: 'vi-VN' });
      const page = await context.newPage();
      try {
        const problems: string[] = [];
        for (const path of PAGES) {
          await page.goto(`${stack.siteUrl}${path}`);
          const [height, width] = [await headerHeight(page), await pageWidth(page)];
          if (height > 740 / 4) problems.push(`${path}: header ${height} px`);
          if (width > 360) problems.push(`${path}: ${width} px wide`);
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('opens the menu and searches in one tap each, without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled: false, locale: 'vi-VN' });
    const page = await context.newPage();
    try {
      await page.goto(`${stack.siteUrl}/`);
      const menuLink = page.locator('.site-nav__menu').getByRole('link', { name: 'Văn bản' });
      expect(await menuLink.isVisible()).toBe(false);
      await page.getByText('Danh mục').tap();
      expect(await menuLink.isVisible()).toBe(true);
      expect(await page.locator('.site-nav__menu').getByRole('link', { name: 'Sơ đồ cổng' }).isVisible()).toBe(true);
      await menuLink.tap();
      await page.waitForURL(/\/van-ban$/);
      // The search box is on the first screen of every page.
      const search = page.getByRole('searchbox', { name: 'Tìm kiếm trên cổng' });
      const box = (await search.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(740 / 4);
    } finally {
      await context.close();
    }
  });
});

describe('on a 1280×900 screen', () => {
  it('the agency name and the menu each fit one line, the menu aligned with the content', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    try {
      await page.goto(`${stack.siteUrl}/van-ban`);
      const name = page.locator('.site-brand__agency');
      const lineHeight = await name.evaluate((e) => Number.parseFloat(getComputedStyle(e).lineHeight));
      expect((await name.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
      const items = await page.locator('.site-nav__bar a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
      expect(items.length).toBeGreaterThan(5);
      expect(new Set(items).size).toBe(1);
      expect(await page.locator('.site-nav__menu').isVisible()).toBe(false);
      const [navText, mainLeft] = await Promise.all([
        page.locator('.site-nav__bar a').first().evaluate((a) => a.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(a).paddingLeft)),
        page.locator('main h1').evaluate((h) => h.getBoundingClientRect().left),
      ]);
      expect(Math.abs(navText - mainLeft)).toBeLessThanOrEqual(1);
    } finally {
      await context.close();
    }
  });
});
