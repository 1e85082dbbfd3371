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
    // Every row, in order: the exact file, quoting included (a label with a comma). 01/11 02:00 UTC signed → 02/11
    // 01:00 UTC published: one day. No drafts: no answered share, an empty cell.
    expect(statisticsCsv(figures).split('\r\n')).toEqual([
      '\uFEFFChỉ tiêu,Nhóm,Giá trị',
      'Khoảng thời gian,Từ ngày,2026-11-01',
      'Khoảng thời gian,Đến ngày,',
      'Văn bản,Tổng số văn bản đăng,1',
      'Văn bản đăng theo tháng,11/2026,1',
      'Văn bản đăng theo loại,Quyết định,1',
      'Chữ ký số của bản gốc,Có chữ ký số hợp lệ,1',
      'Chữ ký số của bản gốc,Chữ ký số có vấn đề,0',
      'Chữ ký số của bản gốc,Không có chữ ký số,0',
      'Chữ ký số của bản gốc,Chưa kiểm tra chữ ký số,0',
      'Chữ ký số của bản gốc,Tỷ lệ có chữ ký số hợp lệ (%),100',
      'Cách văn bản đến cổng,Nhận qua trục liên thông (edXML),0',
      'Cách văn bản đến cổng,Nhập từ tệp,0',
      'Cách văn bản đến cổng,Biên tập viên nhập,1',
      'Cách văn bản đến cổng,Tỷ lệ nhận điện tử qua edXML (%),0',
      'Thời gian từ khi ký đến khi đăng,Số văn bản tính được,1',
      'Thời gian từ khi ký đến khi đăng,Trung vị (ngày),1',
      'Thời gian từ khi ký đến khi đăng,Phân vị 90 (ngày),1',
      'Dự thảo lấy ý kiến và góp ý,Dự thảo mở lấy ý kiến,0',
      'Dự thảo lấy ý kiến và góp ý,"Dự thảo đã công khai báo cáo tiếp thu, giải trình",0',
      'Dự thảo lấy ý kiến và góp ý,Góp ý nhận được,0',
      'Dự thảo lấy ý kiến và góp ý,Góp ý đã được trả lời trong báo cáo công khai,0',
      'Dự thảo lấy ý kiến và góp ý,Tỷ lệ góp ý được trả lời (%),',
      '',
    ]);
  });
  it('monthLabel', () => expect(monthLabel('2026-03')).toBe('03/2026'));
});
