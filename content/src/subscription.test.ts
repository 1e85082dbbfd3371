import { describe, expect, it } from 'vitest';
import {
  type DigestItem,
  digestItems,
  digestWindow,
  earliestWindowStart,
  matchesTopic,
  newLinkToken,
  parseLinkToken,
  SubscriptionRequestSchema,
  type SubscriptionTopic,
  subscriptionFormField,
  subscriptionFromForm,
  topicKey,
} from './subscription.ts';

const decree: DigestItem = { kind: 'legal-document', title: 'Nghị định 1', path: '/van-ban/nd-1', publishedAt: '2026-12-05T02:00:00.000Z', type: 'nghi-dinh', issuer: 'chinh-phu', fields: ['dat-dai', 'xay-dung'] };
const decision: DigestItem = { ...decree, title: 'Quyết định 2', path: '/van-ban/qd-2', type: 'quyet-dinh', issuer: 'ubnd-tinh', fields: [] };
const draft: DigestItem = { kind: 'consultation', title: 'Dự thảo A', path: '/du-thao/a', publishedAt: '2026-12-05T03:00:00.000Z' };
const response: DigestItem = { kind: 'draft-response', draft: 'a', title: 'Dự thảo A', path: '/du-thao/a#tiep-thu', publishedAt: '2026-12-05T04:00:00.000Z' };
const news: DigestItem = { kind: 'article', section: 'tin-tuc', title: 'Tin 1', path: '/tin-tuc/tin-1', publishedAt: '2026-12-05T05:00:00.000Z' };

const allDocuments: SubscriptionTopic = { kind: 'legal-documents', type: null, field: null, issuer: null };

describe.each<[string, SubscriptionTopic, DigestItem, boolean]>([
  ['every document: a decree', allDocuments, decree, true],
  ['every document: not a draft', allDocuments, draft, false],
  ['decrees: a decree', { ...allDocuments, type: 'nghi-dinh' }, decree, true],
  ['decrees: not a decision', { ...allDocuments, type: 'nghi-dinh' }, decision, false],
  ['a field the document has', { ...allDocuments, field: 'xay-dung' }, decree, true],
  ['a field the document lacks', { ...allDocuments, field: 'xay-dung' }, decision, false],
  ['an issuer', { ...allDocuments, issuer: 'ubnd-tinh' }, decision, true],
  ['every filter must hold', { kind: 'legal-documents', type: 'nghi-dinh', field: 'dat-dai', issuer: 'ubnd-tinh' }, decree, false],
  ['new drafts: a draft', { kind: 'drafts' }, draft, true],
  ['new drafts: not a response', { kind: 'drafts' }, response, false],
  ["a draft's response: its own", { kind: 'draft-response', draft: 'a' }, response, true],
  ["a draft's response: another draft's", { kind: 'draft-response', draft: 'b' }, response, false],
  ['a news section: its article', { kind: 'news', section: 'tin-tuc' }, news, true],
  ['a news section: another section', { kind: 'news', section: 'chi-dao-dieu-hanh' }, news, false],
])('matchesTopic — %s', (_name, topic, item, expected) => {
  it(`is ${expected}`, () => expect(matchesTopic(topic, item)).toBe(expected));
});

describe('digestWindow', () => {
  const now = new Date('2026-12-06T00:00:00.000Z');
  it('starts at the confirmation before the first digest', () => {
    expect(digestWindow({ confirmedAt: '2026-12-01T00:00:00.000Z', lastDigestAt: null }, now)).toEqual({ since: '2026-12-01T00:00:00.000Z', until: now.toISOString() });
  });
  it('starts at the last digest after it', () => {
    expect(digestWindow({ confirmedAt: '2026-12-01T00:00:00.000Z', lastDigestAt: '2026-12-05T00:00:00.000Z' }, now).since).toBe('2026-12-05T00:00:00.000Z');
  });
  it('never before the confirmation (a re-confirmed subscription)', () => {
    expect(digestWindow({ confirmedAt: '2026-12-05T00:00:00.000Z', lastDigestAt: '2026-12-01T00:00:00.000Z' }, now).since).toBe('2026-12-05T00:00:00.000Z');
  });
  it('the earliest start of several', () => {
    expect(earliestWindowStart([{ confirmedAt: '2026-12-03T00:00:00.000Z', lastDigestAt: null }, { confirmedAt: '2026-12-01T00:00:00.000Z', lastDigestAt: '2026-12-02T00:00:00.000Z' }], now)).toBe('2026-12-02T00:00:00.000Z');
    expect(earliestWindowStart([], now)).toBeNull();
  });
});

