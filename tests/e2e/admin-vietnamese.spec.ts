import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject } from 'vitest';
import { COMMENT_STATUS_LABELS, VALIDITY_LABELS } from '../../content/src/index.ts';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { it, logInToAdmin } from '../support/browser.ts';
import { strapiEnglishMessages, strapiEnglishOnPage } from '../support/strapi-english.ts';
import { adminCall, adminLogin, COMMENT_UID, createStaff, postComment } from '../support/consultation-stack.ts';

/**
 * Issue 13 §4 (audit D7): editors and moderators work in a Vietnamese admin without choosing it — in an English
 * browser too — with dates dd/mm/yyyy, every enumeration by its Vietnamese label in lists, filters and the edit
 * view (the value stored stays the raw one), booleans Có/Không, and none of Strapi's tours or banners.
 */
const stack = inject('stack');
const cms = stack.cms.sqlite!;
const EDITOR = { email: 'bientap-tiengviet@cong.test', password: 'Bien-tap-2026-Viet' };
const MODERATOR = { email: 'kiemduyet-tiengviet@cong.test', password: 'Kiem-duyet-2026-Viet' };
const DOCUMENT_UID = 'api::legal-document.legal-document';
const listUrl = (uid: string, query: Record<string, string>) =>
  `${cms.url}/admin/content-manager/collection-types/${uid}?${new URLSearchParams({ page: '1', pageSize: '10', ...query })}`;
const ENGLISH_BROWSER = { locale: 'en-US', timezoneId: 'America/New_York', viewport: { width: 1400, height: 900 } };

