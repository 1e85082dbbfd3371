import { toNfc, ValidityStatusSchema } from '@cong/content';
import { z } from 'zod';
import { SEARCH_KINDS, SearchKindSchema } from './search-document.ts';

/** Longest query accepted. Long enough for a full trích yếu; a pasted page is refused with a hint. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 10;
/** Results reachable by paging, as Meilisearch's `maxTotalHits`: nobody reads result 1,001, crawlers would. */
export const MAX_RESULT_WINDOW = 1000;

/**
 * What reaches the engine from a search box: NFC, no control or zero-width characters (they arrive from copy
 * and paste and would split a word invisibly), whitespace collapsed. Query syntax is never passed through to
 * an engine, so no other character needs removing.
 */
export function sanitizeQueryText(input: string): string {
  return toNfc(input)
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim();
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * A search request, as `/tim-kiem?q=&type=&page=` and `GET /api/v1/search` receive it (strings from a URL are
 * coerced). `type` takes either a content kind ("legal-document") or a document type slug ("chi-thi"), as the
 * public API documents; the parsed query separates them into `kind` and `type`.
 */
export const SearchQuerySchema = z
  .object({
    q: z
      .string()
      .default('')
      .transform(sanitizeQueryText)
      .pipe(z.string().max(MAX_QUERY_LENGTH, { error: `Từ khóa tìm kiếm quá dài (tối đa ${MAX_QUERY_LENGTH} ký tự): hãy rút gọn, ví dụ chỉ nhập số ký hiệu hoặc vài từ của trích yếu` })),
    kind: SearchKindSchema.optional(),
    /** Content kind or document type slug. */
    type: optionalText,
    /** Issuing body slug. */
    issuer: optionalText,
    year: z.coerce.number().int().min(1900).max(2200).optional(),
    status: ValidityStatusSchema.optional(),
    page: z.coerce.number().int().min(1, { error: 'Số trang phải từ 1 trở lên' }).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_SIZE, { error: `Mỗi trang hiển thị tối đa ${MAX_PAGE_SIZE} kết quả` })
      .default(DEFAULT_PAGE_SIZE),
  })
  .superRefine((query, ctx) => {
    if (query.page * query.pageSize > MAX_RESULT_WINDOW) {
      ctx.addIssue({ code: 'custom', path: ['page'], message: `Chỉ xem được ${MAX_RESULT_WINDOW} kết quả đầu tiên: hãy thêm từ khóa hoặc chọn bộ lọc để thu hẹp kết quả` });
    }
  })
  .transform(({ type, kind, ...rest }) => {
    const typeIsKind = type !== undefined && (SEARCH_KINDS as readonly string[]).includes(type);
    return {
      ...rest,
      kind: typeIsKind ? SearchKindSchema.parse(type) : kind,
      type: typeIsKind ? undefined : type,
    };
  });
export type SearchQueryInput = z.input<typeof SearchQuerySchema>;
export type SearchQuery = z.output<typeof SearchQuerySchema>;

const TermRefSchema = z.object({ slug: z.string(), name: z.string() });

export const SearchHitSchema = z.object({
  kind: SearchKindSchema,
  slug: z.string(),
  /** Deep link: `/van-ban/<slug>#dieu-N` when the best match is inside an article. */
  url: z.string(),
  title: z.string(),
  number: z.string().optional(),
  date: z.string().optional(),
  type: TermRefSchema.optional(),
  issuer: TermRefSchema.optional(),
  status: ValidityStatusSchema.optional(),
  /** The article (Điều) that matched best. */
  article: z.object({ number: z.string(), title: z.string() }).optional(),
  /**
   * The original file (PDF, DOCX, ODT) where the best match is, when it is in an attachment rather than the typed
   * text: its name, page (null for a format without pages) and link (`/tep/…#page=N`, absolute in the public API).
   */
  attachment: z.object({ file: z.string(), page: z.number().int().positive().nullable(), url: z.string() }).optional(),
  /** A snippet as HTML: matches wrapped in `<mark>`, everything else escaped. Safe to insert as is. */
  highlight: z.string(),
});
export type SearchHit = z.output<typeof SearchHitSchema>;

export const FacetValueSchema = z.object({ slug: z.string(), name: z.string(), count: z.number().int().nonnegative() });
export type FacetValue = z.output<typeof FacetValueSchema>;

/**
 * Counts per value for the current query. Disjunctive: the counts of one facet ignore that facet's own
 * filter (but apply the others), so a page filtered by one type still offers the other types as links.
 */
export const SearchFacetsSchema = z.object({
  kind: z.array(FacetValueSchema),
  type: z.array(FacetValueSchema),
  issuer: z.array(FacetValueSchema),
  year: z.array(FacetValueSchema),
  status: z.array(FacetValueSchema),
});
export type SearchFacets = z.output<typeof SearchFacetsSchema>;

export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  total: z.number().int().nonnegative(),
  facets: SearchFacetsSchema,
  tookMs: z.number().nonnegative(),
  /**
   * Too few documents have every word of the query (fewer than FEW_RESULTS, partial-match.ts), so documents with
   * only some of them follow those that have them all. Say so to the citizen.
   */
  partial: z.boolean(),
  /** With `partial`: how many of the hits, from the first, have every word. */
  allWordsTotal: z.number().int().nonnegative().optional(),
  /**
   * A query worth trying instead: the spelling corrected when this one found nothing (or was only found through
   * a correction), or, for a partial answer, the words of the query its best hit has.
   */
  didYouMean: z.string().optional(),
});
export type SearchResult = z.output<typeof SearchResultSchema>;

/**
 * The answer of the site's public `GET /api/v1/search` (the public API's contract, beside the others in
 * @cong/content's public-api.ts): the result with hits' `url` made absolute, and the page asked for.
 */
export const ApiSearchAnswerSchema = SearchResultSchema.extend({
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});
export type ApiSearchAnswer = z.output<typeof ApiSearchAnswerSchema>;

export function emptyFacets(): SearchFacets {
  return { kind: [], type: [], issuer: [], year: [], status: [] };
}
