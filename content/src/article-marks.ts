import { articleRefLabel, parseArticleScope } from './article-scope.ts';
import type { DocumentRelation } from './legal-document.ts';

/**
 * The notes a document's text carries under an article that a later act changed ("Điều 4 bị bãi bỏ bởi
 * 15/2026/QĐ-UBND"), as vbpl.vn marks them: one per article and acting document, from the incoming relations that
 * name articles. Relations whose `articles` do not parse name nothing here (the CMS refuses them on the way in).
 */
export type ArticleMark = {
  /** The article number as `articleAnchors` writes it ("4", "7a"): the heading the mark stands under. */
  article: string;
  /** "Điều 4 bị bãi bỏ bởi", "Khoản 2 Điều 5 được đính chính bởi": the words before the acting document's number. */
  text: string;
  /** The acting document's number, and its slug when it is on the portal (the mark links it). */
  number: string;
  slug: string | null;
};

export function articleMarks(relations: readonly DocumentRelation[]): ArticleMark[] {
  const marks: ArticleMark[] = [];
  for (const relation of relations) {
    if (relation.direction !== 'incoming' || !relation.articles) continue;
    const scope = parseArticleScope(relation.articles);
    if (!scope.ok) continue;
    for (const ref of scope.value) {
      marks.push({
        article: ref.article,
        text: `${articleRefLabel(ref)} ${lowerFirst(relation.label)}`,
        number: relation.number,
        slug: relation.slug,
      });
    }
  }
  return marks;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
