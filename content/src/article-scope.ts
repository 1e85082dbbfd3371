import { z } from 'zod';
import { toNfc } from './vietnamese-text.ts';

/**
 * Which articles of a document a relation acts on ("Điều 4", "khoản 2 Điều 5", "Điều 3, Điều 7a"), as the editor
 * writes it in the relation's `articles` field. The document page marks each of those articles where it stands
 * in the text, with a link to the act that changed it, as vbpl.vn does.
 */

/** One article, or one clause (khoản) of it, named by a relation. */
export const ArticleRefSchema = z.object({
  /** The article's number as written: "4", "7a". Matches `articleAnchors`' numbers (lower case). */
  article: z.string(),
  /** The clause (khoản) number, when the relation names one. */
  clause: z.number().int().positive().nullable(),
});
export type ArticleRef = z.output<typeof ArticleRefSchema>;

export type ArticleScopeResult = { ok: true; value: ArticleRef[] } | { ok: false; error: string };

const ARTICLE = /^(?:khoản\s+(\d+)\s+(?:của\s+)?)?điều\s+(\d+[a-zđ]?)$/iu;

export const ARTICLE_SCOPE_HINT = 'Ghi các điều bị tác động như "Điều 4", "khoản 2 Điều 5", ngăn cách bằng dấu phẩy (ví dụ "Điều 3, khoản 2 Điều 5").';

/** Parses an `articles` field; blank is no scope (the relation acts on the document as a whole or unspecified parts). */
export function parseArticleScope(text: string | null | undefined): ArticleScopeResult {
  const source = toNfc(text ?? '').trim();
  if (!source) return { ok: true, value: [] };
  const value: ArticleRef[] = [];
  for (const part of source.split(/\s*(?:[,;]|\svà\s)\s*/u)) {
    const piece = part.trim().replace(/\.$/, '').replace(/\s+/g, ' ');
    if (!piece) continue;
    const match = ARTICLE.exec(piece);
    if (!match) return { ok: false, error: `Không đọc được phạm vi "${piece}". ${ARTICLE_SCOPE_HINT}` };
    value.push({ article: (match[2] ?? '').toLowerCase(), clause: match[1] ? Number(match[1]) : null });
  }
  return { ok: true, value };
}

/** "Điều 4", "Khoản 2 Điều 5": how a mark names what it marks. */
export function articleRefLabel(ref: ArticleRef): string {
  return ref.clause === null ? `Điều ${ref.article}` : `Khoản ${ref.clause} Điều ${ref.article}`;
}

/** The `articles` field of a relation, as a zod check: blank, or a scope `parseArticleScope` reads. */
export const ArticleScopeTextSchema = z.string().superRefine((text, ctx) => {
  const parsed = parseArticleScope(text);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
});
