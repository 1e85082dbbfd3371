import { LegalDocumentSchema, LegalDocumentSummarySchema } from '@cong/content';
import { describe, expect, it } from 'vitest';
import { decreeDetailResponse, decreeIncoming, decreeResolvedTargets, listResponse } from '../cms/fixtures/strapi-payloads.ts';
import { buildRelations, documentKey, outgoingKeys, toHistory, toLegalDocument, toSummary } from './map-legal-document.ts';
import {
  StrapiLegalDocumentListSchema,
  StrapiRelatedDocumentListSchema,
} from '../cms/strapi-schemas.ts';

const CMS = 'http://127.0.0.1:1337';
const list = StrapiLegalDocumentListSchema.parse(listResponse);
const detail = StrapiLegalDocumentListSchema.parse(decreeDetailResponse);
const resolved = StrapiRelatedDocumentListSchema.parse(decreeResolvedTargets);
const incoming = StrapiRelatedDocumentListSchema.parse(decreeIncoming);
const decree = detail.data[0]!;

describe('toSummary', () => {
  it('maps a list row to the content model summary', () => {
    const summary = toSummary(list.data[0]!);
    expect(LegalDocumentSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      slug: '08-2026-qd-ubnd',
      number: '08/2026/QĐ-UBND',
      type: { name: 'Quyết định', slug: 'quyet-dinh' },
      issuer: { name: 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu mẫu)', slug: 'uy-ban-nhan-dan-tinh-song-hong-du-lieu-mau' },
      signer: { name: 'Đinh Thị Lan Anh', title: 'Chủ tịch' },
      issuedDate: '2026-03-02',
      status: 'in-force',
      fields: [{ name: 'Hành chính nhà nước', slug: 'hanh-chinh-nha-nuoc' }],
    });
  });

  it('derives the status from the dates when the CMS has none, and tolerates missing relations', () => {
    const summary = toSummary(list.data[1]!, '2026-11-26');
    expect(summary.status).toBe('in-force');
    expect(summary.issuer).toBeNull();
    expect(summary.signer).toBeNull();
    expect(toSummary({ ...list.data[1]!, issuedDate: '2027-01-05' }, '2026-11-26').status).toBe('not-yet-effective');
  });

  it('reads the pagination meta', () => {
    expect(list.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 3, total: 45 });
  });
});

