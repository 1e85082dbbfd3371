import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Where the admin and each plugin in it keep their catalogues. */
const CATALOGUES = [
  '@strapi/admin/dist/admin/admin/src/translations',
  ...['content-manager', 'content-type-builder', 'upload', 'email', 'i18n', 'content-releases', 'review-workflows', 'plugin-users-permissions'].map(
    (plugin) => `@strapi/${plugin}/dist/admin/translations`,
  ),
];

function catalogue(dir: string, language: string): Record<string, string> {
  const file = new URL(`../../node_modules/${dir}/${language}.json.js`, import.meta.url).pathname;
  if (!existsSync(file)) return {};
  const loaded = require(file) as { default?: Record<string, string> } & Record<string, string>;
  return (loaded.default ?? loaded) as Record<string, string>;
}

/** Written the same in a Vietnamese admin (names of standards and kinds of file), beyond what Strapi's vi says. */
const SAME_IN_VIETNAMESE = ['url', 'video', 'dkim', 'oauth2', 'logo'];

/**
 * Strapi's English UI messages as a person would read them (lower-cased: the admin upper-cases headings with CSS),
 * leaving out those spelled the same in Vietnamese ("Email", "Webhook", "URL") and those with placeholders (they
 * never show verbatim). A line of the admin equal to one of these is Strapi's English showing through.
 * (The project's own Vietnamese, cms/src/admin/translations.ts, is not read here: tests reach the CMS over HTTP.)
 */
export function strapiEnglishMessages(): Set<string> {
  const vietnamese = new Set(SAME_IN_VIETNAMESE);
  const english = new Set<string>();
  for (const dir of CATALOGUES) {
    for (const text of Object.values(catalogue(dir, 'vi'))) vietnamese.add(text.toLowerCase());
    for (const text of Object.values(catalogue(dir, 'en'))) {
      const shown = text.trim().toLowerCase();
      if (shown.length > 2 && /[a-z]/.test(shown) && !/[{<]/.test(shown)) english.add(shown);
    }
  }
  for (const text of vietnamese) english.delete(text.trim());
  return english;
}

/** The lines (and input placeholders) of what the page shows that are Strapi's English messages. */
export async function strapiEnglishOnPage(page: Page, english: Set<string>): Promise<string[]> {
  const shown = [
    ...(await page.locator('body').innerText()).split('\n'),
    ...(await page.locator('input[placeholder]:visible, textarea[placeholder]:visible').evaluateAll((inputs) => inputs.map((input) => input.getAttribute('placeholder') ?? ''))),
  ];
  return [...new Set(shown.map((line) => line.trim()).filter((line) => english.has(line.toLowerCase())))];
}
