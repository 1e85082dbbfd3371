import { IsoDateSchema, TermSchema, ValidityStatusSchema } from '@cong/content';
import { z } from 'zod';

/** What the portal searches: every public content type, each turned into `SearchDocument`s by a mapper. */
export const SEARCH_KINDS = ['legal-document', 'consultation', 'news', 'page'] as const;
export const SearchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.output<typeof SearchKindSchema>;

/** Vietnamese labels of the kinds, for result lists and facet links. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  'legal-document': 'Văn bản',
  consultation: 'Dự thảo lấy ý kiến',
  news: 'Tin tức',
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
  /** Site path of the item (`/van-ban/15-ct-ttg`); a hit adds `#dieu-N` when an article matched. */
  url: z.string().startsWith('/', { error: 'url phải là đường dẫn trên cổng, bắt đầu bằng "/"' }),
  /** Trích yếu of a document, or the title of a page. */
  title: z.string().min(1),
  /** Số ký hiệu as written ("43/2011/NĐ-CP"), null when the item has none. */
  number: z.string().nullable(),
  /** Ngày ban hành (or publication), `YYYY-MM-DD`. */
  date: IsoDateSchema.nullable(),
  /** Hình thức văn bản. */
  type: TermSchema.nullable(),
  /** Cơ quan ban hành. */
  issuer: TermSchema.nullable(),
  /** Tình trạng hiệu lực. */
  status: ValidityStatusSchema.nullable(),
  year: z.number().int().nullable(),
  /** Full text in Markdown; articles are `## Điều N.` headings. Never truncated. */
  text: z.string(),
  /** Number keys (`numberKey`, e.g. "43/2011/ND-CP") of the documents this item cites, so citing items are found by number. */
  citedNumbers: z.array(z.string()),
});
export type SearchDocument = z.output<typeof SearchDocumentSchema>;
