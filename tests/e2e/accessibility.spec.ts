import { describe, expect, inject } from 'vitest';
import { demoArticles, demoQuestions } from '../../content/src/demo/index.ts';
import { it, wcagViolations } from '../support/browser.ts';

/**
 * axe-core over every page type, WCAG 2.1 A and AA (TT 32/2017 Điều 18; NĐ 224/2026 Điều 10): zero violations,
 * on a phone-sized and a desktop viewport, with JavaScript on (the text-size control present).
 */
const stack = inject('stack');

const news = demoArticles.find((a) => a.section === 'tin-tuc' && a.image)!;
const answered = demoQuestions.find((q) => q.showPublicly)!;
const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['document list', '/van-ban'],
  ['document', '/van-ban/08-2026-qd-ubnd'],
  // A repealed article marked in the text (the amber note under "Điều 4"), on screen and in the print view.
  ['document with a repealed article', '/van-ban/21-2025-qd-ubnd'],
  ['document print view with a repealed article', '/van-ban/21-2025-qd-ubnd?ban-in=1'],
  ['search, empty', '/tim-kiem'],
  ['search results with facets', '/tim-kiem?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh'],
  ['introduction with org chart and leaders', '/gioi-thieu'],
  ['contact', '/lien-he'],
  ['directory', '/danh-ba'],
  ['directory filtered, no result', '/danh-ba?q=khong-co-ai'],
  ['article list', '/tin-tuc'],
  ['article', `/tin-tuc/${news.slug}`],
  ['article print view', `/tin-tuc/${news.slug}?ban-in=1`],
  ['directions', '/chi-dao-dieu-hanh'],
  ['schedule week', '/lich-cong-tac'],
  ['public services', '/dich-vu-cong'],
  ['projects', '/du-an'],
  ['statistics with chart', '/thong-ke'],
  ['electronic-document statistics: tables beside their charts, the period form', '/thong-ke/van-ban-dien-tu'],
  ['electronic-document statistics, a period that is not one (400, the message at the field)', '/thong-ke/van-ban-dien-tu?from=31%2F02%2F2026'],
  ['links', '/lien-ket'],
  ['Q&A with a status lookup', `/hoi-dap?ma=${answered.code}`],
  ['HTML site map', '/so-do-trang'],
  ['e-mail subscription form', '/nhan-tin?chu-de=tin-tuc&muc=tin-tuc'],
  ['subscription confirmation link', `/nhan-tin/xac-nhan?t=${'a'.repeat(24)}.${'b'.repeat(43)}`],
  ['unsubscribe link', `/nhan-tin/huy?t=${'a'.repeat(24)}.${'b'.repeat(43)}`],
  ['public API documentation', '/tai-lieu-api'],
  ['open data', '/du-lieu-mo'],
  ['English introduction', '/en'],
  ['English contact', '/en/contact'],
  ['not found', '/khong-co-trang-nay'],
];

describe.each([
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
])('accessibility on %s', (_name, viewport) => {
  it.for(PAGES)('%s (%s) has no WCAG 2.1 AA violations', async ([, path], { openPage }) => {
    const page = await openPage({ viewport, locale: 'vi-VN' });
    await page.goto(`${stack.siteUrl}${path}`);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

// The open-data page's table of files (64-character digests) on the smallest phone the brief names, and on a desktop.
describe.each([
  ['360×740', { width: 360, height: 740 }],
  ['1280×900', { width: 1280, height: 900 }],
])('the open-data page at %s', (_name, viewport) => {
  it('has no WCAG 2.1 AA violations', async ({ openPage }) => {
    const page = await openPage({ viewport, locale: 'vi-VN' });
    await page.goto(`${stack.siteUrl}/du-lieu-mo`);
    expect(await page.locator('tr[data-file]').count()).toBeGreaterThan(0);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

describe('accessibility of states', () => {
  // The form is a plain POST (it works the same without JavaScript); axe itself needs scripts to run.
  it('the Q&A form with errors has no violations and keeps what was typed', async ({ openPage }) => {
    const page = await openPage({ locale: 'vi-VN' });
    await page.goto(`${stack.siteUrl}/hoi-dap`);
    await page.getByLabel('Họ và tên').fill('Người Kiểm Thử');
    await page.getByLabel('Thư điện tử', { exact: true }).fill('khong-hop-le');
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Người Kiểm Thử');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('the subscription form with errors, and a refused unsubscribe link, have no violations', async ({ openPage }) => {
    const page = await openPage({ locale: 'vi-VN' });
    await page.goto(`${stack.siteUrl}/nhan-tin`);
    await page.getByLabel('Thư điện tử', { exact: true }).fill('khong-hop-le');
    await page.getByRole('button', { name: 'Đăng ký nhận tin' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await page.getByLabel('Thư điện tử', { exact: true }).inputValue()).toBe('khong-hop-le');
    expect(await wcagViolations(page)).toEqual([]);
    await page.goto(`${stack.siteUrl}/nhan-tin/huy?t=${'a'.repeat(24)}.${'b'.repeat(43)}`);
    await page.getByRole('button', { name: 'Hủy nhận tin' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('the text-size control enlarges the text and has no violations', async ({ openPage }) => {
    const page = await openPage({ locale: 'vi-VN' });
    await page.goto(`${stack.siteUrl}/gioi-thieu`);
    await page.getByRole('button', { name: 'Cỡ chữ rất lớn' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