describe('digestItems', () => {
  const now = new Date('2026-12-06T00:00:00.000Z');
  const since = { confirmedAt: '2026-12-04T00:00:00.000Z', lastDigestAt: null };
  it('lists the matching items of the window once, newest first', () => {
    const subs = [{ ...since, topic: allDocuments }, { ...since, topic: { ...allDocuments, type: 'nghi-dinh' } as SubscriptionTopic }, { ...since, topic: { kind: 'news', section: 'tin-tuc' } as SubscriptionTopic }];
    expect(digestItems(subs, [decree, decision, draft, news], now).map((i) => i.title)).toEqual(['Tin 1', 'Nghị định 1', 'Quyết định 2']);
  });
  it('leaves out what was published before the window or after the run', () => {
    const old = { ...decree, path: '/van-ban/old', publishedAt: '2026-12-03T23:59:59.000Z' };
    const later = { ...decree, path: '/van-ban/later', publishedAt: '2026-12-06T00:00:01.000Z' };
    const atStart = { ...decree, path: '/van-ban/at-start', publishedAt: since.confirmedAt };
    expect(digestItems([{ ...since, topic: allDocuments }], [old, later, atStart], now)).toEqual([]);
  });
  it('is empty when nothing matched (no mail)', () => {
    expect(digestItems([{ ...since, topic: { kind: 'drafts' } }], [decree, news], now)).toEqual([]);
  });
});

describe('the form', () => {
  it.each<[Record<string, string>, unknown]>([
    [{ 'chu-de': 'van-ban', loai: 'nghi-dinh', 'linh-vuc': '', 'co-quan': '' }, { kind: 'legal-documents', type: 'nghi-dinh', field: null, issuer: null }],
    [{ 'chu-de': 'du-thao', loai: 'nghi-dinh' }, { kind: 'drafts' }],
    [{ 'chu-de': 'phan-hoi', 'du-thao': 'du-thao-a' }, { kind: 'draft-response', draft: 'du-thao-a' }],
    [{ 'chu-de': 'tin-tuc', muc: 'tin-tuc' }, { kind: 'news', section: 'tin-tuc' }],
    [{ 'chu-de': 'khac' }, null],
  ])('%j → %j', (fields, topic) => {
    expect(subscriptionFromForm({ email: 'a@b.vn', ...fields }).topic).toEqual(topic);
  });

  it('names the form field of each problem', () => {
    const parsed = SubscriptionRequestSchema.safeParse(subscriptionFromForm({ email: 'khong-phai-thu', 'chu-de': 'tin-tuc', muc: 'khong-co' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => subscriptionFormField(i.path)).sort()).toEqual(['email', 'muc']);
    const noTopic = SubscriptionRequestSchema.safeParse(subscriptionFromForm({ email: 'a@b.vn' }));
    expect(noTopic.error!.issues.map((i) => subscriptionFormField(i.path))).toEqual(['chu-de']);
  });

  it('refuses a filter that is not a slug (nothing free-text reaches a mail)', () => {
    expect(SubscriptionRequestSchema.safeParse({ email: 'a@b.vn', topic: { ...allDocuments, type: 'Nghị định <b>' } }).success).toBe(false);
  });

  it('one key per topic', () => {
    expect(topicKey({ ...allDocuments, type: 'nghi-dinh' })).toBe('legal-documents|nghi-dinh||');
    expect(topicKey({ kind: 'draft-response', draft: 'a' })).not.toBe(topicKey({ kind: 'draft-response', draft: 'b' }));
  });
});

describe('link tokens', () => {
  it('round-trips a fresh token and gives a new secret each time', () => {
    const token = newLinkToken('abc123def456ghi789jkl012');
    expect(parseLinkToken(token)).toEqual({ id: 'abc123def456ghi789jkl012', secret: token.split('.')[1] });
    expect(newLinkToken('abc123def456ghi789jkl012')).not.toBe(token);
  });
  it.each(['', 'abc', 'abc123def456.short', `ABC123DEF456.${'a'.repeat(43)}`, `abc123def456.${'a'.repeat(44)}`, `abc123def456.${'a'.repeat(42)}/`, 42, null])('refuses %j', (token) => {
    expect(parseLinkToken(token)).toBeNull();
  });
});
