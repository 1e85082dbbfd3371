import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Service } from '../../scripts/lib/services.ts';
import { eventually } from '../support/cms-api.ts';
import { type OwnPortal, startOwnPortal } from '../support/own-portal.ts';
import { it, wcagViolations } from '../support/browser.ts';

/**
 * The planned-maintenance banner in a real browser, on a CMS and site of their own (a notice on the shared stack
 * would show on every other test's pages): a region named by its heading, readable without JavaScript, and no
 * WCAG 2.1 AA violation (contrast included) with it on the page.
 */
const ADMIN = { adminEmail: 'bao-tri@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };
let portal: OwnPortal | undefined;
let site: Service;

beforeAll(async () => {
  portal = await startOwnPortal('banner', ADMIN);
  site = portal.site;
  const api = portal.api;
  const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  const saved = await api.adminRequest('PUT', '/content-manager/single-types/api::maintenance-notice.maintenance-notice', {
    startsAt: hours(-1),
    endsAt: hours(2),
    message: 'Trong thời gian bảo trì, chức năng gửi góp ý và câu hỏi tạm ngừng.',
  });
  expect(saved.status).toBe(200);
  await eventually(async () => (await (await fetch(`${site.url}/`)).text()).includes('maintenance-banner'), 5000);
});

afterAll(() => portal?.stop());

describe('maintenance banner', () => {
  it.for([
    ['home, JavaScript on', '/', true],
    ['home, JavaScript off', '/', false],
    ['not-found page', '/khong-co-trang-nay', true],
  ] as const)('%s: a named region, no accessibility violation with it', async ([, path, javaScriptEnabled], { openPage }) => {
    const page = await openPage({ javaScriptEnabled });
    await page.goto(`${site.url}${path}`);
    const region = page.getByRole('region', { name: 'Thông báo bảo trì hệ thống' });
    await expect(region.isVisible()).resolves.toBe(true);
    expect(await region.textContent()).toContain('chức năng gửi góp ý và câu hỏi tạm ngừng');
    // axe runs as a script in the page: with JavaScript off, the region being there is the check.
    if (javaScriptEnabled) {
      expect(await wcagViolations(page)).toEqual([]);
    }
  });
});
