import { articleAnchors, toNfc } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';

/**
 * Long legal texts are searched article by article (Điều), so that a hit can say which article matched and
 * link straight to it (`#dieu-3`), with the anchors the site renders (`articleAnchors` in @cong/content).
 * Nothing is dropped: the text before the first article (title, "Căn cứ…", preamble) is a section of its own,
 * and so is a text without articles.
 */
export type ArticleSection = {
  /** Fragment id on the document page ("dieu-3"), null for the part before the first article. */
  anchor: string | null;
  /** Article number as written ("3", "5a"), null outside articles. */
  number: string | null;
  /** Article title, "" when none. */
  title: string;
  /** The section's text as plain text (Markdown marks removed), paragraphs separated by newlines. */
  text: string;
  /** Set when the section is a page of an attached original rather than part of the typed text. */
  attachment?: { file: string; url: string; page: number | null };
};

// The heading test is delegated to `articleAnchors` line by line, so that what counts as an article here
// is exactly what the site gives an anchor to.
const HEADING_CANDIDATE = /^#{1,6}\s+\S/;

/** Markdown marks that mean nothing to a reader of a snippet: heading hashes, emphasis, quotes, link targets. */
export function markdownToPlain(markdown: string): string {
  return toNfc(markdown)
    .replace(/\r\n?/g, '\n')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=$|[\s).,;:!?])/gm, '$1')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The sections of a Markdown text, in order; a text without articles is one section. */
export function splitArticles(markdown: string): ArticleSection[] {
  const anchors = articleAnchors(markdown);
  const sections: ArticleSection[] = [];
  let current: { anchor: string | null; number: string | null; title: string; lines: string[] } = { anchor: null, number: null, title: '', lines: [] };
  let next = 0;
  for (const line of toNfc(markdown).split(/\r?\n/)) {
    const heading = HEADING_CANDIDATE.test(line) ? articleAnchors(line)[0] : undefined;
    const anchor = heading === undefined ? undefined : anchors[next];
    if (heading !== undefined && anchor !== undefined) {
      next++;
      sections.push({ anchor: current.anchor, number: current.number, title: current.title, text: markdownToPlain(current.lines.join('\n')) });
      current = { anchor: anchor.anchor, number: anchor.number, title: markdownToPlain(anchor.title), lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  sections.push({ anchor: current.anchor, number: current.number, title: current.title, text: markdownToPlain(current.lines.join('\n')) });
  // An empty preamble (the text starts with "## Điều 1.") is not a section.
  return sections.filter((section, index) => index > 0 || section.text !== '' || sections.length === 1);
}

/**
 * Every section an engine indexes for a document: the articles of its text, then one per page of each attached
 * original (file, page and link kept, so a hit can name them). The typed text comes first, so on equal matches
 * the article wins over the attachment that repeats it.
 */
export function documentSections(doc: Pick<SearchDocument, 'text' | 'attachments'>): ArticleSection[] {
  const sections = splitArticles(doc.text);
  for (const passage of doc.attachments ?? []) {
    const text = toNfc(passage.text).replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n').trim();
    if (text === '') continue;
    sections.push({ anchor: null, number: null, title: '', text, attachment: { file: passage.file, url: passage.url, page: passage.page } });
  }
  return sections;
}
