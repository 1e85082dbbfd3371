import { mailConfigured } from '../mail/transport';
import type { Core, UID } from '@strapi/strapi';
import {
  CONFIRMATION_TTL_MS,
  firstIssue,
  mailboxKey,
  newLinkToken,
  parseLinkToken,
  PORTAL_SECTIONS,
  SUBSCRIPTION_PATHS,
  SubscriptionRequestSchema,
  SubscriptionTopicSchema,
  type SubscriptionTopic,
  topicKey,
} from '@cong/content';
import { RuleViolationError } from '../../errors';
import { cmsEnv } from '../../env';
import { CONSULTATION, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_FIELD, SUBSCRIPTION } from '../../model/uids';
import { instant, type SubscriptionRow } from '../../model/rows';
import { newDocumentId } from '../../strapi-internals/document-id';
import { portalLink, subscriptionConfirmation, topicLabel, type TopicNames } from '../../rules/mail-messages';
import { confirmationExpired, secretHash, secretMatches, unsubscribeSecretMatches } from '../../rules/subscription-tokens';
import { perMailbox } from '../mail/acknowledgement-quota';
import { mailOutbox } from '../mail/outbox';

/**
 * Nhận tin qua thư điện tử on the CMS side: subscribe (double opt-in), confirm, unsubscribe. The site relays each
 * with the `cong-public-input` token. Subscriptions are written with the query engine only — no document
 * service, so no change feed, no search, no audit line (a citizen's own request, as comments and questions) —
 * and the content type is hidden from the content manager: no editor role can list the addresses; the CMS's
 * mail sender (outbox, digest) is what reads them.
 *
 * The answer to a subscribe never depends on whether the address is known (no enumeration): the same `{ ok }`
 * whether a confirmation was sent, the address already receives that topic, or a confirmation went out less than
 * an hour ago (then none is sent again: typing a stranger's address repeatedly cannot flood them).
 */
const RESEND_AFTER_MS = 3600_000;

type Names = TopicNames;

/** The names of what a topic refers to, from the agency's own data; an unknown slug is refused, named by its field. */
async function topicNames(strapi: Core.Strapi, topic: SubscriptionTopic): Promise<Names> {
  const nameOf = async (uid: UID.ContentType, slug: string | null, field: string, what: string) => {
    if (slug === null) return null;
    const row = await strapi.db.query(uid).findOne({ where: { slug }, select: ['name'] });
    if (!row?.name) throw new RuleViolationError(`${what} "${slug}" không có trên Cổng; hãy chọn trong danh sách.`, field);
    return String(row.name);
  };
  switch (topic.kind) {
    case 'legal-documents':
      return {
        type: await nameOf(DOCUMENT_TYPE, topic.type, 'type', 'Loại văn bản'),
        field: await nameOf(LEGAL_FIELD, topic.field, 'field', 'Lĩnh vực'),
        issuer: await nameOf(ISSUING_BODY, topic.issuer, 'issuer', 'Cơ quan ban hành'),
      };
    case 'draft-response': {
      const row = await strapi.db.query(CONSULTATION).findOne({ where: { slug: topic.draft, publishedAt: { $notNull: true } }, select: ['title'] });
      if (!row?.title) throw new RuleViolationError('Dự thảo này không có trên Cổng; hãy mở lại trang dự thảo.', 'draft');
      return { draft: String(row.title) };
    }
    case 'news':
      return { section: PORTAL_SECTIONS.find((s) => s.path === `/${topic.section}`)?.label ?? topic.section };
    case 'drafts':
      return {};
  }
}

const link = (path: string) => portalLink(cmsEnv().PUBLIC_SITE_URL, path);

/** A request to subscribe: validated, then a confirmation mail (at most one an hour per subscription); always `{ ok: true }`. */
/**
 * `mailOff`: the portal sends no mail at all (SMTP_URL unset), so the page must not promise a confirmation. It is
 * the same for every address (whether this one was new, pending or active is never said).
 */
