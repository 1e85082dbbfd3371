import { ValidityStatusSchema, todayInVietnam } from '@cong/content';
import { z } from 'zod';
import { vi } from '../../i18n/vi.ts';

/**
 * The public query of the document list (`/van-ban?type=…`) and of `GET /api/v1/documents`: the same
 * parameters, validated the same way. Values are slugs; empty values (a form submitted with "Tất cả") mean
 * "no filter".
 */

export const LIST_SORTS = ['issued-desc', 'issued-asc', 'effective-desc', 'number'] as const;
export const ListSortSchema = z.enum(LIST_SORTS);
export type ListSort = z.output<typeof ListSortSchema>;

export const DEFAULT_SORT: ListSort = 'issued-desc';
export const SITE_PAGE_SIZE = 20;
export const API_MAX_PAGE_SIZE = 100;
export const FIRST_YEAR = 1945;
/** Beyond this the list would need offsets Strapi answers slowly; nobody pages that far by hand. */
export const MAX_PAGE = 10_000;

const SlugSchema = z.string().max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const ListQuerySchema = z.object({
  /** documentType.slug */
  type: SlugSchema.optional(),
  /** issuingBody.slug */
  issuer: SlugSchema.optional(),
  /** legal field slug */
  field: SlugSchema.optional(),
  /** Year of the issued date. */
  year: z.number().int().optional(),
  status: ValidityStatusSchema.optional(),
  sort: ListSortSchema,
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1).max(API_MAX_PAGE_SIZE),
});
export type ListQuery = z.output<typeof ListQuerySchema>;

export type ParamProblem = { field: string; message: string };
export type ListQueryResult = { ok: true; query: ListQuery } | { ok: false; problems: ParamProblem[]; query: ListQuery };

export const FILTER_PARAMS = ['type', 'issuer', 'field', 'year', 'status'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface ParseOptions {
  /** Accept `pageSize` (the JSON API); the HTML list always shows SITE_PAGE_SIZE. */
  allowPageSize?: boolean;
  /** Latest valid year; defaults to next year in Vietnam (documents dated 1 January are signed in December). */
  maxYear?: number;
}

/**
 * Reads and checks the query. On problems it still returns the query with the bad parameters dropped, so
 * the page can re-display the form.
 */
export function parseListQuery(params: URLSearchParams, options: ParseOptions = {}): ListQueryResult {
  const maxYear = options.maxYear ?? Number(todayInVietnam().slice(0, 4)) + 1;
  const problems: ParamProblem[] = [];
  const query: ListQuery = { sort: DEFAULT_SORT, page: 1, pageSize: SITE_PAGE_SIZE };

  const single = (name: string): string | undefined => {
    const values = params.getAll(name).map((value) => value.trim());
    const nonEmpty = values.filter((value) => value !== '');
    if (nonEmpty.length > 1) {
      problems.push({ field: name, message: vi.invalid.repeated(name) });
      return undefined;
    }
    return nonEmpty[0];
  };

  for (const name of ['type', 'issuer', 'field'] as const) {
    const value = single(name);
    if (value === undefined) continue;
    const parsed = SlugSchema.safeParse(value);
    if (parsed.success) query[name] = parsed.data;
    else problems.push({ field: name, message: vi.invalid[name](value) });
  }

  const year = single('year');
  if (year !== undefined) {
    const number = /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
    if (number >= FIRST_YEAR && number <= maxYear) query.year = number;
    else problems.push({ field: 'year', message: vi.invalid.year(year, maxYear) });
  }

  const status = single('status');
  if (status !== undefined) {
    const parsed = ValidityStatusSchema.safeParse(status);
    if (parsed.success) query.status = parsed.data;
    else problems.push({ field: 'status', message: vi.invalid.status(status) });
  }

  const sort = single('sort');
  if (sort !== undefined) {
    const parsed = ListSortSchema.safeParse(sort);
    if (parsed.success) query.sort = parsed.data;
    else problems.push({ field: 'sort', message: vi.invalid.sort(sort) });
  }

  const page = single('page');
  if (page !== undefined) {
    const number = /^\d{1,6}$/.test(page) ? Number(page) : Number.NaN;
    if (number >= 1 && number <= MAX_PAGE) query.page = number;
    else problems.push({ field: 'page', message: vi.invalid.page(page) });
  }

  if (options.allowPageSize) {
    const pageSize = single('pageSize');
    if (pageSize !== undefined) {
      const number = /^\d{1,4}$/.test(pageSize) ? Number(pageSize) : Number.NaN;
      if (number >= 1 && number <= API_MAX_PAGE_SIZE) query.pageSize = number;
      else problems.push({ field: 'pageSize', message: vi.invalid.pageSize(pageSize, API_MAX_PAGE_SIZE) });
    }
  }

  return problems.length === 0 ? { ok: true, query } : { ok: false, problems, query };
}

/** Slugs of the taxonomies, to reject filters that name no existing term (rather than list nothing). */
export interface KnownTerms {
  type: ReadonlySet<string>;
  issuer: ReadonlySet<string>;
  field: ReadonlySet<string>;
}

export function checkTerms(query: ListQuery, known: KnownTerms): ParamProblem[] {
  const problems: ParamProblem[] = [];
  for (const name of ['type', 'issuer', 'field'] as const) {
    const value = query[name];
    if (value !== undefined && !known[name].has(value)) problems.push({ field: name, message: vi.invalid[name](value) });
  }
  return problems;
}

/**
 * The query string for a list URL, with defaults and empty values left out (canonical URLs, pagination links,
 * rel=prev/next). `page` overrides the query's page.
 */
export function listSearch(query: ListQuery, overrides: { page?: number; includePageSize?: boolean } = {}): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = query[name];
    if (value !== undefined) params.set(name, String(value));
  }
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  const page = overrides.page ?? query.page;
  if (page > 1) params.set('page', String(page));
  if (overrides.includePageSize && query.pageSize !== SITE_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function hasFilters(query: ListQuery): boolean {
  return FILTER_PARAMS.some((name) => query[name] !== undefined);
}

