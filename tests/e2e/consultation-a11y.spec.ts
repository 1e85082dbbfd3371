import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { launchChromium } from '../support/browser.ts';

/** WCAG 2.1 AA checks (axe-core) on the consultation pages, including the form shown back with errors. */
const stack = inject('stack');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('consultation pages pass axe (WCAG 2.1 AA)', () => {
  it.each([
    ['the list', '/du-thao', false],
    ['an open draft with its form', `/du-thao/${demoConsultationSlugs.open}`, false],
    ['a draft with its response', `/du-thao/${demoConsultationSlugs.closed}`, false],
    ['the form shown back with errors', `/du-thao/${demoConsultationSlugs.open}`, true],
  ] as const)('%s', async (_name, path, submitEmpty) => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    try {
      await page.goto(`${stack.siteUrl}${path}`);
      if (submitEmpty) {
        await page.waitForTimeout(2100);
        await page.getByRole('button', { name: 'Gửi góp ý' }).click();
        await page.getByText('Góp ý chưa được gửi').waitFor();
      }
      const result = await new AxeBuilder({ page: page as any }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