describe('toLegalDocument', () => {
  const relations = buildRelations(decree, resolved.data, incoming.data);
  const issues: string[] = [];
  const doc = toLegalDocument(decree, relations, { cmsBase: CMS, onInvalid: (issue) => issues.push(issue) });

  it('is a valid LegalDocument DTO', () => {
    expect(LegalDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.gazetteNumber).toBe('985+986');
    expect(doc.signatureStatus).toBe('verified');
    expect(doc.text).toContain('## Điều 1. Phạm vi điều chỉnh');
  });

  it('maps attachments: public /tep/ URL, extension without dot, size in bytes, signature report', () => {
    expect(doc.attachments).toEqual([
      {
        name: '930-2025-ND-CP.pdf',
        url: '/tep/930_2025_ND_CP_3f2a1b.pdf',
        mime: 'application/pdf',
        ext: 'pdf',
        size: 245_670,
        signatureReport: expect.objectContaining({ signatures: [expect.objectContaining({ verdict: 'valid', signer: 'Nguyễn Văn An' })] }),
      },
      {
        name: 'Phu luc.docx',
        url: '/tep/Phu_luc_9c8d7e.docx',
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ext: 'docx',
        size: 1_530_200,
        signatureReport: { signatures: [], verifiedAt: '2026-01-02T00:00:00.000Z', trustList: 'sha256:test' },
      },
    ]);
  });

  it('derives the mark from the reports: an unverified original is pending, a report that does not read is reported', () => {
    const raw = structuredClone(decree);
    raw.attachments![1]!.signatureReport = undefined;
    raw.attachments![0]!.signatureReport = { signatures: 'nope' };
    const found: string[] = [];
    const mapped = toLegalDocument(raw, [], { cmsBase: CMS, onInvalid: (issue) => found.push(issue) });
    expect(mapped.signatureStatus).toBe('pending');
    expect(found).toContain('signatureReport: Invalid input: expected array, received string');
  });

  it('keeps valid history events and reports malformed ones', () => {
    expect(doc.history).toEqual([{ date: '2026-01-01', status: 'in-force', cause: { kind: 'effective-date' } }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('validityHistory[1]');
  });
});

describe('buildRelations', () => {
  const relations = buildRelations(decree, resolved.data, incoming.data);

  it('links outgoing targets that are in the registry and labels them from content', () => {
    expect(relations.find((r) => r.kind === 'details')).toEqual({
      kind: 'details',
      direction: 'outgoing',
      label: 'Quy định chi tiết, hướng dẫn thi hành',
      number: '901/2025/QH15',
      slug: '901-2025-qh15',
      title: 'Luật Công khai thông tin hành chính',
      partial: false,
      articles: null,
      note: null,
    });
  });

  it('shows targets that are not in the registry as plain numbers', () => {
    expect(relations.find((r) => r.kind === 'refers-to' && r.direction === 'outgoing')).toMatchObject({
      number: '30/2020/NĐ-CP',
      slug: null,
      title: null,
      note: 'Thể thức văn bản hành chính',
    });
  });

  it('derives the incoming side from the other documents’ relations pointing at this number key', () => {
    const incomingSide = relations.filter((r) => r.direction === 'incoming');
    expect(incomingSide).toEqual([
      {
        kind: 'guides',
        direction: 'incoming',
        label: 'Được hướng dẫn bởi',
        number: '907/2025/TT-BHCS',
        slug: '907-2025-tt-bhcs',
        title: 'Hướng dẫn định dạng dữ liệu công khai trên cổng thông tin điện tử của cơ quan hành chính nhà nước',
        partial: false,
        articles: null,
        note: null,
      },
    ]);
  });

  it('orders by relation kind as content lists them', () => {
    expect(relations.map((r) => r.kind)).toEqual(['guides', 'details', 'based-on', 'refers-to']);
  });

  it('resolves a target typed without leading zero or diacritics through the number key', () => {
    const document = { slug: 'x', number: '1/2026/QĐ-UBND', numberKey: null, relations: [{ kind: 'replaces' as const, targetNumber: '8/2026/qd-ubnd' }] };
    const target = { slug: '08-2026-qd-ubnd', number: '08/2026/QĐ-UBND', numberKey: '8/2026/QD-UBND', title: 'Quy chế' };
    expect(outgoingKeys(document)).toEqual(['8/2026/QD-UBND']);
    expect(buildRelations(document, [target], [])[0]).toMatchObject({ slug: '08-2026-qd-ubnd', number: '08/2026/QĐ-UBND' });
  });

  // The page says a target is missing in its own words, from the missing link: a note saying so would outlive
  // the target's arrival (audit D17). Any other note is kept.
  it.each([
    ['Văn bản chưa có trên cổng', null],
    ['văn bản chưa có trên cổng.', null],
    ['Chưa có trong cơ sở dữ liệu', null],
    ['Thể thức văn bản hành chính', 'Thể thức văn bản hành chính'],
    ['Văn bản chưa có trên cổng của tỉnh bạn, xem Công báo', 'Văn bản chưa có trên cổng của tỉnh bạn, xem Công báo'],
  ])('note %j → %j, linked or not', (note, shown) => {
    const document = { slug: 'x', number: '1/2026/QĐ-UBND', numberKey: null, relations: [{ kind: 'refers-to' as const, targetNumber: '17/KH-UBND', note }] };
    const target = { slug: '17-kh-ubnd', number: '17/KH-UBND', numberKey: '17/KH-UBND', title: 'Kế hoạch' };
    expect(buildRelations(document, [], [])[0]?.note).toBe(shown);
    expect(buildRelations(document, [target], [])[0]?.note).toBe(shown);
  });

  it('carries the articles a relation names to both sides', () => {
    const actor = { slug: '15-2026-qd-ubnd', number: '15/2026/QĐ-UBND', numberKey: '15/2026/QD-UBND', title: 'Bãi bỏ', relations: [{ kind: 'repeals' as const, targetNumber: '21/2025/QĐ-UBND', partial: true, articles: ' Điều 4 ' }] };
    const target = { slug: '21-2025-qd-ubnd', number: '21/2025/QĐ-UBND', numberKey: '21/2025/QD-UBND', title: 'Văn bản điện tử', relations: [] };
    expect(buildRelations(actor, [target], [])[0]).toMatchObject({ direction: 'outgoing', articles: 'Điều 4', slug: '21-2025-qd-ubnd' });
    expect(buildRelations(target, [], [actor])[0]).toMatchObject({ direction: 'incoming', label: 'Bị bãi bỏ bởi', articles: 'Điều 4', slug: '15-2026-qd-ubnd' });
  });

  it('never lists a document as related to itself', () => {
    const self = { ...decree, relations: [{ kind: 'corrects' as const, targetNumber: '930/2025/NĐ-CP', targetNumberKey: '930/2025/ND-CP' }] };
    expect(buildRelations(self, [], [self]).filter((r) => r.direction === 'incoming')).toEqual([]);
  });
});

describe('documentKey / toHistory', () => {
  it('falls back to the content rule when the CMS has no key', () => {
    expect(documentKey({ number: '08/2026/QĐ-UBND', numberKey: null })).toBe('8/2026/QD-UBND');
    expect(documentKey({ number: null, numberKey: null })).toBeNull();
  });

  it('accepts null and rejects non-arrays', () => {
    const issues: string[] = [];
    expect(toHistory(null)).toEqual([]);
    expect(toHistory({ date: '2026-01-01' }, (issue) => issues.push(issue))).toEqual([]);
    expect(issues).toEqual(['validityHistory is not an array']);
  });
});
