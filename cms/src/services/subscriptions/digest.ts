import type { Core } from '@strapi/strapi';
import {
  ArticleSectionSchema,
  type DigestItem,
  digestItems,
  earliestWindowStart,
  formatDate,
  newLinkToken,
  parseLinkToken,
  PORTAL_SECTIONS,
  SUBSCRIPTION_PATHS,
  type SubscriptionTopic,
} from '@cong/content';
import { cmsEnv } from '../../env';
import { ARTICLE, CONSULTATION, LEGAL_DOCUMENT, SUBSCRIPTION } from '../../model/uids';
import { instant, type SubscriptionRow } from '../../model/rows';
import { type DigestEntry, portalLink, subscriptionDigest, unsubscribeHeaders } from '../../rules/mail-messages';
import { secretHash, withUnsubscribeHash } from '../../rules/subscription-tokens';
import { mailOutbox, type OutgoingMail } from '../mail/outbox';
import { storedTopic } from './subscription-desk';

/**
 * The daily digest (cron at SUBSCRIPTION_DIGEST_HOUR, Asia/Ho_Chi_Minh; an operator may run it now with
 * POST /api/subscription-desk/digest and a full-access token): one mail per mailbox listing what was published
 * since its last digest that matches any of its active subscriptions (content's `digestItems`), nothing when
 * nothing matched. The mails and every subscription's new `lastDigestAt` commit together, so a crash mid-run sends
 * nothing twice and skips nothing; the outbox then delivers them (retrying through an SMTP outage).
 *
 * "New" is "published in the window". A legal document counts once, by its first publication (`firstPublishedAt`,
 * services/registry/first-publication.ts): a corrected typo re-published is not a new document. Drafts and articles
 * go by Strapi's `publishedAt`, stamped at each publish, so one published again after an edit is listed again —
 * said in the mail as "mới đăng" (newly published); a draft's response is announced exactly that way.
 */
export type DigestRun = { subscriptions: number; mails: number; items: number };

let running: Promise<DigestRun> | null = null;

/** Runs the digest once; a run asked for while one is going (cron and operator together) gets that run's result. */
export function runDigest(strapi: Core.Strapi, now = new Date()): Promise<DigestRun> {
  running ??= sendDigests(strapi, now).finally(() => {
    running = null;
  });
  return running;
}

type Active = { row: SubscriptionRow; topic: SubscriptionTopic; confirmedAt: string; lastDigestAt: string | null };

const HEADINGS: Record<DigestItem['kind'], string> = {
  'legal-document': 'Văn bản quy phạm pháp luật mới đăng',
  consultation: 'Dự thảo mới đưa ra lấy ý kiến',
  'draft-response': 'Kết quả tiếp thu, giải trình ý kiến góp ý',
  article: 'Tin bài mới đăng',
};

function headingOf(item: DigestItem): string {
  if (item.kind !== 'article') return HEADINGS[item.kind];
  const label = PORTAL_SECTIONS.find((s) => s.path === `/${item.section}`)?.label;
  return label ? `${HEADINGS.article} — ${label}` : HEADINGS.article;
}

