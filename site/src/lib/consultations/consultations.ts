import {
  type Attachment,
  CONSULTATION_STATUS_LABELS,
  type ConsultationStatus,
  consultationStatus,
  type DraftArticle,
  commentFileCountProblem,
  commentFileProblem,
  draftOutline,
  publicCommenterName,
  PublishedConsultationSchema,
} from '@cong/content';
import { z } from 'zod';
import { vi } from '../../i18n/vi.ts';
import { cms } from '../cms/cms-client.ts';
import { env } from '../server/env.ts';
import { toAttachment } from '../registry/map-legal-document.ts';
import { StrapiMediaSchema, strapiCollection } from '../cms/strapi-schemas.ts';

/**
 * Drafts for comment (dự thảo lấy ý kiến) and their approved comments, read from the CMS with the read-only
 * token (cached, invalidated by the change feed). Comments are submitted through the public-input pipeline
 * (public-input/index.ts). Status is always re-derived here by the shared rule at the moment of reading.
 */

const CONSULTATIONS = '/api/consultations' as const;
const LIST_FIELDS = ['title', 'slug', 'draftingAgency', 'draftingUnit', 'summary', 'opensAt', 'closesAt', 'commentCount', 'versionLabel', 'responsePublishedAt', 'updatedAt'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// The files are read here only: search and the other readers of a consultation do not need them.
const StrapiConsultationSchema = PublishedConsultationSchema.extend({
  responseReportFile: StrapiMediaSchema.nullish(),
  revisedDraft: StrapiMediaSchema.nullish(),
  attachments: z.array(z.object({ kind: z.string(), label: z.string().nullish(), file: StrapiMediaSchema.nullish() })).nullish(),
  previousVersions: z
    .array(z.object({ label: z.string(), postedOn: z.string().nullish(), body: z.string().nullish(), file: StrapiMediaSchema.nullish() }))
    .nullish(),
});
type StrapiConsultation = z.output<typeof StrapiConsultationSchema>;
const ListSchema = z.object({ data: z.array(StrapiConsultationSchema) });
const PagedListSchema = strapiCollection(StrapiConsultationSchema);

const StrapiCommentSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  anonymous: z.boolean().nullish(),
  organization: z.string().nullish(),
  article: z.string().nullish(),
  articleLabel: z.string().nullish(),
  content: z.string(),
  submittedAt: z.string().nullish(),
});
const CommentListSchema = z.object({ data: z.array(StrapiCommentSchema) });

export type ConsultationSummary = {
  id: string;
  slug: string;
  title: string;
  draftingAgency: string | null;
  draftingUnit: string | null;
  summary: string;
  opensAt: string;
  closesAt: string;
  status: ConsultationStatus;
  statusLabel: string;
  commentCount: number;
  versionLabel: string | null;
  updatedAt: string;
};

export type DraftFile = Attachment & { kind: string; label: string | null };

export type ConsultationView = ConsultationSummary & {
  body: string;
  articles: DraftArticle[];
  receivingUnit: string;
  receivingAddress: string;
  receivingEmail: string;
  nationalPortalUrl: string | null;
  attachments: DraftFile[];
  responseReport: string | null;
  responseReportFile: Attachment | null;
  revisedDraft: Attachment | null;
  responsePublishedAt: string | null;
  previousVersions: Array<{ label: string; postedOn: string | null; body: string; file: Attachment | null }>;
};

/** A comment as the public sees it: no e-mail, no phone, the name replaced by "Ẩn danh" when asked. */
export type PublicComment = {
  id: string;
  name: string;
  organization: string | null;
  article: string | null;
  articleLabel: string | null;
  content: string;
  submittedAt: string | null;
};

function toSummary(raw: StrapiConsultation, now: Date): ConsultationSummary {
  const hasResponse = Boolean(raw.responseReport?.trim() || raw.responseReportFile || raw.responsePublishedAt);
  const status = consultationStatus({ opensAt: raw.opensAt, closesAt: raw.closesAt, hasResponse }, now);
  return {
    id: raw.documentId,
    slug: raw.slug,
    title: raw.title,
    draftingAgency: raw.draftingAgency ?? null,
    draftingUnit: raw.draftingUnit ?? null,
    summary: raw.summary ?? '',
    opensAt: raw.opensAt,
    closesAt: raw.closesAt,
    status,
    statusLabel: CONSULTATION_STATUS_LABELS[status],
    commentCount: raw.commentCount ?? 0,
    versionLabel: raw.versionLabel ?? null,
    updatedAt: raw.updatedAt ?? '',
  };
}

