import { type ArticleAnchor, articleAnchors } from '@cong/content';
import { Marked, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { vi } from '../../i18n/vi.ts';
import { publicFileUrl } from '../cms/files.ts';

/**
 * A document's full text: Markdown from the CMS → HTML that is safe to inline. Every "Điều N" heading gets
 * id="dieu-N" (content's `articleAnchors` decides what is an article and how repeats are numbered) and a
 * self-link, so /van-ban/<slug>#dieu-3 can be cited. Whatever HTML the CMS holds passes an allowlist.
 */

export interface RenderedText {
  html: string;
  /** The articles that got an anchor, in order: the table of contents. */
  articles: ArticleAnchor[];
}

export interface RenderOptions {
  /** Level of the first heading inside the text (the page's "Toàn văn" section is an h2). */
  topHeadingLevel?: number;
  /** CMS base URL, so links and images to its /uploads/ go through the site's /tep/ proxy. */
  cmsBase: string;
}

type AnchoredHeading = Tokens.Heading & { anchor?: ArticleAnchor };

export function renderDocumentText(markdown: string, options: RenderOptions): RenderedText {
  const source = markdown.normalize('NFC');
  const topLevel = options.topHeadingLevel ?? 3;
  const marked = new Marked({ gfm: true, async: false });
  const tokens = marked.lexer(source);

  const articles = assignAnchors(tokens, articleAnchors(source));
  const minDepth = Math.min(7, ...tokens.filter((token) => token.type === 'heading').map((token) => (token as Tokens.Heading).depth));
  const shift = minDepth === 7 ? 0 : topLevel - minDepth;

  marked.use({
    renderer: {
      heading(token) {
        const level = Math.min(6, Math.max(topLevel, token.depth + shift));
        const inner = this.parser.parseInline(token.tokens);
        const anchor = (token as AnchoredHeading).anchor;
        if (!anchor) return `<h${level}>${inner}</h${level}>\n`;
        const label = vi.document.articleSelfLink(anchor.number);
        return (
          `<h${level} id="${anchor.anchor}">${inner} ` +
          `<a class="self-link" href="#${anchor.anchor}"><span class="visually-hidden">${escapeHtml(label)}</span></a>` +
          `</h${level}>\n`
        );
      },
    },
  });

  const html = marked.parser(tokens);
  return { html: sanitizeText(html, options.cmsBase, topLevel), articles };
}

/**
 * Marks the top-level headings that `articleAnchors` lists. It reads the Markdown line by line, so it is matched
 * to marked's tokens by order and article number (a heading-like line inside a code block, which marked does
 * not treat as a heading, is skipped rather than shifting every later anchor).
 */
function assignAnchors(tokens: Token[], anchors: ArticleAnchor[]): ArticleAnchor[] {
  const assigned: ArticleAnchor[] = [];
  let next = 0;
  for (const token of tokens) {
    if (token.type !== 'heading') continue;
    const firstLine = token.raw.trimStart().split('\n')[0] ?? '';
    const own = articleAnchors(firstLine)[0];
    if (!own) continue;
    let index = next;
    while (index < anchors.length && anchors[index]?.number !== own.number) index += 1;
    const anchor = anchors[index];
    if (!anchor) continue;
    (token as AnchoredHeading).anchor = anchor;
    assigned.push(anchor);
    next = index + 1;
  }
  return assigned;
}

const ANCHOR_ID = /^dieu-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Only these survive, whatever the CMS sends: text structure, tables, links, images; no scripts, styles, forms. */
export function sanitizeText(html: string, cmsBase: string, topLevel = 3): string {
  const headingTo = (level: number): sanitizeHtml.Transformer => (_tag, attribs) => {
    const attributes: sanitizeHtml.Attributes = {};
    if (attribs.id && ANCHOR_ID.test(attribs.id)) attributes.id = attribs.id;
    return { tagName: `h${Math.min(6, Math.max(topLevel, level))}`, attribs: attributes };
  };
  const rewrite = (url: string | undefined) => (url ? publicFileUrl(url, cmsBase) : url);

  return sanitizeHtml(html, {
    allowedTags: [
      'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code',
      'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'span',
      'ul', 'ol', 'li', 'dl', 'dt', 'dd',
      'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
      'a', 'img',
    ],
    allowedAttributes: {
      h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
      a: ['href', 'title', 'class'],
      span: ['class'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      ol: ['start', 'type', 'reversed'],
      li: ['value'],
      th: ['scope', 'colspan', 'rowspan', 'abbr'],
      td: ['colspan', 'rowspan'],
      col: ['span'],
      colgroup: ['span'],
    },
    allowedClasses: { a: ['self-link'], span: ['visually-hidden'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      h1: headingTo(topLevel),
      h2: headingTo(topLevel),
      h3: headingTo(3),
      h4: headingTo(4),
      h5: headingTo(5),
      h6: headingTo(6),
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, href: rewrite(attribs.href) ?? '' } }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, src: rewrite(attribs.src) ?? '', alt: attribs.alt ?? '' },
      }),
      // Header cells of a column get scope="col" unless the source says otherwise (WCAG 1.3.1).
      th: (tagName, attribs) => ({ tagName, attribs: { scope: 'col', ...attribs } }),
    },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const RENDER_CACHE_SIZE = 200;
const renderCache = new Map<string, RenderedText>();

/**
 * `renderDocumentText` memoised by `key` (slug and last-change time): a long decree takes tens of milliseconds
 * to render and sanitise, and is read far more often than it changes. Bounded; oldest first out.
 */
export function renderDocumentTextCached(key: string, markdown: string, options: RenderOptions): RenderedText {
  const cached = renderCache.get(key);
  if (cached) return cached;
  const rendered = renderDocumentText(markdown, options);
  renderCache.set(key, rendered);
  if (renderCache.size > RENDER_CACHE_SIZE) {
    const oldest = renderCache.keys().next();
    if (!oldest.done) renderCache.delete(oldest.value);
  }
  return rendered;
}
