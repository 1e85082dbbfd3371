import type { SignatureReport } from '@cong/content';
import { describe, expect, it } from 'vitest';
import { monthLabel, statisticsCsv, toDocumentRow } from './electronic-statistics.ts';
import { electronicDocumentStatistics } from '@cong/content';

const report: SignatureReport = {
  signatures: [{ verdict: 'valid', signer: 'A', organisation: null, signedAt: '2026-11-01T02:00:00Z', timestamped: true, coversWholeFile: true, issuer: null, serialNumber: null, validFrom: null, validTo: null, details: [] }],
  verifiedAt: '2026-11-01T03:00:00Z',
  trustList: 'x',
};
const raw = { documentId: 'd1', type: 'Quyết định', issuedDate: '2026-11-01', firstPublishedAt: '2026-11-02T01:00:00.000Z' };

describe('toDocumentRow: the fields other features bring, read leniently', () => {
  it.each([
    ['no receivedVia yet (before the edXML import): an editor\'s', {}, 'editor'],
    ['edxml', { receivedVia: 'edxml' }, 'edxml'],
    ['import', { receivedVia: 'import' }, 'import'],
    ['an unknown value: an editor\'s', { receivedVia: 'fax' }, 'editor'],
  ])('%s', (_, extra, expected) => expect(toDocumentRow({ ...raw, ...extra })?.receivedVia).toBe(expected));

  it.each([
    ['no attachments', undefined, []],
    ['a file without a report (before verification): not verified', [{}], [null]],
    ['a report', [{ signatureReport: report }], [report]],
    ['a report stored as JSON text', [{ signatureReport: JSON.stringify(report) }], [report]],
    ['a malformed report: not verified', [{ signatureReport: { signatures: 'no' } }, { signatureReport: '{' }], [null, null]],
  ])('%s', (_, attachments, expected) => expect(toDocumentRow({ ...raw, attachments })?.signatureReports).toEqual(expected));

  it('a row without a publication time is left out', () => expect(toDocumentRow({ ...raw, firstPublishedAt: null })).toBeNull());
});

describe('statisticsCsv', () => {
  it('one row per figure of the page, the period first; empty cells for what cannot be computed', () => {
    const figures = electronicDocumentStatistics([toDocumentRow({ ...raw, attachments: [{ signatureReport: report }] })!], [], { from: '2026-11-01', to: null });
    const lines = statisticsCsv(figures).split('\r\n');
    expect(lines[0]).toBe('\uFEFFChỉ tiêu,Nhóm,Giá trị');
    expect(lines).toContain('Khoảng thời gian,Từ ngày,2026-11-01');
    expect(lines).toContain('Khoảng thời gian,Đến ngày,');
    expect(lines).toContain('Văn bản đăng theo tháng,11/2026,1');
    expect(lines).toContain('Chữ ký số của bản gốc,Có chữ ký số hợp lệ,1');
    expect(lines).toContain('Chữ ký số của bản gốc,Tỷ lệ có chữ ký số hợp lệ (%),100');
    // 01/11 02:00 UTC signed → 02/11 01:00 UTC published: one day.
    expect(lines).toContain('Thời gian từ khi ký đến khi đăng,Trung vị (ngày),1');
    expect(lines).toContain('Dự thảo lấy ý kiến và góp ý,Tỷ lệ góp ý được trả lời (%),');
  });
  it('monthLabel', () => expect(monthLabel('2026-03')).toBe('03/2026'));
});
