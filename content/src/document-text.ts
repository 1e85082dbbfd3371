import { z } from 'zod';
import { toNfc } from './vietnamese-text.ts';

/**
 * The full text of a document as the registry stores it: Markdown whose articles are headings
 * ("## Điều 3. Trách nhiệm thi hành"), so the site can give each article an anchor (`#dieu-3`) that citizens
 * and other documents can link to.
 */

// "Điều 5." / "Điều 5a:" / "ĐIỀU 5." at the start of a line; "Ðiều" with U+00D0 comes from some PDF fonts.
const ARTICLE = /^(?:Điều|ĐIỀU|Ðiều|ÐIỀU)\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$/u;
const LIST_MARKER = /^(?:[a-zđ]\)|\d+[.)]|[-+•*]\s)/u;
const SENTENCE_END = /[.!?…]$/u;
const PAGE_NUMBER = /^(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*[-–])?$/u;
// An article title is short and is not a sentence; a longer first line is the article's content.
const MAX_TITLE_LENGTH = 160;

function continues(previous: string, line: string): boolean {
  if (ARTICLE.test(line)) return false;
  // A line ending in "-" split a compound (2011-2015, NĐ-CP).
  if (previous.endsWith('-') && !previous.endsWith(' -')) return true;
  if (LIST_MARKER.test(line)) return false;
  // Outside list markers ("a)", "đ)") a Vietnamese paragraph never starts in lower case, even after ";" or ":".
  if (/^\p{Ll}/u.test(line)) return true;
  if (previous.endsWith(',')) return true;
  return /^\d/.test(line) && !SENTENCE_END.test(previous);
}

function articleBlock(number: string, rest: string): string {
  const title = rest.trim();
  if (title === '') return `## Điều ${number}.`;
  if (title.length <= MAX_TITLE_LENGTH && !/[.;:]$/.test(title)) return `## Điều ${number}. ${title}`;
  return `## Điều ${number}.\n\n${title}`;
}

/**
 * Markdown from a plain text extracted from PDF or Word. Lines that a PDF broke inside a sentence are joined
 * (a line continues the previous one when it starts in lower case and is not a list item, when the previous one
 * ends in "-" or ",", or when it starts with a digit and the previous one does not end a sentence); other lines
 * stay separate paragraphs; bare page numbers are dropped; article lines become "## Điều N. Title" headings.
 * Markdown input should not be passed here (it is kept as written).
 */
export function textToMarkdown(text: string): string {
  const lines = toNfc(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/gu, ' ').trim());

  const paragraphs: string[] = [];
  for (const line of lines) {
    if (line === '' || PAGE_NUMBER.test(line)) continue;
    const previous = paragraphs.at(-1);
    if (previous !== undefined && continues(previous, line)) {
      // After a split compound the halves join without a space.
      paragraphs[paragraphs.length - 1] = previous.endsWith('-') && !previous.endsWith(' -') ? previous + line : `${previous} ${line}`;
    } else {
      paragraphs.push(line);
    }
  }

  return `${paragraphs
    .map((paragraph) => {
      const article = ARTICLE.exec(paragraph);
      return article === null ? paragraph : articleBlock(article[1] ?? '', article[2] ?? '');
    })
    .join('\n\n')}\n`;
}

export const ArticleAnchorSchema = z.object({
  /** As written: "3", "5a" (articles inserted by an amendment). */
  number: z.string(),
  /** The article's title, "" when the heading has none. */
  title: z.string(),
  /** Fragment id: "dieu-3"; a repeated number (a decision and the regulation it issues) gets "dieu-3-2". */
  anchor: z.string(),
});
export type ArticleAnchor = z.output<typeof ArticleAnchorSchema>;

const ARTICLE_HEADING = /^#{1,6}\s+(?:Điều|ĐIỀU|Ðiều|ÐIỀU)\s+(\d+[a-zđ]?)(?=[\s.:]|$)\s*[.:]?\s*(.*?)\s*#*\s*$/u;

/** The fragment id of an article's first heading: "dieu-4", "dieu-7a" (repeats get "-2", "-3" after it). */
export function articleAnchorId(number: string): string {
  return `dieu-${number.toLowerCase().replace('đ', 'd')}`;
}

/** The "Điều" headings of a Markdown text, in order, with unique anchors. */
export function articleAnchors(markdown: string): ArticleAnchor[] {
  const seen = new Map<string, number>();
  const anchors: ArticleAnchor[] = [];
  for (const line of toNfc(markdown).split(/\r?\n/)) {
    const match = ARTICLE_HEADING.exec(line);
    if (match === null) continue;
    const number = (match[1] ?? '').toLowerCase();
    const base = articleAnchorId(number);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    anchors.push({ number, title: match[2] ?? '', anchor: count === 1 ? base : `${base}-${count}` });
  }
  return anchors;
}
