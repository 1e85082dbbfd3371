import { z } from 'zod';
import { OptionalTextSchema } from './cms-fields.ts';
import { articleAnchors } from './document-text.ts';
import { formatDateTime } from './dates.ts';
import { toNfc } from './vietnamese-text.ts';

/**
 * Dự thảo lấy ý kiến: the consultation window and its status. One rule, evaluated at a given instant, used by
 * the CMS (stored for filtering, checked when a comment arrives: 409 outside the window), the site and the API.
 */

export const CONSULTATION_STATUSES = ['upcoming', 'open', 'closed', 'response-published'] as const;
export const ConsultationStatusSchema = z.enum(CONSULTATION_STATUSES);
export type ConsultationStatus = z.output<typeof ConsultationStatusSchema>;

/** What the public sees for each status. */
export const CONSULTATION_STATUS_LABELS: Readonly<Record<ConsultationStatus, string>> = {
  upcoming: 'Sắp lấy ý kiến',
  open: 'Đang lấy ý kiến',
  closed: 'Đã hết hạn góp ý',
  'response-published': 'Đã công bố tiếp thu, giải trình',
};

/** The kinds of file in a draft's dossier (hồ sơ dự thảo), as the site lists them and the admin offers them. */
export const CONSULTATION_FILE_KINDS = ['draft', 'explanatory-memo', 'impact-assessment', 'other'] as const;
export const CONSULTATION_FILE_KIND_LABELS: Readonly<Record<(typeof CONSULTATION_FILE_KINDS)[number], string>> = {
  draft: 'Dự thảo',
  'explanatory-memo': 'Tờ trình',
  'impact-assessment': 'Báo cáo đánh giá tác động',
  other: 'Tài liệu khác',
};

export const ConsultationWindowSchema = z.object({
  /** Start of the comment period, an ISO 8601 instant. */
  opensAt: z.string(),
  /** End of the comment period (comments are accepted until this instant, exclusive). */
  closesAt: z.string(),
  /** The báo cáo tổng hợp, tiếp thu, giải trình has been published (text or file). */
  hasResponse: z.boolean(),
});
export type ConsultationWindow = z.output<typeof ConsultationWindowSchema>;

/**
 * upcoming before opensAt; open from opensAt until closesAt; closed afterwards; response-published once the
 * response report is out and the window has closed (a report prepared early does not close a running window).
 */
export function consultationStatus(window: ConsultationWindow, now: Date = new Date()): ConsultationStatus {
  const t = now.getTime();
  const opens = Date.parse(window.opensAt);
  const closes = Date.parse(window.closesAt);
  if (Number.isNaN(opens) || Number.isNaN(closes)) return 'upcoming';
  if (t < opens) return 'upcoming';
  if (t < closes) return 'open';
  return window.hasResponse ? 'response-published' : 'closed';
}

/** Whether a comment submitted at `now` is accepted. */
export function isAcceptingComments(window: ConsultationWindow, now: Date = new Date()): boolean {
  return consultationStatus(window, now) === 'open';
}

/**
 * Default minimum comment period, in days. The research (docs/research, legal-requirements §4.2) could not
 * confirm the figure in Luật Ban hành VBQPPL 2025; 20 days is the working assumption. Agencies set their own
 * with CONSULTATION_MIN_DAYS (e.g. 60 for a law-level draft under the 2015 law).
 */
export const DEFAULT_MIN_CONSULTATION_DAYS = 20;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Why this window cannot be published, in Vietnamese with how to fix it; null when it is long enough.
 * Checked when an editor publishes a draft.
 */
export function consultationPeriodProblem(opensAt: string | null | undefined, closesAt: string | null | undefined, minDays: number): string | null {
  if (!opensAt || !closesAt) return 'Chưa thể xuất bản: cần nhập thời điểm bắt đầu và thời điểm kết thúc lấy ý kiến.';
  const opens = Date.parse(opensAt);
  const closes = Date.parse(closesAt);
  if (Number.isNaN(opens) || Number.isNaN(closes)) return 'Chưa thể xuất bản: thời điểm bắt đầu hoặc kết thúc lấy ý kiến không hợp lệ.';
  if (closes <= opens) return 'Chưa thể xuất bản: thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu.';
  const days = (closes - opens) / DAY_MS;
  if (days < minDays) {
    const shortest = new Date(opens + minDays * DAY_MS).toISOString();
    return (
      `Chưa thể xuất bản: thời gian lấy ý kiến (${Math.floor(days)} ngày) ngắn hơn tối thiểu ${minDays} ngày. ` +
      `Đặt thời điểm kết thúc từ ${formatDateTime(shortest)} trở đi.`
    );
  }
  return null;
}

/** Reads CONSULTATION_MIN_DAYS (whole days ≥ 1); the default when unset or invalid. */
export function minConsultationDays(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : DEFAULT_MIN_CONSULTATION_DAYS;
}

