import { describe, expect, it } from 'vitest';
import {
  electronicDocumentStatistics,
  nearestRank,
  parseStatisticsDate,
  parseStatisticsRange,
  percent,
  publicationDelayDays,
  type StatisticsDocumentRow,
  type StatisticsDraftRow,
} from './electronic-document-statistics.ts';
import type { SignatureCheck, SignatureReport, SignatureVerdict } from './signature-verdict.ts';
import { eachCase } from './testing/index.ts';

const signature = (verdict: SignatureVerdict, signedAt: string | null = null): SignatureCheck => ({
  verdict,
  signer: 'Nguyễn Văn A',
  organisation: null,
  signedAt,
  timestamped: false,
  coversWholeFile: true,
  issuer: null,
  serialNumber: null,
  validFrom: null,
  validTo: null,
  details: [],
});
const report = (...signatures: SignatureCheck[]): SignatureReport => ({ signatures, verifiedAt: '2026-11-01T00:00:00Z', trustList: 'x' });

const doc = (over: Partial<StatisticsDocumentRow> = {}): StatisticsDocumentRow => ({
  type: 'Quyết định',
  issuedDate: '2026-11-02',
  firstPublishedAt: '2026-11-04T17:00:00Z', // 05/11 00:00 in Vietnam: three days after the issued date
  signatureReports: [],
  ...over,
});
const draft = (over: Partial<StatisticsDraftRow> = {}): StatisticsDraftRow => ({ opensAt: '2026-11-10T01:00:00Z', commentCount: 0, responsePublished: false, ...over });

describe('parseStatisticsDate', () => {
  eachCase(parseStatisticsDate, [
    ['25/11/2026', '2026-11-25'],
    ['5/1/2026', '2026-01-05'],
    [' 2026-11-25 ', '2026-11-25'],
    ['', null],
    [null, null],
    [undefined, null],
    ['31/02/2026', undefined],
    ['2026-13-01', undefined],
    ['25-11-2026', undefined],
    ['hôm qua', undefined],
    ['<script>', undefined],
  ]);
});

describe('parseStatisticsRange', () => {
  it('no bounds: everything', () => expect(parseStatisticsRange({})).toEqual({ ok: true, range: { from: null, to: null } }));
  it('both forms', () => expect(parseStatisticsRange({ from: '01/11/2026', to: '2026-11-30' })).toEqual({ ok: true, range: { from: '2026-11-01', to: '2026-11-30' } }));
  it('one day', () => expect(parseStatisticsRange({ from: '01/11/2026', to: '01/11/2026' }).ok).toBe(true));
  it.each([
    [{ from: '32/11/2026' }, 'from', 'Từ ngày'],
    [{ to: 'abc' }, 'to', 'Đến ngày'],
    [{ from: '30/11/2026', to: '01/11/2026' }, 'to', 'sau'],
    [{ from: 'x'.repeat(200) }, 'from', 'quá dài'],
  ])('%j → refused on %s', (input, field, words) => {
    const result = parseStatisticsRange(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message).toContain(words);
    }
  });
});

describe('percent and nearestRank', () => {
  eachCase(([part, whole]: [number, number]) => percent(part, whole), [
    [[0, 0], null],
    [[1, 3], 33.3],
    [[2, 3], 66.7],
    [[3, 3], 100],
  ]);
  eachCase(([values, p]: [number[], number]) => nearestRank(values, p), [
    [[[], 0.5], null],
    [[[4], 0.5], 4],
    [[[1, 2], 0.5], 1],
    [[[1, 2, 3], 0.5], 2],
    [[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9], 9],
    [[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9], 10],
  ]);
});

describe('publicationDelayDays: signing time → first publication', () => {
  eachCase(publicationDelayDays, [
    [doc(), 3],
    // The earliest valid signature wins over the issued date, and over a later one; an invalid signature never counts.
    [doc({ signatureReports: [report(signature('valid', '2026-11-03T17:00:00Z')), report(signature('valid', '2026-11-04T05:00:00Z'))] }), 1],
    [doc({ signatureReports: [report(signature('revoked', '2026-10-01T00:00:00Z'))] }), 3],
    [doc({ signatureReports: [report(signature('valid', null))] }), 3],
    [doc({ firstPublishedAt: '2026-11-02T05:00:00Z' }), 0.5],
    // Posted before its date (a backdated document): zero, not negative.
    [doc({ issuedDate: '2026-12-01' }), 0],
    [doc({ issuedDate: null }), null],
  ]);
});

