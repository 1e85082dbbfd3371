import { z } from 'zod';
import { ARTICLE_SECTIONS, type ArticleSection } from './portal-sections.ts';
import { publicText } from './public-text.ts';

/**
 * Nhận tin qua thư điện tử (issue 13 §6): anyone may ask for a daily mail about what the portal publishes, without
 * an account. What is subscribed is a topic; the address is personal data the CMS keeps private (only its mail
 * sender reads it). The rules both sides agree on live here: the topics and the form's fields that name them, which
 * new item matches which topic, the window a digest covers, and the shape of the links in the mails.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (what: string) => z.string().max(200).regex(SLUG, `${what} không hợp lệ; hãy chọn trong danh sách.`);

/** What a subscription follows. Filters of legal documents are the slugs of the list's filters (/van-ban). */
export const SubscriptionTopicSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('legal-documents'),
    /** A document type's slug (`nghi-dinh`…), or null for every type. */
    type: slug('Loại văn bản').nullable(),
    /** A legal field's slug, or null for every field. */
    field: slug('Lĩnh vực').nullable(),
    /** An issuing body's slug, or null for every issuer. */
    issuer: slug('Cơ quan ban hành').nullable(),
  }),
  z.object({ kind: z.literal('drafts') }),
  /** The agency's response (báo cáo tiếp thu, giải trình) to one draft's comments, by the draft's slug. */
  z.object({ kind: z.literal('draft-response'), draft: slug('Dự thảo') }),
  z.object({ kind: z.literal('news'), section: z.enum(Object.values(ARTICLE_SECTIONS) as [ArticleSection, ...ArticleSection[]], 'Chuyên mục không có trên Cổng; hãy chọn trong danh sách.') }),
]);
export type SubscriptionTopic = z.output<typeof SubscriptionTopicSchema>;

export const SUBSCRIPTION_LIMITS = { email: 254 } as const;

/** What the site relays to the CMS for a new subscription. */
export const SubscriptionRequestSchema = z.object({
  email: publicText().pipe(
    z.string().min(1, 'Hãy nhập địa chỉ thư điện tử để nhận tin.').max(SUBSCRIPTION_LIMITS.email).pipe(z.email('Địa chỉ thư điện tử chưa đúng; hãy nhập dạng ten@vidu.vn.')),
  ),
  topic: SubscriptionTopicSchema,
});
export type SubscriptionRequest = z.output<typeof SubscriptionRequestSchema>;

export const SUBSCRIPTION_STATUSES = ['pending', 'active', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];
export const SUBSCRIPTION_STATUS_LABELS: Readonly<Record<SubscriptionStatus, string>> = {
  pending: 'Chờ xác nhận',
  active: 'Đang nhận tin',
  unsubscribed: 'Đã hủy nhận tin',
};

/** One key per topic, so subscribing twice to the same thing is one subscription. */
export function topicKey(topic: SubscriptionTopic): string {
  switch (topic.kind) {
    case 'legal-documents':
      return `legal-documents|${topic.type ?? ''}|${topic.field ?? ''}|${topic.issuer ?? ''}`;
    case 'drafts':
      return 'drafts';
    case 'draft-response':
      return `draft-response|${topic.draft}`;
    case 'news':
      return `news|${topic.section}`;
  }
}

// ── The form (/nhan-tin): Vietnamese field names, no JavaScript ───────────────────────────────────────────────

/** The form's choice of topic (`chu-de`). */
export const TOPIC_CHOICES = { 'van-ban': 'legal-documents', 'du-thao': 'drafts', 'phan-hoi': 'draft-response', 'tin-tuc': 'news' } as const;
export type TopicChoice = keyof typeof TOPIC_CHOICES;
export const SUBSCRIPTION_FORM_FIELDS = ['email', 'chu-de', 'loai', 'linh-vuc', 'co-quan', 'du-thao', 'muc'] as const;
export type SubscriptionFormField = (typeof SUBSCRIPTION_FORM_FIELDS)[number];

const str = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').trim() : '');
const orNull = (value: unknown) => str(value) || null;

/** The form's fields as a request for the schema (which names what is wrong, per field of the form). */
export function subscriptionFromForm(fields: Record<string, unknown>): { email: unknown; topic: unknown } {
  const choice = str(fields['chu-de']);
  const kind = TOPIC_CHOICES[choice as TopicChoice];
  const email = typeof fields.email === 'string' ? fields.email : '';
  switch (kind) {
    case 'legal-documents':
      return { email, topic: { kind, type: orNull(fields.loai), field: orNull(fields['linh-vuc']), issuer: orNull(fields['co-quan']) } };
    case 'drafts':
      return { email, topic: { kind } };
    case 'draft-response':
      return { email, topic: { kind, draft: str(fields['du-thao']) } };
    case 'news':
      return { email, topic: { kind, section: str(fields.muc) } };
    default:
      return { email, topic: null };
  }
}

