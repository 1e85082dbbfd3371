import {
  type AgencyProfile,
  AgencyProfileSchema,
  articleDate,
  ArticleSchema,
  type ArticleSection,
  OptionalTextSchema,
  protocolOrder,
  ProjectSchema,
  PublicServiceSchema,
  StatisticFiguresSchema,
  type StatisticFigure,
  StatisticReportSchema,
  unitsInProtocolOrder,
} from '@cong/content';
import { z } from 'zod';
import { cms } from '../cms/cms-client.ts';
import { env } from '../server/env.ts';
import { publicFileUrl } from '../cms/files.ts';
import { NotFoundError } from '../server/errors.ts';
import type { StrapiParams } from '../cms/strapi-query.ts';

/**
 * Reading the portal's sections (issue 5) from the CMS: agency profile, units, officials, articles, the
 * schedule, services, projects, statistics, links. Same door as the registry (cms-client: cached, invalidated
 * by the change feed); Strapi's payloads are validated here and mapped to the small DTOs the pages use.
 */

const PAGE = 100;
const s = OptionalTextSchema;

const ImageFormat = z.object({ url: z.string(), width: z.number(), height: z.number() });
const StrapiImage = z
  .object({
    url: z.string(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    alternativeText: z.string().nullish(),
    formats: z.record(z.string(), ImageFormat).nullish(),
  })
  .nullish();

/** A responsive image: Strapi renders the formats (thumbnail, small, medium, large) with sharp at upload. */
export interface ResponsiveImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

function toImage(raw: z.output<typeof StrapiImage>): ResponsiveImage | null {
  if (!raw) return null;
  const url = (u: string) => publicFileUrl(u, env.CMS_URL);
  const candidates = [
    ...Object.entries(raw.formats ?? {}).filter(([name]) => name !== 'thumbnail').map(([, f]) => f),
    ...(raw.width && raw.height ? [{ url: raw.url, width: raw.width, height: raw.height }] : []),
  ].sort((a, b) => a.width - b.width);
  const largest = candidates.at(-1);
  return {
    src: url(candidates.find((c) => c.width >= 500)?.url ?? raw.url),
    srcset: candidates.map((c) => `${url(c.url)} ${c.width}w`).join(', '),
    width: largest?.width ?? 800,
    height: largest?.height ?? 600,
  };
}

const Pagination = z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() });
const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), meta: z.object({ pagination: Pagination }) });

/** Every item of a collection, a hundred at a time (the sections are small; the directory may have hundreds). */
async function all<T extends z.ZodType>(path: `/api/${string}`, params: StrapiParams, item: T): Promise<z.output<T>[]> {
  const out: z.output<T>[] = [];
  for (let page = 1; ; page += 1) {
    const body = await cms().get(path, { ...params, pagination: { page, pageSize: PAGE } }, list(item));
    out.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return out;
  }
}

// ── Agency profile (Giới thiệu, Liên hệ, English) ──────────────────────────────────────────────────────────
// Built once: every page's layout reads the profile, and building a zod schema costs more than the cached read.
// The logo is read here only (search does not need it); every reader of the profile asks with the same populate,
// so the header, the footer and the pages share one cached answer.
const AgencyProfileAnswer = z.object({ data: AgencyProfileSchema.extend({ logo: StrapiImage }).nullable() });

/** The agency's logo as the header shows it: the uploaded file itself (an SVG has no resized formats). */
export interface AgencyLogo {
  src: string;
  width: number | null;
  height: number | null;
}

export async function agencyProfile(): Promise<AgencyProfile & { logo: AgencyLogo | null }> {
  const body = await cms().get('/api/agency-profile', { populate: { logo: true } }, AgencyProfileAnswer);
  if (!body.data) throw new NotFoundError('agency profile');
  const { logo, ...profile } = body.data;
  return { ...profile, logo: logo ? { src: publicFileUrl(logo.url, env.CMS_URL), width: logo.width ?? null, height: logo.height ?? null } : null };
}

// ── Units and officials (Cơ cấu tổ chức, Lãnh đạo, Danh bạ) ────────────────────────────────────────────────
const UnitRef = z.object({ documentId: z.string(), name: z.string(), slug: s });
export const UnitSchema = z.object({
  documentId: z.string(), name: z.string(), slug: s, order: z.number().nullish(), functions: s, email: s, phone: s, address: s,
  parent: UnitRef.nullish(), updatedAt: z.string(),
});
export type Unit = z.output<typeof UnitSchema>;

/** Units in protocol order (content/src/directory-order.ts): the tree depth first, siblings by their order. */
export async function units(): Promise<Unit[]> {
  return unitsInProtocolOrder(await all('/api/units', { populate: { parent: { fields: ['documentId', 'name', 'slug'] } }, sort: ['order:asc', 'name:asc'] }, UnitSchema));
}

