import { sectionByKey, toVietnamDay, type PortalSectionKey, type Term } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { markdownToPlain } from '../text/articles.ts';
import { citedNumberKeys } from '../text/document-numbers.ts';

/**
 * Pieces every mapper of a portal page (news, drafts' preambles, list pages) is made of, so that they all read
 * the same way in a result list.
 */

/**
 * Text for a page that gives its headings no anchors (an article's body, an answer, a list row): the Markdown marks
 * are removed, so a "## Điều 3." an editor typed stays text and search never links to an anchor the page lacks.
 * Empty parts are left out; parts become paragraphs.
 */
export function plainText(...parts: Array<string | null | undefined>): string {
  return parts
    .map((part) => (part ? markdownToPlain(part) : ''))
    .filter((part) => part !== '')
    .join('\n\n');
}

/** "Phí, lệ phí: 8.000 đồng", or nothing when the value is empty: a list row's field, readable in a snippet. */
export function labelled(label: string, value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? `${label}: ${text}` : null;
}

/** A portal section as a search `type` ("Hỏi đáp", slug "hoi-dap"), so facets can tell sections apart. */
export function sectionTerm(key: PortalSectionKey): Term {
  const section = sectionByKey(key);
  return { name: section.label, slug: section.path.slice(1) };
}

/** The Vietnamese calendar day of an instant, and its year, for `date` and `year`. */
export function dayAndYear(instant: string | null | undefined): { date: string | null; year: number | null } {
  if (!instant) return { date: null, year: null };
  const date = toVietnamDay(instant);
  return { date, year: Number(date.slice(0, 4)) };
}

/**
 * An item that has no page of its own but a row on a section's list page (a procedure, a project, a statistic
 * report): a record of kind `page` whose link is the row's anchor, typed by the section, without date or number.
 */
export function listRowRecord(row: { section: PortalSectionKey; slug: string; anchor: string; title: string; text: string }): SearchDocument {
  return {
    id: `page:${row.slug}`,
    kind: 'page',
    slug: row.slug,
    url: `${sectionByKey(row.section).path}#${row.anchor}`,
    title: row.title,
    number: null,
    date: null,
    year: null,
    type: sectionTerm(row.section),
    issuer: null,
    status: null,
    text: row.text,
    citedNumbers: citedNumberKeys(row.text),
  };
}