/** Which form field an issue of SubscriptionRequestSchema belongs to (the topic's fields by their form names). */
export function subscriptionFormField(path: readonly PropertyKey[]): SubscriptionFormField {
  if (path[0] === 'email') return 'email';
  const names: Record<string, SubscriptionFormField> = { type: 'loai', field: 'linh-vuc', issuer: 'co-quan', draft: 'du-thao', section: 'muc' };
  return names[String(path[1])] ?? 'chu-de';
}

// ── Digests ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Something new on the portal, as a digest lists it. */
export type DigestItem =
  | { kind: 'legal-document'; title: string; path: string; publishedAt: string; type: string | null; issuer: string | null; fields: readonly string[] }
  | { kind: 'consultation'; title: string; path: string; publishedAt: string }
  | { kind: 'draft-response'; draft: string; title: string; path: string; publishedAt: string }
  | { kind: 'article'; section: ArticleSection; title: string; path: string; publishedAt: string };

/** Whether a new item is one a subscription asked for. */
export function matchesTopic(topic: SubscriptionTopic, item: DigestItem): boolean {
  switch (topic.kind) {
    case 'legal-documents':
      return (
        item.kind === 'legal-document' &&
        (topic.type === null || topic.type === item.type) &&
        (topic.issuer === null || topic.issuer === item.issuer) &&
        (topic.field === null || item.fields.includes(topic.field))
      );
    case 'drafts':
      return item.kind === 'consultation';
    case 'draft-response':
      return item.kind === 'draft-response' && item.draft === topic.draft;
    case 'news':
      return item.kind === 'article' && item.section === topic.section;
  }
}

/**
 * The window of one subscription's next digest: what was published after its last digest (or, before the first,
 * after it was confirmed — nothing older is news to the subscriber) and up to this run.
 */
export function digestWindow(subscription: { confirmedAt: string; lastDigestAt: string | null }, now: Date): { since: string; until: string } {
  const last = subscription.lastDigestAt && subscription.lastDigestAt > subscription.confirmedAt ? subscription.lastDigestAt : subscription.confirmedAt;
  return { since: last, until: now.toISOString() };
}

const inWindow = (publishedAt: string, window: { since: string; until: string }) => {
  const at = Date.parse(publishedAt);
  return at > Date.parse(window.since) && at <= Date.parse(window.until);
};

/**
 * One subscriber's digest: the new items in each subscription's window that match it, each listed once (newest
 * first) even when two subscriptions match it. Empty: no mail is sent.
 */
export function digestItems(
  subscriptions: ReadonlyArray<{ topic: SubscriptionTopic; confirmedAt: string; lastDigestAt: string | null }>,
  items: readonly DigestItem[],
  now: Date,
): DigestItem[] {
  const picked = new Map<string, DigestItem>();
  for (const subscription of subscriptions) {
    const window = digestWindow(subscription, now);
    for (const item of items) if (inWindow(item.publishedAt, window) && matchesTopic(subscription.topic, item)) picked.set(`${item.kind}|${item.path}`, item);
  }
  return [...picked.values()].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}

/** The earliest instant any of these subscriptions' windows starts: the CMS reads new items from there. */
export function earliestWindowStart(subscriptions: ReadonlyArray<{ confirmedAt: string; lastDigestAt: string | null }>, now: Date): string | null {
  const starts = subscriptions.map((s) => digestWindow(s, now).since).sort();
  return starts[0] ?? null;
}

/** The hour (0–23, Asia/Ho_Chi_Minh) the daily digest goes out when SUBSCRIPTION_DIGEST_HOUR is not set. */
export const DEFAULT_DIGEST_HOUR = 7;

// ── Links in the mails ──────────────────────────────────────────────────────────────────────────────────────

/** How long a confirmation link works. */
export const CONFIRMATION_TTL_MS = 7 * 24 * 3600_000;

/**
 * A link token is `<subscription id>.<secret>`: the id finds the row, the secret (32 random bytes, base64url) is
 * compared with the hash the CMS stored. Anything else is not a token (never looked up).
 */
const LINK_TOKEN = /^([a-z0-9]{10,40})\.([A-Za-z0-9_-]{43})$/;
export const LinkTokenSchema = z.string().regex(LINK_TOKEN, 'Liên kết không đúng hoặc không đầy đủ; hãy mở lại liên kết trong thư.');

export function parseLinkToken(token: unknown): { id: string; secret: string } | null {
  const match = typeof token === 'string' ? LINK_TOKEN.exec(token) : null;
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** A fresh link token for a subscription (its secret from the platform's CSPRNG). */
export function newLinkToken(id: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const secret = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${id}.${secret}`;
}

/** The portal's pages for the links: confirm, unsubscribe (also the RFC 8058 one-click POST target). */
export const SUBSCRIPTION_PATHS = {
  form: '/nhan-tin',
  confirm: (token: string) => `/nhan-tin/xac-nhan?t=${encodeURIComponent(token)}`,
  unsubscribe: (token: string) => `/nhan-tin/huy?t=${encodeURIComponent(token)}`,
} as const;
