import { Marked } from 'marked';
import { env } from '../server/env.ts';
import { sanitizeText } from './markdown.ts';

/**
 * Editors' rich text (Strapi's Markdown fields: functions, biographies, articles, answers) → safe HTML, through
 * the same allowlist as documents' full text. Headings start at `topLevel` so the page outline stays correct.
 */
export function renderRichText(markdown: string | null | undefined, topLevel = 3): string {
  if (!markdown) return '';
  const html = new Marked({ gfm: true, async: false }).parse(markdown.normalize('NFC')) as string;
  return sanitizeText(html, env.CMS_URL, topLevel);
}

/** Plain text of the first paragraph, for descriptions and feeds. */
export function plainSummary(markdown: string | null | undefined, max = 200): string {
  const text = (markdown ?? '').replace(/[#*_`>\[\]()!-]/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