export const DraftArticleSchema = z.object({
  /** "dieu-3": the fragment id on the page and the value a comment targets. */
  anchor: z.string(),
  number: z.string(),
  title: z.string(),
  /** The chương the article sits in ("Chương II. Quy định cụ thể"), or null before the first chapter. */
  chapter: z.string().nullable(),
  /** Number of khoản (numbered clauses "1.", "2." at the start of a line) in the article. */
  clauses: z.number().int(),
});
export type DraftArticle = z.output<typeof DraftArticleSchema>;

const CHAPTER_HEADING = /^#{1,6}\s+((?:Chương|CHƯƠNG)\s+[IVXLCDM\d]+.*?)\s*#*\s*$/u;
const ARTICLE_LINE = /^#{1,6}\s+(?:Điều|ĐIỀU|Ðiều|ÐIỀU)\s+\d/u;
const CLAUSE_LINE = /^\s*\d+\.\s+\S/;

/**
 * The outline of a draft: its articles (anchors as `articleAnchors` gives them, so the page and the comment
 * form agree), each with its chapter and number of clauses. The comment form offers exactly these.
 */
export function draftOutline(markdown: string): DraftArticle[] {
  const text = toNfc(markdown);
  const anchors = articleAnchors(text);
  const articles: DraftArticle[] = [];
  let chapter: string | null = null;
  let current: DraftArticle | null = null;
  for (const line of text.split(/\r?\n/)) {
    const chapterMatch = CHAPTER_HEADING.exec(line);
    if (chapterMatch) {
      chapter = chapterMatch[1] ?? null;
      current = null;
      continue;
    }
    if (ARTICLE_LINE.test(line)) {
      const anchor = anchors[articles.length];
      if (!anchor) continue;
      current = { anchor: anchor.anchor, number: anchor.number, title: anchor.title, chapter, clauses: 0 };
      articles.push(current);
      continue;
    }
    if (current && CLAUSE_LINE.test(line)) current.clauses += 1;
  }
  return articles;
}

/** "Điều 3. Phạm vi áp dụng" for an article anchor of the draft, or null when the draft has no such article. */
export function articleLabel(articles: readonly DraftArticle[], anchor: string | null | undefined): string | null {
  if (!anchor) return null;
  const article = articles.find((a) => a.anchor === anchor);
  if (!article) return null;
  return article.title ? `Điều ${article.number}. ${article.title}` : `Điều ${article.number}`;
}

/** A consultation as editors enter it (and the demo loader writes it through the CMS's REST API). */
export const ConsultationRecordSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.' }),
  title: z.string().min(1),
  /** Cơ quan chủ trì soạn thảo. */
  draftingAgency: z.string().min(1),
  /** Đơn vị soạn thảo. */
  draftingUnit: z.string().nullable(),
  summary: z.string(),
  /** Full text, Markdown with "## Chương …" and "### Điều N. …" headings. */
  body: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  /** Đơn vị tiếp nhận ý kiến: name, postal address, e-mail. */
  receivingUnit: z.string().min(1),
  receivingAddress: z.string().min(1),
  receivingEmail: z.email(),
  /** The same draft on the Cổng Pháp luật quốc gia, when posted there. */
  nationalPortalUrl: z.url().nullable(),
  versionLabel: z.string().nullable(),
  /** Báo cáo tổng hợp, tiếp thu, giải trình (Markdown), once published. */
  responseReport: z.string().nullable(),
  responsePublishedAt: z.string().nullable(),
});
export type ConsultationRecord = z.output<typeof ConsultationRecordSchema>;

/**
 * A published consultation as the CMS delivers it, to the site and to search (its files are the site's business).
 * List requests select fewer fields, hence optional text everywhere but the window.
 */
export const PublishedConsultationSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  draftingAgency: OptionalTextSchema,
  draftingUnit: OptionalTextSchema,
  summary: OptionalTextSchema,
  opensAt: z.string(),
  closesAt: z.string(),
  commentCount: z.number().int().nullish(),
  versionLabel: OptionalTextSchema,
  responsePublishedAt: OptionalTextSchema,
  updatedAt: OptionalTextSchema,
  /** Full text, Markdown with "## Chương …" and "### Điều N. …" headings (anchors by `draftOutline`). */
  body: OptionalTextSchema,
  receivingUnit: OptionalTextSchema,
  receivingAddress: OptionalTextSchema,
  receivingEmail: OptionalTextSchema,
  nationalPortalUrl: OptionalTextSchema,
  responseReport: OptionalTextSchema,
  /** The status the CMS last derived and stored (re-derived every minute); readers that need it exact re-derive it. */
  consultationStatus: ConsultationStatusSchema.nullish(),
});
export type PublishedConsultation = z.output<typeof PublishedConsultationSchema>;
