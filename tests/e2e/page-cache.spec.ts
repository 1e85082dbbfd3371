import { describe, expect, inject } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { it } from '../support/browser.ts';
import { adminCall, adminLogin } from '../support/consultation-stack.ts';

/**
 * The no-JavaScript comment form on a draft page served from the rendered-page cache: the page is the cached one
 * (`X-Cache: HIT`), its form token the one every view of that page shares, and pressing "Gửi góp ý" twice in a
 * row stores one comment (the key is derived from the token and what was sent: site/src/lib/public-input/form-use.ts).
 */
const stack = inject('stack');
const cms = stack.cms.sqlite!;

describe('a cached draft page in Chromium without JavaScript', () => {
  it('takes the comment form, and a double submit is stored once', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled: false, locale: 'vi-VN' });
    const url = `${stack.siteUrl}/du-thao/${demoConsultationSlugs.open}`;
    const email = `bo-nho-dem-e2e-${Date.now()}@example.vn`;
    await page.goto(url);
    const cached = await page.goto(url);
    expect(cached!.headers()['x-cache']).toBe('HIT');
    await page.getByLabel('Họ và tên (*)').fill('Đỗ Trang Đệm');
    await page.getByLabel('Thư điện tử (*)').fill(email);
    await page.getByLabel('Nội dung góp ý (*)').fill('Góp ý gửi hai lần liền từ trang lấy trong bộ nhớ đệm.');
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.waitForTimeout(2100);
    const send = page.getByRole('button', { name: 'Gửi góp ý' });
    // A double click: the second press sends the same form again before the first answer arrives.
    await send.click({ noWaitAfter: true });
    await send.click({ noWaitAfter: true, force: true }).catch(() => undefined);
    await page.getByRole('heading', { name: 'Đã nhận góp ý' }).waitFor({ timeout: 20_000 });
    const jwt = await adminLogin(cms.url, cms.adminEmail, cms.adminPassword);
    const stored = await adminCall(cms.url, jwt, 'GET', `/content-manager/collection-types/api::public-comment.public-comment?pageSize=10&filters[email][$eq]=${encodeURIComponent(email)}`);
    expect(stored.body.results).toHaveLength(1);
  });
});
