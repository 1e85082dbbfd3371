import type { ApiDraft, ApiDraftComment, ApiDraftSummary, ApiFile, Attachment } from '@cong/content';
import type { ConsultationSummary, ConsultationView, PublicComment } from '../consultations/consultations.ts';
import { fileFormat } from '../cms/files.ts';
import { absoluteUrl, paths } from '../render/urls.ts';

/**
 * The public drafts API (`/api/v1/drafts`), built into the contract of content/src/public-api.ts: flat JSON with
 * absolute URLs, status re-derived at the moment of the request. Comments carry no e-mail or phone, ever.
 */
export function toApiDraftSummary(c: ConsultationSummary): ApiDraftSummary {
  return {
    slug: c.slug,
    title: c.title,
    status: c.status,
    statusLabel: c.statusLabel,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    commentCount: c.commentCount,
    draftingAgency: c.draftingAgency,
    draftingUnit: c.draftingUnit,
    versionLabel: c.versionLabel,
    updatedAt: c.updatedAt,
    url: absoluteUrl(paths.draft(c.slug)),
    commentsUrl: absoluteUrl(paths.apiDraftComments(c.slug)),
  };
}

const file = (a: Attachment | null): ApiFile | null =>
  a && { name: a.name, url: absoluteUrl(a.url), mime: a.mime, ext: a.ext, format: fileFormat(a.ext), size: a.size };

/** The draft without its `commentToken`, which the route adds (it is per slug and time, not content). */
export function toApiDraft(c: ConsultationView): Omit<ApiDraft, 'commentToken'> {
  return {
    ...toApiDraftSummary(c),
    summary: c.summary,
    text: c.body,
    articles: c.articles.map((a) => ({ anchor: a.anchor, number: a.number, title: a.title, chapter: a.chapter, url: absoluteUrl(`${paths.draft(c.slug)}#${a.anchor}`) })),
    receivingUnit: c.receivingUnit,
    receivingAddress: c.receivingAddress,
    receivingEmail: c.receivingEmail,
    nationalPortalUrl: c.nationalPortalUrl,
    attachments: c.attachments.map((a) => ({ kind: a.kind, label: a.label, ...file(a)! })),
    response:
      c.status === 'response-published'
        ? { report: c.responseReport, reportFile: file(c.responseReportFile), revisedDraft: file(c.revisedDraft), publishedAt: c.responsePublishedAt }
        : null,
    previousVersions: c.previousVersions.map((v) => ({ label: v.label, postedOn: v.postedOn, text: v.body, file: file(v.file) })),
  };
}

export function toApiComment(c: PublicComment): ApiDraftComment {
  return { id: c.id, name: c.name, organization: c.organization, article: c.article, articleLabel: c.articleLabel, content: c.content, submittedAt: c.submittedAt };
}