export const OfficialSchema = z.object({
  documentId: z.string(), name: z.string(), slug: s, title: s, phone: s, email: z.string(), order: z.number().nullish(),
  leader: z.boolean().nullish(), biography: s, duties: s, unit: UnitRef.nullish(), photo: StrapiImage, updatedAt: z.string(),
});
export type Official = Omit<z.output<typeof OfficialSchema>, 'photo'> & { photo: ResponsiveImage | null };

/** Officials in protocol order: the leaders, then unit by unit in each unit's order, names the Vietnamese way. */
export async function officials(): Promise<Official[]> {
  const [rows, unitList] = await Promise.all([
    all('/api/officials', { populate: { unit: { fields: ['documentId', 'name', 'slug'] }, photo: true }, sort: ['order:asc', 'name:asc'] }, OfficialSchema),
    units(),
  ]);
  return rows.sort(protocolOrder(unitList)).map((row) => ({ ...row, photo: toImage(row.photo) }));
}

// ── Articles (news, directions, plans, law dissemination, science) ─────────────────────────────────────────
// The featured image is read here only: search and the other readers of articles do not need it.
const ArticleWithImageSchema = ArticleSchema.extend({ featuredImage: StrapiImage });
export type Article = Omit<z.output<typeof ArticleWithImageSchema>, 'featuredImage'> & { image: ResponsiveImage | null; date: string };

function toArticle(raw: z.output<typeof ArticleWithImageSchema>): Article {
  const { featuredImage, ...rest } = raw;
  return { ...rest, image: toImage(featuredImage), date: articleDate(raw) };
}

export interface ArticlePage { items: Article[]; page: number; pageSize: number; pageCount: number; total: number }

export async function listArticles(section: ArticleSection | null, page = 1, pageSize = 20): Promise<ArticlePage> {
  const body = await cms().get(
    '/api/articles',
    {
      ...(section ? { filters: { section: { $eq: section } } } : {}),
      populate: { featuredImage: true },
      sort: ['postedAt:desc', 'id:desc'],
      pagination: { page, pageSize },
    },
    list(ArticleWithImageSchema),
  );
  return { items: body.data.map(toArticle), ...body.meta.pagination };
}

export async function findArticle(section: ArticleSection, slug: string): Promise<Article> {
  const body = await cms().get(
    '/api/articles',
    { filters: { slug: { $eq: slug }, section: { $eq: section } }, populate: { featuredImage: true } },
    list(ArticleWithImageSchema),
  );
  const raw = body.data[0];
  if (!raw) throw new NotFoundError(`article ${slug}`);
  return toArticle(raw);
}

export async function allArticles(): Promise<Article[]> {
  return (await all('/api/articles', { populate: { featuredImage: true }, sort: ['postedAt:desc'] }, ArticleWithImageSchema)).map(toArticle);
}

// ── Schedule (Lịch công tác) ──────────────────────────────────────────────────────────────────────────────
export const ScheduleEntrySchema = z.object({
  documentId: z.string(), title: z.string(), startsAt: z.string(), endsAt: s, place: s, chair: s, participants: s, preparedBy: s,
  updatedAt: z.string(),
});
export type ScheduleEntry = z.output<typeof ScheduleEntrySchema>;

/** Entries starting in [start, end): the bounds are a week's instants from content's `weekOf`. */
export async function scheduleBetween(start: string, end: string): Promise<ScheduleEntry[]> {
  return all('/api/schedule-entries', { filters: { startsAt: { $gte: start, $lt: end } }, sort: ['startsAt:asc'] }, ScheduleEntrySchema);
}

// ── Services, projects, statistics, links ─────────────────────────────────────────────────────────────────
export const publicServices = () => all('/api/public-services', { sort: ['field:asc', 'name:asc'] }, PublicServiceSchema);

export const projects = () => all('/api/projects', { sort: ['kind:asc', 'id:desc'] }, ProjectSchema);

export type StatisticReport = Omit<z.output<typeof StatisticReportSchema>, 'figures'> & { figures: StatisticFigure[] };
export async function statisticReports(): Promise<StatisticReport[]> {
  const rows = await all('/api/statistic-reports', { sort: ['id:desc'] }, StatisticReportSchema);
  // The CMS refuses malformed figures on write; older rows that do not parse show no table rather than break the page.
  return rows.map((row) => ({ ...row, figures: StatisticFiguresSchema.safeParse(row.figures).data ?? [] }));
}

export const RelatedLinkSchema = z.object({ documentId: z.string(), name: z.string(), url: z.string(), order: z.number().nullish() });
export type RelatedLink = z.output<typeof RelatedLinkSchema>;
export const relatedLinks = () => all('/api/related-links', { sort: ['order:asc', 'name:asc'] }, RelatedLinkSchema);
