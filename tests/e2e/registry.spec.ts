import { describe, expect, inject } from 'vitest';
import { demoRecords } from '../../content/src/demo/index.ts';
import { it } from '../support/browser.ts';

/**
 * A citizen's path through the registry in Debian's Chromium — list → filter → detail → relation link —
 * once with JavaScript and once without (the pages must not need it).
 */
const stack = inject('stack');

describe.each([true, false])('registry in Chromium (JavaScript %s)', (javaScriptEnabled) => {
  it('lists, filters by type, opens a document and follows a relation link', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    await page.goto(`${stack.siteUrl}/van-ban`);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByLabel('Loại văn bản').selectOption({ label: 'Chỉ thị' });
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/type=chi-thi/);
    const directives = demoRecords.filter((r) => r.publish && r.type === 'Chỉ thị');
    const texts = await page.locator('main').innerText();
    for (const d of directives) expect(texts).toContain(d.number!);
    expect(texts).not.toContain(demoRecords.find((r) => r.publish && r.type === 'Công văn')?.number ?? '@@none');

    // Open a directive that has a relation to another published document.
    const source = demoRecords.find(
      (r) => r.publish && r.type === 'Chỉ thị' && r.relations.some((rel) => demoRecords.some((o) => o.publish && o.number === rel.targetNumber)),
    ) ?? directives[0]!;
    await page.getByRole('link', { name: new RegExp(escapeRegExp(source.title.slice(0, 40))) }).first().click();
    await page.waitForURL(/\/van-ban\/[a-z0-9-]+$/);
    await expect.poll(() => page.locator('h1').innerText()).toContain(source.title.slice(0, 20));
    const properties = await page.locator('main').innerText();
    expect(properties).toContain(source.number!);
    const [y, m, d] = source.issuedDate!.split('-');
    expect(properties).toContain(`${d}/${m}/${y}`);

    const related = source.relations.find((rel) => demoRecords.some((o) => o.publish && o.number === rel.targetNumber));
    if (related) {
      await page.locator('main').getByRole('link', { name: related.targetNumber, exact: false }).first().click();
      await page.waitForURL(/\/van-ban\/[a-z0-9-]+$/);
      expect(await page.locator('main').innerText()).toContain(related.targetNumber);
      // The other side shows the relation back, as a link to where we came from.
      expect(await page.locator('main').getByRole('link', { name: source.number!, exact: false }).count()).toBeGreaterThan(0);
    }
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
