import { describe, expect, inject } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { it, wcagViolations } from '../support/browser.ts';

/** WCAG 2.1 AA checks (axe-core) on the consultation pages, including the form shown back with errors. */
const stack = inject('stack');

describe('consultation pages pass axe (WCAG 2.1 AA)', () => {
  it.for([
    ['the list', '/du-thao', false],
    ['an open draft with its form', `/du-thao/${demoConsultationSlugs.open}`, false],
    ['a draft with its response', `/du-thao/${demoConsultationSlugs.closed}`, false],
    ['the form shown back with errors', `/du-thao/${demoConsultationSlugs.open}`, true],
  ] as const)('%s', async ([, path, submitEmpty], { openPage }) => {
    const page = await openPage({ locale: 'vi-VN' });
    await page.goto(`${stack.siteUrl}${path}`);
    if (submitEmpty) {
      await page.waitForTimeout(2100);
      await page.getByRole('button', { name: 'Gửi góp ý' }).click();
      await page.getByText('Góp ý chưa được gửi').waitFor();
    }
    expect(await wcagViolations(page)).toEqual([]);
  });
});
