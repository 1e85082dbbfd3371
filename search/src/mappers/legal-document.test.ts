import type { LegalDocument } from '@cong/content';
import { describe, expect, it } from 'vitest';
import { SearchDocumentSchema } from '../search-document.ts';
import { legalDocumentToSearchDocument } from './legal-document.ts';

const doc: LegalDocument = {
  slug: '15-ct-ttg',
  number: '15/CT-TTg',
  type: { name: 'Chỉ thị', slug: 'chi-thi' },
  title: 'Về việc tăng cường sử dụng văn bản điện tử',
  issuer: { name: 'Thủ tướng Chính phủ', slug: 'thu-tuong-chinh-phu' },
  signer: null,
  issuedDate: '2012-05-22',
  effectiveDate: null,
  expiryDate: null,
  status: 'in-force',
  fields: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
  gazetteNumber: null,
  gazetteDate: null,
  text: 'Thực hiện Nghị định số 64/2007/NĐ-CP và Chỉ thị 15/CT-TTg này.\n\n## Điều 1. Phạm vi\n\nTheo 43/2011/NĐ- CP.',
  attachments: [],
  signatureStatus: 'unsigned',
  relations: [
    { kind: 'refers-to', direction: 'outgoing', label: 'Dẫn chiếu', number: '43/2011/NĐ-CP', slug: null, title: null, partial: false, articles: null, note: null },
    { kind: 'implements', direction: 'incoming', label: 'Được triển khai thi hành bởi', number: '1950/TTg-KGVX', slug: '1950-ttg-kgvx', title: null, partial: false, articles: null, note: null },
  ],
  history: [],
};

describe('legalDocumentToSearchDocument', () => {
  it('maps a văn bản to one valid search record', () => {
    const mapped = legalDocumentToSearchDocument(doc);
    expect(SearchDocumentSchema.parse(mapped)).toEqual(mapped);
    expect(mapped).toMatchObject({ id: 'legal-document:15-ct-ttg', kind: 'legal-document', url: '/van-ban/15-ct-ttg', year: 2012, date: '2012-05-22', status: 'in-force' });
  });

  it('cites the numbers of outgoing relations and of the text, never its own number nor documents citing it', () => {
    expect(legalDocumentToSearchDocument(doc).citedNumbers.sort()).toEqual(['43/2011/ND-CP', '64/2007/ND-CP']);
  });

  it('carries the pages of attached originals, linked through the site\'s /tep/ file proxy', () => {
    const mapped = legalDocumentToSearchDocument({
      ...doc,
      originalText: [
        { file: '15-CT-TTg.pdf', url: '/uploads/15_CT_TTg_ab12.pdf', page: 2, text: 'Trang hai.' },
        { file: 'phu-luc.docx', url: 'https://files.example.gov.vn/phu-luc.docx', page: null, text: 'Phụ lục.' },
      ],
    });
    expect(SearchDocumentSchema.parse(mapped)).toEqual(mapped);
    expect(mapped.attachments).toEqual([
      { file: '15-CT-TTg.pdf', url: '/tep/15_CT_TTg_ab12.pdf', page: 2, text: 'Trang hai.' },
      { file: 'phu-luc.docx', url: 'https://files.example.gov.vn/phu-luc.docx', page: null, text: 'Phụ lục.' },
    ]);
    expect(legalDocumentToSearchDocument(doc).attachments).toBeUndefined();
  });
});
