import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../search-document.ts';
import { docKey, FACET_SEPARATOR, MAX_RECORD_TEXT, toMeilisearchRecords } from './meilisearch-documents.ts';

const doc: SearchDocument = {
  id: 'legal-document:15-ct-ttg',
  kind: 'legal-document',
  slug: '15-ct-ttg',
  url: '/van-ban/15-ct-ttg',
  title: 'Về việc tăng cường sử dụng văn bản điện tử',
  number: '15/CT-TTg',
  date: '2012-05-22',
  type: { slug: 'chi-thi', name: 'Chỉ thị' },
  issuer: { slug: 'thu-tuong-chinh-phu', name: 'Thủ tướng Chính phủ' },
  status: 'in-force',
  year: 2012,
  text: 'Mở đầu.\n\n## Điều 1. Phạm vi\n\nĐường bưu điện.\n\n## Điều 2. Hiệu lực\n\nThi hành.',
  citedNumbers: ['43/2011/ND-CP'],
};

describe('toMeilisearchRecords', () => {
  const records = toMeilisearchRecords(doc);

  it('writes one record per article, each with the document metadata', () => {
    expect(records.map((r) => [r.id, r.articleAnchor, r.articleNumber, r.articleTitle])).toEqual([
      ['legal-document_3a_15-ct-ttg__0', null, null, ''],
      ['legal-document_3a_15-ct-ttg__1', 'dieu-1', '1', 'Phạm vi'],
      ['legal-document_3a_15-ct-ttg__2', 'dieu-2', '2', 'Hiệu lực'],
    ]);
    for (const record of records) {
      expect(record).toMatchObject({ doc: 'legal-document_3a_15-ct-ttg', sourceId: doc.id, numberKey: '15/CT-TTG', numberTokens: '15 ct ttg', year: 2012, citedNumbers: ['43/2011/ND-CP'] });
      expect(record.id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    }
  });

  it('carries folded and tone-coded copies of the text, and facet values with their names', () => {
    expect(records[1]).toMatchObject({ text: 'Đường bưu điện.', textFolded: 'duong buu dien.', textToned: 'dduwowngf buwu ddieenj' });
    expect(records[0]!.typeFacet).toBe(`chi-thi${FACET_SEPARATOR}Chỉ thị`);
    expect(records[0]!.dateTs).toBe(Date.UTC(2012, 4, 21, 17) / 1000);
  });

  it('splits an article too long for one record instead of letting Meilisearch cut it', () => {
    const long = toMeilisearchRecords({ ...doc, text: `## Điều 1. Dài\n\n${'từ ngữ '.repeat(Math.ceil((MAX_RECORD_TEXT * 2.5) / 7))}` });
    expect(long.length).toBe(3);
    expect(long.every((r) => r.articleAnchor === 'dieu-1' && r.text.length <= MAX_RECORD_TEXT)).toBe(true);
    expect(long.map((r) => r.text).join(' ').split(/\s+/).length).toBe(Math.ceil((MAX_RECORD_TEXT * 2.5) / 7) * 2);
  });
});

describe('docKey', () => {
  it('keeps ids distinct and within Meilisearch’s alphabet', () => {
    const ids = ['legal-document:a_b', 'legal-document:a:b', 'legal-document:ab', 'page:trang-chủ'];
    const keys = ids.map(docKey);
    expect(new Set(keys).size).toBe(ids.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