async function sendDigests(strapi: Core.Strapi, now: Date): Promise<DigestRun> {
  const rows: SubscriptionRow[] = await strapi.db.query(SUBSCRIPTION).findMany({
    where: { status: 'active' },
    select: ['id', 'documentId', 'email', 'mailbox', 'topic', 'confirmedAt', 'lastDigestAt', 'unsubscribeTokenHashes'],
    orderBy: { id: 'asc' },
  });
  const active: Active[] = [];
  for (const row of rows) {
    const topic = storedTopic(row.topic);
    const confirmedAt = instant(row.confirmedAt);
    if (topic && confirmedAt && Date.parse(confirmedAt) <= now.getTime()) active.push({ row, topic, confirmedAt, lastDigestAt: instant(row.lastDigestAt) });
  }
  const since = earliestWindowStart(active, now);
  if (since === null) return { subscriptions: 0, mails: 0, items: 0 };
  const items = await newItems(strapi, since, now);

  const byMailbox = new Map<string, Active[]>();
  for (const sub of active) byMailbox.set(String(sub.row.mailbox), [...(byMailbox.get(String(sub.row.mailbox)) ?? []), sub]);
  const mails: OutgoingMail[] = [];
  const hashes: Array<{ id: SubscriptionRow['id']; hashes: string[] }> = [];
  let listed = 0;
  for (const subs of byMailbox.values()) {
    const picked = digestItems(subs, items, now);
    if (!picked.length) continue;
    listed += picked.length;
    // The mail's own unsubscribe link, kept (hashed) on the mailbox's first subscription; it stops them all.
    const first = subs[0]!.row;
    const token = newLinkToken(String(first.documentId));
    hashes.push({ id: first.id, hashes: withUnsubscribeHash(first.unsubscribeTokenHashes, secretHash(parseLinkToken(token)!.secret)) });
    const unsubscribeUrl = portalLink(cmsEnv().PUBLIC_SITE_URL, SUBSCRIPTION_PATHS.unsubscribe(token));
    const entries: DigestEntry[] = picked.map((item) => ({ heading: headingOf(item), title: item.title, url: portalLink(cmsEnv().PUBLIC_SITE_URL, item.path) }));
    const mail = subscriptionDigest({ day: formatDate(now.toISOString()), entries, unsubscribeUrl });
    mails.push({ kind: 'subscription-digest', to: String(first.email), reference: String(first.documentId), headers: unsubscribeHeaders(unsubscribeUrl), ...mail });
  }
  await strapi.db.transaction(async () => {
    for (const { id, hashes: list } of hashes) await strapi.db.query(SUBSCRIPTION).update({ where: { id }, data: { unsubscribeTokenHashes: list } });
    await strapi.db.query(SUBSCRIPTION).updateMany({ where: { id: { $in: active.map((a) => a.row.id) } }, data: { lastDigestAt: now, updatedAt: now } });
    await mailOutbox(strapi).write(mails, now);
  });
  mailOutbox(strapi).kick();
  strapi.log.info(`[subscriptions] digest: ${active.length} subscription(s), ${mails.length} mail(s), ${listed} item(s) listed`);
  return { subscriptions: active.length, mails: mails.length, items: listed };
}

/** A legal document's row as selected below. */
type DigestDocumentRow = {
  number: string | null;
  title: string;
  slug: string | null;
  firstPublishedAt: unknown;
  documentType?: { slug: string } | null;
  issuingBody?: { slug: string } | null;
  fields?: { slug: string }[] | null;
};

const window = (since: string, until: Date) => ({ publishedAt: { $gt: new Date(since), $lte: until } });
/** The published row of each legal document first published in the window. */
const firstPublishedIn = (since: string, until: Date) => ({ publishedAt: { $notNull: true }, firstPublishedAt: { $gt: new Date(since), $lte: until } });

/** What was published in the window, of every kind a topic can follow. */
async function newItems(strapi: Core.Strapi, since: string, until: Date): Promise<DigestItem[]> {
  const [documents, drafts, articles] = await Promise.all([
    strapi.db.query(LEGAL_DOCUMENT).findMany({
      where: firstPublishedIn(since, until),
      select: ['number', 'title', 'slug', 'firstPublishedAt'],
      populate: { documentType: { select: ['slug'] }, issuingBody: { select: ['slug'] }, fields: { select: ['slug'] } },
    }),
    strapi.db.query(CONSULTATION).findMany({ where: window(since, until), select: ['title', 'slug', 'publishedAt', 'consultationStatus'] }),
    strapi.db.query(ARTICLE).findMany({ where: window(since, until), select: ['title', 'slug', 'section', 'publishedAt'] }),
  ]);
  const items: DigestItem[] = [];
  for (const d of documents as DigestDocumentRow[]) {
    if (!d.slug) continue;
    items.push({
      kind: 'legal-document',
      title: d.number ? `${d.number} — ${d.title}` : String(d.title),
      path: `/van-ban/${encodeURIComponent(d.slug)}`,
      publishedAt: instant(d.firstPublishedAt)!,
      type: d.documentType?.slug ?? null,
      issuer: d.issuingBody?.slug ?? null,
      fields: Array.isArray(d.fields) ? d.fields.map((f) => f.slug) : [],
    });
  }
  for (const c of drafts as { title: string; slug: string; publishedAt: unknown; consultationStatus: string | null }[]) {
    const path = `/du-thao/${encodeURIComponent(c.slug)}`;
    const publishedAt = instant(c.publishedAt)!;
    if (c.consultationStatus === 'response-published') items.push({ kind: 'draft-response', draft: c.slug, title: String(c.title), path: `${path}#tiep-thu`, publishedAt });
    else items.push({ kind: 'consultation', title: String(c.title), path, publishedAt });
  }
  for (const a of articles as { title: string; slug: string | null; section: unknown; publishedAt: unknown }[]) {
    const section = ArticleSectionSchema.safeParse(a.section);
    if (section.success && a.slug) items.push({ kind: 'article', section: section.data, title: String(a.title), path: `/${section.data}/${encodeURIComponent(a.slug)}`, publishedAt: instant(a.publishedAt)! });
  }
  return items;
}
