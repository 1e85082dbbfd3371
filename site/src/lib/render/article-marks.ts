import { type ArticleMark, articleAnchorId } from '@cong/content';
import { vi } from '../../i18n/vi.ts';
import { paths } from './urls.ts';

/**
 * Puts each article mark (content's `articleMarks`: "Điều 4 bị bãi bỏ bởi 15/2026/QĐ-UBND") right under the
 * heading of the article it names, in the rendered text, as vbpl.vn does: plain HTML, so it shows without
 * JavaScript and in the print view. A mark goes under the article's first heading (`dieu-4`): in a decision that
 * issues a regulation, "Điều 4" of the regulation is `dieu-4-2` and a relation cannot say which it means.
 * A mark whose article is not in the text is left out (the relation list still names it).
 */
export function markArticles(html: string, marks: readonly ArticleMark[]): string {
  const byArticle = new Map<string, ArticleMark[]>();
  for (const mark of marks) byArticle.set(mark.article, [...(byArticle.get(mark.article) ?? []), mark]);
  let out = html;
  for (const [article, items] of byArticle) {
    const opening = new RegExp(`<h([3-6]) id="${articleAnchorId(article)}">`).exec(out);
    if (!opening) continue;
    const closing = `</h${opening[1]}>`;
    const end = out.indexOf(closing, opening.index);
    if (end < 0) continue;
    const at = end + closing.length;
    out = `${out.slice(0, at)}\n${items.map(renderMark).join('\n')}${out.slice(at)}`;
  }
  return out;
}

function renderMark(mark: ArticleMark): string {
  const number = escapeHtml(mark.number);
  const target = mark.slug ? `<a href="${escapeHtml(paths.document(mark.slug))}">${number}</a>` : number;
  return `<p class="article-mark"><strong>${escapeHtml(vi.document.articleMarkLead)}</strong> ${escapeHtml(mark.text)} ${target}.</p>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
