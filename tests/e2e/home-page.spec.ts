import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { demoArticles, demoConsultationSlugs, demoDraftFiles, demoPublicServices, demoSchedule } from '../../content/src/demo/index.ts';
import { dayOf, formatDate, toVietnamDay } from '../../content/src/index.ts';
import { it, wcagViolations } from '../support/browser.ts';

/**
 * The home page as a front page (issue 13 §2) and the draft page's side column, in Chromium at a 360×740 phone and
 * a 1280×900 screen, against the demo content: every block present with real data, nothing scrolling sideways or
 * overlapping, axe clean; every file of a draft downloadable as a PDF through the site's file proxy.
 */
const stack = inject('stack');
const VIEWPORTS = [
  ['phone', { width: 360, height: 740 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

type ApiDraft = { closesAt: string; commentCount: number };
const draftFromApi = async (slug: string) => ((await (await fetch(`${stack.siteUrl}/api/v1/drafts/${slug}`)).json()) as { data: ApiDraft }).data;
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Boxes of the given blocks that intersect another one (a block drawn over another). */
async function overlaps(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((blocks) => {
    const boxes = blocks.map((b) => ({ id: b.getAttribute('aria-labelledby') ?? b.className, r: b.getBoundingClientRect() }));
    const out: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) out.push(`${a.id} × ${b.id}`);
      }
    }
    return out;
  });
}

