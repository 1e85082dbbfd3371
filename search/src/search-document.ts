import { IsoDateSchema, TermSchema, ValidityStatusSchema } from '@cong/content';
import { z } from 'zod';

/** One page of an attached original's text, as indexed. */
export const AttachmentPassageSchema = z.object({
  /** The file's name as the editor uploaded it ("930-2025-ND-CP.pdf"). */
  file: z.string().min(1),
  /** The file's public address on the site (`/tep/…`); a hit links to it, at the page. */
  url: z.string().min(1),
  /** Page number (1-based), null for a format without pages (DOCX, ODT). */
  page: z.number().int().positive().nullable(),
  text: z.string(),
});
export type AttachmentPassage = z.output<typeof AttachmentPassageSchema>;

/** Where an attachment's page opens: PDF viewers honour `#page=N` (RFC 8118). */
export function attachmentPageUrl(url: string, page: number | null): string {
  return page === null || url.includes('#') ? url : `${url}#page=${page}`;
}

/** What the portal searches: every public content type, each turned into `SearchDocument`s by a mapper. */
export const SEARCH_KINDS = ['legal-document', 'consultation', 'news', 'page'] as const;
export const SearchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.output<typeof SearchKindSchema>;

/** Vietnamese labels of the kinds, for result lists and facet links. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  'legal-document': 'Văn bản',
  consultation: 'Dự thảo lấy ý kiến',
  news: 'Bài viết',
  page: 'Trang thông tin',
};

/**
 * One indexed item, as the CMS hands it to search (the CMS → search boundary). Engines split `text` into
 * articles themselves, so a mapper never has to know how an engine stores long texts.
 */
export const SearchDocumentSchema = z.object({
  /** `<kind>:<slug>`: stable across re-indexing, so an update replaces the item instead of duplicating it. */
  id: z
    .string()
    .min(3)
    .regex(/^[a-z-]+:.+$/, { error: 'id phải có dạng "<loại>:<đường dẫn>", ví dụ "legal-document:15-ct-ttg"' }),
  kind: SearchKindSchema,
  slug: z.string().min(1),
  /**
   * Site path of the item (`/van-ban/15-ct-ttg`); a hit adds `#dieu-N` when an article matched. An item shown as a
   * row of a list page carries the row's fragment itself (`/dich-vu-cong#thu-tuc-…`).
   */
  url: z.string().startsWith('/', { error: 'url phải là đường dẫn trên cổng, bắt đầu bằng "/"' }),
  /** Trích yếu of a document, or the title of a page. */
  title: z.string().min(1),
  /** Số ký hiệu as written ("43/2011/NĐ-CP"), null when the item has none. */
  number: z.string().nullable(),
  /** Ngày ban hành, or the day a draft opened for comment, an article was posted or a question answered: `YYYY-MM-DD`. */
  date: IsoDateSchema.nullable(),
  /** Hình thức văn bản; for the other kinds the section (news, Q&A…) or a draft's comment status. */
  type: TermSchema.nullable(),
  /** Cơ quan ban hành; for a draft, the cơ quan chủ trì soạn thảo. */
  issuer: TermSchema.nullable(),
  /** Tình trạng hiệu lực: legal documents only. */
  status: ValidityStatusSchema.nullable(),
  year: z.number().int().nullable(),
  /**
   * Full text in Markdown; articles are `## Điều N.` headings, each a record with its own deep link. Only items whose
   * page gives those headings anchors may keep them (mappers flatten everything else). Never truncated.
   */
  text: z.string(),
  /** Number keys (`numberKey`, e.g. "43/2011/ND-CP") of the documents this item cites, so citing items are found by number. */
  citedNumbers: z.array(z.string()),
  /**
   * The text of the item's original files (PDF, DOCX, ODT attached to a legal document), page by page, as the CMS
   * extracted it: searched like the text, and a hit whose best match is here names the file and the page.
   */
  attachments: z.array(AttachmentPassageSchema).optional(),
});
export type SearchDocument = z.output<typeof SearchDocumentSchema>;

/**
 * A hit's link: the item's page, at the article (Điều) that matched. A link that already points into its page
 * (a row of a list) keeps its own fragment. Both engines build links with this rule.
 */
export function hitUrl(url: string, articleAnchor: string | null | undefined): string {
  return articleAnchor && !url.includes('#') ? `${url}#${articleAnchor}` : url;
}

/**
 * What a hit says of the attached original its best match is in: the file's name, the page and the link to that
 * page. Both engines name attachments with this rule.
 */
export function hitAttachment(attachment: { file: string; url: string; page: number | null } | null | undefined): { file: string; page: number | null; url: string } | undefined {
  if (!attachment) return undefined;
  return { file: attachment.file, page: attachment.page, url: attachmentPageUrl(attachment.url, attachment.page) };
}