describe('electronicDocumentStatistics', () => {
  const documents: StatisticsDocumentRow[] = [
    doc({ type: 'Quyết định', signatureReports: [report(signature('valid', '2026-11-03T17:00:00Z'))], receivedVia: 'edxml' }),
    doc({ type: 'Quyết định', signatureReports: [report(signature('valid')), report(signature('untrusted'))], receivedVia: 'import' }),
    doc({ type: 'Nghị quyết', signatureReports: [report()], receivedVia: 'editor' }),
    doc({ type: 'Nghị quyết', signatureReports: [] }),
    doc({ type: null, signatureReports: [null], firstPublishedAt: '2026-10-31T18:00:00Z', issuedDate: '2026-10-21' }), // 01/11 in Vietnam
    doc({ type: 'Chỉ thị', signatureReports: [report(signature('valid'))], receivedVia: null, firstPublishedAt: '2026-12-10T03:00:00Z', issuedDate: null }),
  ];
  const drafts: StatisticsDraftRow[] = [
    draft({ commentCount: 3, responsePublished: true }),
    draft({ commentCount: 1 }),
    draft({ opensAt: '2026-12-01T01:00:00Z', commentCount: 5, responsePublished: true }),
  ];

  it('everything', () => {
    const figures = electronicDocumentStatistics(documents, drafts);
    expect(figures.documents.total).toBe(6);
    expect(figures.documents.byMonth).toEqual([
      { month: '2026-11', count: 5 },
      { month: '2026-12', count: 1 },
    ]);
    expect(figures.documents.byType).toEqual([
      { type: 'Nghị quyết', count: 2 },
      { type: 'Quyết định', count: 2 },
      { type: 'Chỉ thị', count: 1 },
      { type: null, count: 1 },
    ]);
    expect(figures.documents.signature).toEqual({ verified: 2, problem: 1, unsigned: 2, pending: 1, verifiedPercent: 33.3 });
    expect(figures.documents.receivedVia).toEqual({ editor: 4, import: 1, edxml: 1, electronicPercent: 16.7 });
    // Delays: 1 (signature), 3, 3, 11 (21/10 → 01/11); the imported one and the one without a signing time are not measured.
    expect(figures.documents.publicationDelay).toEqual({ measured: 4, medianDays: 3, p90Days: 11 });
    expect(figures.drafts).toEqual({ opened: 3, withResponse: 2, comments: 9, answeredComments: 8, answeredPercent: 88.9 });
  });

  it('a period narrows documents by first publication and drafts by opening, on Vietnamese days', () => {
    const figures = electronicDocumentStatistics(documents, drafts, { from: '2026-11-01', to: '2026-11-30' });
    expect(figures.range).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(figures.documents.total).toBe(5);
    expect(figures.documents.byMonth).toEqual([{ month: '2026-11', count: 5 }]);
    expect(figures.drafts).toEqual({ opened: 2, withResponse: 1, comments: 4, answeredComments: 3, answeredPercent: 75 });
    expect(electronicDocumentStatistics(documents, drafts, { from: '2026-11-02', to: null }).documents.total).toBe(5);
    expect(electronicDocumentStatistics(documents, drafts, { from: null, to: '2026-10-31' }).documents.total).toBe(0);
  });

  it('nothing: zero counts, no shares, no delays', () => {
    const figures = electronicDocumentStatistics([], []);
    expect(figures.documents.signature.verifiedPercent).toBeNull();
    expect(figures.documents.receivedVia.electronicPercent).toBeNull();
    expect(figures.documents.publicationDelay).toEqual({ measured: 0, medianDays: null, p90Days: null });
    expect(figures.drafts.answeredPercent).toBeNull();
  });
});