describe.each(VIEWPORTS)('the home page on a %s', (_name, viewport) => {
  it('leads with search, then the lead story, open drafts, new documents, today\'s schedule and services', async ({ openPage }) => {
    const page = await openPage({ viewport, locale: 'vi-VN', javaScriptEnabled: false });
    await page.goto(`${stack.siteUrl}/`);
    const main = page.locator('main');

    // The search box first, on the first screen; the header has no second one.
    const search = main.getByRole('searchbox', { name: 'Tìm văn bản, dự thảo, thủ tục và tin tức' });
    const box = (await search.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(viewport.height / 2);
    expect(await page.getByRole('searchbox').count()).toBe(1);

    // The lead: the newest news or direction with a picture, its image loaded.
    const withImage = demoArticles.filter((a) => (a.section === 'tin-tuc' || a.section === 'chi-dao-dieu-hanh') && a.image).sort((a, b) => a.daysAgo - b.daysAgo)[0]!;
    const lead = main.locator('.lead-story');
    expect(await lead.getByRole('heading').innerText()).toBe(withImage.title);
    expect(await lead.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await lead.locator('img').getAttribute('alt')).toBe(withImage.image!.alt);
    expect(await main.locator('.headlines li').count()).toBeGreaterThan(0);

    // The open draft: its deadline (dd/mm/yyyy), days left and public comment count, as the API says.
    const draft = await draftFromApi(demoConsultationSlugs.open);
    const drafts = main.locator('section[aria-labelledby="du-thao-lay-y-kien"]');
    expect(await drafts.getByRole('heading', { level: 2 }).innerText()).toMatch(/dự thảo đang lấy ý kiến/i);
    const item = drafts.locator('.home-draft', { has: page.locator(`a[href="/du-thao/${demoConsultationSlugs.open}"]`) });
    const text = await item.innerText();
    expect(text).toContain(`Hạn góp ý: ${formatDate(draft.closesAt)}`);
    expect(text).toMatch(/\(Còn \d+ ngày\)/);
    expect(text).toContain(`${draft.commentCount} góp ý đã công khai`);
    // Only drafts open now: not the upcoming or the closed one.
    expect(await drafts.locator(`a[href="/du-thao/${demoConsultationSlugs.upcoming}"], a[href="/du-thao/${demoConsultationSlugs.closed}"]`).count()).toBe(0);

    // The newest documents, each a link to its page, with its validity.
    const docs = main.locator('.home-docs li');
    expect(await docs.count()).toBe(5);
    for (const href of await docs.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/van-ban\/[a-z0-9-]+$/);
    expect(await main.locator('.home-docs .badge').count()).toBe(5);

    // Today's schedule (Vietnamese day), or a plain line saying there is none.
    const today = dayOf(new Date());
    const expected = demoSchedule(new Date()).filter((e) => toVietnamDay(e.startsAt) === today.day);
    const schedule = main.locator('section[aria-labelledby="lich-hom-nay"]');
    expect(await schedule.innerText()).toContain(formatDate(today.day));
    if (expected.length === 0) expect(await schedule.innerText()).toContain('Hôm nay lãnh đạo không có lịch công tác.');
    else for (const entry of expected) expect(await schedule.innerText()).toContain(entry.title);

    // The services the editors marked for the home page.
    const tiles = await main.locator('.service-tile__name').allInnerTexts();
    expect(tiles.sort()).toEqual(demoPublicServices.filter((s) => s.featured).map((s) => s.name).sort());

    // The 16-box grid of sections that repeated the menu is gone.
    expect(await page.locator('.section-grid').count()).toBe(0);

    expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
    expect(await overlaps(page, 'main > .search-hero, main .home-block')).toEqual([]);
  });

  it('has no WCAG 2.1 AA violations', async ({ openPage }) => {
    const page = await openPage({ viewport, locale: 'vi-VN' });
    await page.goto(`${stack.siteUrl}/`);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

describe.each(VIEWPORTS)('a draft\'s side column on a %s', (name, viewport) => {
  it('shows the deadline, the way to the form, the files and the receiving unit; every article reaches the form', async ({ openPage }) => {
    const page = await openPage({ viewport, locale: 'vi-VN', javaScriptEnabled: false });
    await page.goto(`${stack.siteUrl}/du-thao/${demoConsultationSlugs.open}`);
    const draft = await draftFromApi(demoConsultationSlugs.open);
    const side = page.getByRole('complementary', { name: 'Thời hạn, hồ sơ và nơi nhận góp ý' });
    const sideText = await side.innerText();
    expect(sideText).toContain(formatDate(draft.closesAt));
    expect(sideText).toMatch(/Còn \d+ ngày/);
    expect(sideText).toContain('gopy.duthao@songhong.example');
    expect(await side.getByRole('link', { name: 'Gửi góp ý' }).getAttribute('href')).toBe('#gop-y');
    for (const file of demoDraftFiles.open) expect(sideText).toContain(file.label);

    const [sideBox, textBox] = [(await side.boundingBox())!, (await page.locator('#toan-van').boundingBox())!];
    if (name === 'desktop') {
      expect(sideBox.x).toBeGreaterThan(textBox.x + textBox.width - 1); // beside the text, on its right
      expect(sideBox.y).toBeLessThan(viewport.height); // on the first screen
    } else {
      expect(sideBox.y + sideBox.height).toBeLessThanOrEqual(textBox.y); // stacked above the text
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);

    // Each "Góp ý Điều N" opens the form with that article chosen.
    const links = page.getByRole('link', { name: /^Góp ý Điều \d+$/ });
    expect(await links.count()).toBe(5);
    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!))) expect(href).toMatch(/^\?dieu=dieu-\d+#gop-y$/);
    await links.nth(3).click();
    await page.waitForURL(/dieu=dieu-4#gop-y$/);
    expect(await page.getByLabel('Góp ý về').inputValue()).toBe('dieu-4');
  });

  it('has no WCAG 2.1 AA violations', async ({ openPage }) => {
    const page = await openPage({ viewport, locale: 'vi-VN' });
    await page.goto(`${stack.siteUrl}/du-thao/${demoConsultationSlugs.open}`);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

describe('a draft\'s files', () => {
  it.for([['open', demoConsultationSlugs.open], ['closed', demoConsultationSlugs.closed]] as const)(
    'every file of the %s draft downloads as a PDF through the file proxy',
    async ([key, slug], { openPage }) => {
      const page = await openPage({ locale: 'vi-VN' });
      await page.goto(`${stack.siteUrl}/du-thao/${slug}`);
      const links = page.locator('.draft-side .attachments a');
      expect(await links.count()).toBe(demoDraftFiles[key].length);
      const text = await page.locator('.draft-side').innerText();
      if (key === 'closed') {
        expect(text).toContain('Tệp báo cáo tiếp thu, giải trình');
        expect(text).toContain('Dự thảo đã chỉnh lý sau lấy ý kiến');
      }
      for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!))) {
        expect(href).toMatch(/^\/tep\//);
        const response = await fetch(`${stack.siteUrl}${href}`);
        expect(response.status, href).toBe(200);
        expect(response.headers.get('content-type'), href).toBe('application/pdf');
        expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    },
  );
});