/** Every published draft, newest closing first: the CMS's pages (at most 100 rows each, its maxLimit) read one after another. */
export async function listConsultations(status?: ConsultationStatus, now: Date = new Date()): Promise<ConsultationSummary[]> {
  const all: ConsultationSummary[] = [];
  for (let page = 1; ; page += 1) {
    const body = await cms().get(
      CONSULTATIONS,
      // The id breaks ties of closesAt, so no draft moves between two pages.
      { fields: LIST_FIELDS, populate: { responseReportFile: { fields: ['name', 'url'] } }, sort: ['closesAt:desc', 'id:desc'], pagination: { page, pageSize: 100 } },
      PagedListSchema,
    );
    all.push(...body.data.map((raw) => toSummary(raw, now)));
    if (page >= body.meta.pagination.pageCount) break;
  }
  return status ? all.filter((c) => c.status === status) : all;
}

export async function getConsultation(slug: string, now: Date = new Date()): Promise<ConsultationView | null> {
  if (!SLUG.test(slug)) return null;
  const body = await cms().get(
    CONSULTATIONS,
    {
      filters: { slug: { $eq: slug } },
      populate: {
        attachments: { populate: { file: true } },
        previousVersions: { populate: { file: true } },
        responseReportFile: true,
        revisedDraft: true,
      },
    },
    ListSchema,
  );
  const raw = body.data[0];
  if (!raw) return null;
  const file = (media: z.output<typeof StrapiMediaSchema> | null | undefined) => (media ? toAttachment(media, env.CMS_URL) : null);
  return {
    ...toSummary(raw, now),
    body: raw.body ?? '',
    articles: draftOutline(raw.body ?? ''),
    receivingUnit: raw.receivingUnit ?? '',
    receivingAddress: raw.receivingAddress ?? '',
    receivingEmail: raw.receivingEmail ?? '',
    nationalPortalUrl: raw.nationalPortalUrl ?? null,
    attachments: (raw.attachments ?? []).flatMap((a) => (a.file ? [{ ...toAttachment(a.file, env.CMS_URL), kind: a.kind, label: a.label ?? null }] : [])),
    responseReport: raw.responseReport?.trim() ? raw.responseReport : null,
    responseReportFile: file(raw.responseReportFile),
    revisedDraft: file(raw.revisedDraft),
    responsePublishedAt: raw.responsePublishedAt ?? null,
    previousVersions: (raw.previousVersions ?? []).map((v) => ({ label: v.label, postedOn: v.postedOn ?? null, body: v.body ?? '', file: file(v.file) })),
  };
}

/**
 * Approved comments, newest first, every one of them: the CMS route applies the moderation filter and masks the
 * names of commenters who asked to stay anonymous (the site's token cannot read the comment collection).
 */
export async function approvedComments(consultationId: string): Promise<PublicComment[]> {
  const body = await cms().get(`/api/consultations/${encodeURIComponent(consultationId)}/comments/approved`, {}, CommentListSchema);
  return body.data.map((raw) => ({
    id: raw.documentId,
    name: publicCommenterName({ name: raw.name, anonymous: raw.anonymous ?? false }),
    organization: raw.organization ?? null,
    article: raw.article ?? null,
    articleLabel: raw.articleLabel ?? null,
    content: raw.content,
    submittedAt: raw.submittedAt ?? null,
  }));
}

/** Approved comments grouped by article, in the draft's order; comments on the whole draft come first. */
export function groupByArticle(comments: PublicComment[], articles: DraftArticle[]): Array<{ anchor: string | null; label: string | null; comments: PublicComment[] }> {
  const groups: Array<{ anchor: string | null; label: string | null; comments: PublicComment[] }> = [];
  const general = comments.filter((c) => !c.article || !articles.some((a) => a.anchor === c.article));
  if (general.length) groups.push({ anchor: null, label: null, comments: general });
  for (const article of articles) {
    const own = comments.filter((c) => c.article === article.anchor);
    if (own.length) groups.push({ anchor: article.anchor, label: own[0]?.articleLabel ?? vi.document.article(article.number, ''), comments: own });
  }
  return groups;
}

/** Whole days from now until the deadline (rounded up), for "Còn N ngày". */
export function daysLeft(closesAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.ceil((Date.parse(closesAt) - now.getTime()) / 86_400_000));
}

/** The same check the CMS makes (by content, ≤ 10 MB, ≤ 3 files), made first so a refused file costs no upload. */
export async function attachmentProblem(files: File[]): Promise<string | null> {
  const tooMany = commentFileCountProblem(files.length);
  if (tooMany) return tooMany;
  for (const file of files) {
    const problem = commentFileProblem(file.name, new Uint8Array(await file.arrayBuffer()));
    if (problem) return problem;
  }
  return null;
}

/** Non-empty files of a form's `attachments` field. */
export function formFiles(form: FormData | null): File[] {
  if (!form) return [];
  return form.getAll('attachments').filter((value): value is File => typeof value !== 'string' && value.size > 0);
}