export async function subscribe(strapi: Core.Strapi, input: unknown): Promise<{ ok: true; mailOff: boolean }> {
  const parsed = SubscriptionRequestSchema.safeParse(input);
  if (!parsed.success) {
    const { message, field } = firstIssue(parsed.error, '');
    throw new RuleViolationError(message, field);
  }
  const { email, topic } = parsed.data;
  const names = await topicNames(strapi, topic);
  const mailbox = mailboxKey(email);
  const key = topicKey(topic);
  await perMailbox(email, async () => {
    const now = new Date();
    const existing: SubscriptionRow | null = await strapi.db.query(SUBSCRIPTION).findOne({
      where: { mailbox, topicKey: key },
      select: ['id', 'documentId', 'email', 'status', 'confirmationSentAt'],
    });
    if (existing?.status === 'active') return;
    const sentAt = instant(existing?.confirmationSentAt);
    if (existing?.status === 'pending' && sentAt && now.getTime() - Date.parse(sentAt) < RESEND_AFTER_MS) return;
    const documentId = existing?.documentId ?? newDocumentId();
    const token = newLinkToken(documentId);
    const secret = parseLinkToken(token)!.secret;
    // The row and its confirmation commit together: a pending subscription always has its mail.
    await strapi.db.transaction(async () => {
      const data = { status: 'pending', confirmTokenHash: secretHash(secret), confirmationSentAt: now, updatedAt: now };
      if (existing) await strapi.db.query(SUBSCRIPTION).update({ where: { id: existing.id }, data });
      else await strapi.db.query(SUBSCRIPTION).create({ data: { ...data, documentId, email, mailbox, topic, topicKey: key, createdAt: now } });
      const mail = subscriptionConfirmation({
        topic: topicLabel(topic.kind, names),
        confirmUrl: link(SUBSCRIPTION_PATHS.confirm(token)),
        expiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS).toISOString(),
      });
      // To the address this subscription was first asked for (the same mailbox as the one typed now).
      await mailOutbox(strapi).write([{ kind: 'subscription-confirm', to: existing?.email ?? email, reference: documentId, ...mail }], now);
    });
    mailOutbox(strapi).kick();
  });
  return { ok: true, mailOff: !mailConfigured() };
}

export type LinkOutcome = 'confirmed' | 'unsubscribed' | 'expired' | 'invalid';

async function rowOfToken(strapi: Core.Strapi, token: unknown): Promise<{ row: SubscriptionRow; secret: string } | null> {
  const parsed = parseLinkToken(token);
  if (!parsed) return null;
  const row: SubscriptionRow | null = await strapi.db.query(SUBSCRIPTION).findOne({
    where: { documentId: parsed.id },
    select: ['id', 'documentId', 'mailbox', 'status', 'confirmTokenHash', 'confirmationSentAt', 'unsubscribeTokenHashes'],
  });
  return row ? { row, secret: parsed.secret } : null;
}

/** The link of a confirmation mail: the subscription becomes active (again: a second click says the same). */
export async function confirm(strapi: Core.Strapi, token: unknown, now = new Date()): Promise<{ outcome: LinkOutcome }> {
  const found = await rowOfToken(strapi, token);
  if (!found || !secretMatches(found.secret, found.row.confirmTokenHash)) return { outcome: 'invalid' };
  const { row } = found;
  if (row.status === 'active') return { outcome: 'confirmed' };
  if (row.status !== 'pending') return { outcome: 'invalid' };
  if (confirmationExpired(instant(row.confirmationSentAt), now, CONFIRMATION_TTL_MS)) return { outcome: 'expired' };
  await strapi.db.query(SUBSCRIPTION).update({ where: { id: row.id }, data: { status: 'active', confirmedAt: now, lastDigestAt: null, updatedAt: now } });
  return { outcome: 'confirmed' };
}

/**
 * The link of a digest (the page's button, or a mail client's RFC 8058 one-click POST): every subscription of that
 * mailbox stops, since the digest was one mail for all of them. Saying it twice is the same answer.
 */
export async function unsubscribe(strapi: Core.Strapi, token: unknown, now = new Date()): Promise<{ outcome: LinkOutcome }> {
  const found = await rowOfToken(strapi, token);
  if (!found || !unsubscribeSecretMatches(found.secret, found.row.unsubscribeTokenHashes)) return { outcome: 'invalid' };
  await strapi.db.query(SUBSCRIPTION).updateMany({
    where: { mailbox: found.row.mailbox, status: { $in: ['active', 'pending'] } },
    data: { status: 'unsubscribed', unsubscribedAt: now, confirmTokenHash: null, updatedAt: now },
  });
  return { outcome: 'unsubscribed' };
}

/** A stored topic, read back through its schema (a row written by an older version is skipped, not sent garbage). */
export function storedTopic(value: unknown): SubscriptionTopic | null {
  return SubscriptionTopicSchema.safeParse(value).data ?? null;
}