/** Strapi's own announcements, in either language: none may show. */
async function expectNoStrapiAnnouncements(page: Page): Promise<void> {
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(/Introducing the new Media Library|Media Library mới|guided tour|What's new|new version of Strapi|phiên bản mới/i);
}

let documentNumber: string;
let documentId: string;
let commentId: string;
beforeAll(async () => {
  const jwt = await adminLogin(cms.url, cms.adminEmail, cms.adminPassword);
  await createStaff(cms.url, jwt, 'cong-editor', EDITOR.email, EDITOR.password);
  await createStaff(cms.url, jwt, 'cong-moderator', MODERATOR.email, MODERATOR.password);
  // A document issued on 4 December 2026: in a US admin it read 12/04/2026.
  documentNumber = `${Date.now() % 100000}/2026/QĐ-UBND`;
  const created = await adminCall(cms.url, jwt, 'POST', `/content-manager/collection-types/${DOCUMENT_UID}`, {
    number: documentNumber,
    title: 'Quyết định kiểm thử giao diện quản trị tiếng Việt',
    issuedDate: '2026-12-04',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  documentId = created.body.data.documentId;
  const sent = await postComment(stack.siteUrl, demoConsultationSlugs.open, {
    name: 'Đỗ Thị Nhãn',
    email: 'nhan@example.vn',
    content: 'Góp ý để kiểm tra nhãn trạng thái trong trang quản trị.',
    consent: true,
  });
  expect(sent.status).toBe(202);
  commentId = ((await sent.json()) as { id: string }).id;
});

describe('the admin in Vietnamese, by default', () => {
  it('an editor in an English browser: Vietnamese screens, dd/mm/yyyy, validity labels, Có/Không, no banner', async ({ openPage }) => {
    const page = await openPage(ENGLISH_BROWSER);
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await logInToAdmin(page, cms.url, EDITOR.email, EDITOR.password);
    await page.getByText(/Xin chào/).first().waitFor({ timeout: 20_000 });
    await expectNoStrapiAnnouncements(page);

    await page.goto(listUrl(DOCUMENT_UID, { 'filters[$and][0][number][$eq]': documentNumber }));
    await page.getByText(/Tìm thấy 1 mục/).waitFor({ timeout: 20_000 });
    const row = page.getByRole('row').filter({ hasText: documentNumber });
    const cells = await row.getByRole('gridcell').allInnerTexts();
    expect(cells).toContain('04/12/2026');
    expect(cells).toContain(VALIDITY_LABELS['in-force']);
    // needsReview: a boolean.
    expect(cells).toContain('Không');
    expect(cells.join(' ')).not.toMatch(/in-force|12\/04\/2026|False|Sai/);
    // (Headings are upper-cased by CSS.)
    const headings = (await page.locator('thead').innerText()).toLowerCase();
    expect(headings).toContain('tình trạng hiệu lực');
    expect(headings).not.toMatch(/\bstatus\b|validitystatus|needsreview/);
    await expectNoStrapiAnnouncements(page);

    // The edit view's date picker too (Intl's 'vi' day/month order).
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${DOCUMENT_UID}/${documentId}`);
    const issued = page.getByLabel('Ngày ban hành');
    await issued.waitFor({ timeout: 20_000 });
    expect(await issued.inputValue()).toBe('04/12/2026');

    // The media library, where an editor's files go (Strapi has no Vietnamese for it).
    await page.goto(`${cms.url}/admin/plugins/upload`);
    await page.getByText('Thư viện tệp').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('body').innerText()).not.toMatch(/Media Library|Grid view|Table view|No assets yet/);
    await expectNoStrapiAnnouncements(page);
  });

  it('a moderator: the queue and its filter by label; the edit view offers labels and saves the raw value', async ({ openPage }) => {
    const page = await openPage(ENGLISH_BROWSER);
    await logInToAdmin(page, cms.url, MODERATOR.email, MODERATOR.password);

    await page.goto(listUrl(COMMENT_UID, { 'filters[$and][0][documentId][$eq]': commentId }));
    const row = page.getByRole('row').filter({ hasText: 'Đỗ Thị Nhãn' });
    await row.waitFor({ timeout: 20_000 });
    const cells = await row.getByRole('gridcell').allInnerTexts();
    expect(cells).toContain(COMMENT_STATUS_LABELS.pending);
    expect(cells.join(' ')).not.toMatch(/\bpending\b/);
    // Sent just now (in Vietnam): "HH:mm dd/mm/yyyy".
    expect(cells.some((cell) => /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/.test(cell))).toBe(true);

    // The filter offers the statuses by their labels, and its chip says which one is applied.
    await page.getByRole('button', { name: 'Bộ lọc' }).click();
    await page.getByRole('combobox', { name: 'Chọn trường' }).click();
    await page.getByRole('option', { name: 'Trạng thái kiểm duyệt' }).click();
    await page.getByRole('combobox', { name: 'Trạng thái kiểm duyệt' }).click();
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toEqual(expect.arrayContaining(Object.values(COMMENT_STATUS_LABELS)));
    expect(offered).not.toContain('spam');
    await page.getByRole('option', { name: COMMENT_STATUS_LABELS.pending }).click();
    await page.getByRole('button', { name: 'Thêm bộ lọc' }).click();
    await page.getByText(`Trạng thái kiểm duyệt là ${COMMENT_STATUS_LABELS.pending}`).waitFor();
    await row.waitFor();

    await page.goto(`${cms.url}/admin/content-manager/collection-types/${COMMENT_UID}/${commentId}`);
    const status = page.getByRole('combobox', { name: /Trạng thái kiểm duyệt/ });
    await status.waitFor({ timeout: 20_000 });
    expect(await status.innerText()).toContain(COMMENT_STATUS_LABELS.pending);
    // "Đề nghị ẩn danh", a boolean, reads Có/Không.
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Không|Có/);
    await status.click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(Object.values(COMMENT_STATUS_LABELS)));
    expect(options).not.toContain('approved');
    await page.getByRole('option', { name: COMMENT_STATUS_LABELS.approved }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu').first().waitFor({ timeout: 10_000 });
    await expectNoStrapiAnnouncements(page);

    const jwt = await adminLogin(cms.url, cms.adminEmail, cms.adminPassword);
    const stored = await adminCall(cms.url, jwt, 'GET', `/content-manager/collection-types/${COMMENT_UID}/${commentId}`);
    expect(stored.body.data.moderationStatus).toBe('approved');
  });

  it('English stays selectable: a person who picks it keeps it', async ({ openPage }) => {
    const page = await openPage(ENGLISH_BROWSER);
    await logInToAdmin(page, cms.url, EDITOR.email, EDITOR.password);
    await page.goto(`${cms.url}/admin/me`);
    await page.getByRole('combobox', { name: 'Ngôn ngữ giao diện' }).click({ timeout: 20_000 });
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.goto(`${cms.url}/admin`);
    await page.getByText(/Hello/).first().waitFor({ timeout: 20_000 });
  });
});

/**
 * The settings an agency's IT admin works in (users, roles, API tokens and their regenerate dialog, webhooks, the
 * media library's and e-mail's settings, the profile) and the log-in screens: no line of them is one of Strapi's
 * English messages.
 */
describe("the IT admin's settings in Vietnamese", () => {
  it('users, roles, API tokens, webhooks, media and e-mail settings, the profile, the log-in screens', async ({ openPage }) => {
    const jwt = await adminLogin(cms.url, cms.adminEmail, cms.adminPassword);
    const roles = (await adminCall(cms.url, jwt, 'GET', '/admin/roles')).body.data as { id: number; code: string; name: string }[];
    const permissions = (await adminCall(cms.url, jwt, 'GET', '/admin/permissions')).body.data;
    const apiTokens = (await adminCall(cms.url, jwt, 'GET', '/admin/api-tokens')).body.data as { id: number; name: string }[];
    // Not messages, so not translatable: data — the roles' and API tokens' names (Strapi's "Super Admin", "Editor",
    // "Full Access"…), the permission matrix's plugin and setting names (sent by the server) — and what Strapi's
    // components write out in English: the webhook events' groups (Webhooks/components/Events), the users list's
    // status (Users/ListPage), the token forms' select placeholders (Tokens/LifeSpanInput, TokenTypeSelect).
    const strings = (value: unknown) => JSON.stringify(value).match(/"(?:[^"\\]|\\.)*"/g)!.map((text) => JSON.parse(text) as string);
    const notMessages = [...roles.map((role) => role.name), ...apiTokens.map((token) => token.name), ...strings(permissions)];
    const english = strapiEnglishMessages();
    for (const text of [...notMessages, 'Entry', 'Media', 'Active', 'Inactive', 'Select']) english.delete(text.toLowerCase());
    const editorRole = roles.find((role) => role.code === 'cong-editor') ?? roles[0]!;
    const users = (await adminCall(cms.url, jwt, 'GET', '/admin/users?pageSize=100')).body.data.results as { id: number; email: string }[];
    const editor = users.find((user) => user.email === EDITOR.email)!;
    const page = await openPage(ENGLISH_BROWSER);
    const found: Record<string, string[]> = {};
    const check = async (screen: string, ready: () => Promise<unknown>) => {
      await ready();
      await page.waitForLoadState('networkidle');
      const lines = await strapiEnglishOnPage(page, english);
      if (lines.length) found[screen] = lines;
    };
    const open = (path: string, heading: RegExp) =>
      check(path, async () => {
        await page.goto(`${cms.url}/admin${path}`);
        await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 20_000 });
      });

    await open('/auth/login', /Chào mừng/);
    await open('/auth/forgot-password', /Khôi phục mật khẩu/);
    await logInToAdmin(page, cms.url, cms.adminEmail, cms.adminPassword);
    await open('/me', /./);
    await open('/settings/users', /Người dùng/);
    await check('/settings/users: mời người dùng mới', () => page.getByRole('button', { name: /Mời người dùng mới/ }).click());
    await page.keyboard.press('Escape');
    await open(`/settings/users/${editor.id}`, /Chỉnh sửa/);
    await open('/settings/roles', /Vai trò/);
    await open(`/settings/roles/${editorRole.id}`, /Chỉnh sửa vai trò/);
    await open('/settings/api-tokens', /Khoá API/);
    await open('/settings/api-tokens/create', /Tạo khoá API/);
    await open(`/settings/api-tokens/${apiTokens[0]!.id}`, new RegExp(apiTokens[0]!.name));
    await check('/settings/api-tokens/:id: tạo lại khoá', async () => {
      await page.getByRole('button', { name: 'Tạo lại' }).first().click();
      await page.getByRole('alertdialog').waitFor();
    });
    await page.keyboard.press('Escape');
    await open('/settings/transfer-tokens', /Khoá chuyển dữ liệu/);
    await open('/settings/webhooks', /Webhook/);
    await open('/settings/webhooks/create', /Tạo webhook/);
    await open('/settings/application-infos', /Tổng quan/);
    await open('/settings/media-library', /Thư viện tệp/);
    await open('/settings/email', /Cấu hình/);
    expect(found).toEqual({});
  });
});
