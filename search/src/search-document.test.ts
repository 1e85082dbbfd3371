import { describe, expect, it } from 'vitest';
import { documentSections } from './text/articles.ts';
import { hitAttachment, hitUrl } from './search-document.ts';

describe('hitUrl', () => {
  it.each([
    ['/van-ban/15-ct-ttg', 'dieu-3', '/van-ban/15-ct-ttg#dieu-3'],
    ['/van-ban/15-ct-ttg', null, '/van-ban/15-ct-ttg'],
    ['/du-thao/du-thao-a', undefined, '/du-thao/du-thao-a'],
    // A row of a list page keeps its own fragment: there is no article on that page to go to.
    ['/dich-vu-cong#thu-tuc-abc', 'dieu-3', '/dich-vu-cong#thu-tuc-abc'],
  ])('%s at %s → %s', (url, anchor, expected) => {
    expect(hitUrl(url, anchor)).toBe(expected);
  });
});

describe('hitAttachment', () => {
  it.each([
    [{ file: 'qd.pdf', url: '/tep/qd_ab12.pdf', page: 7 }, { file: 'qd.pdf', page: 7, url: '/tep/qd_ab12.pdf#page=7' }],
    // A format without pages opens at its start.
    [{ file: 'phu-luc.docx', url: '/tep/phu_luc.docx', page: null }, { file: 'phu-luc.docx', page: null, url: '/tep/phu_luc.docx' }],
    [undefined, undefined],
  ])('%o → %o', (attachment, expected) => {
    expect(hitAttachment(attachment)).toEqual(expected);
  });
});

describe('documentSections', () => {
  it('puts the pages of attached originals after the articles, NFC, blank pages left out', () => {
    const sections = documentSections({
      text: '## Điều 1. Phạm vi\n\nNội dung.',
      attachments: [
        { file: 'a.pdf', url: '/tep/a.pdf', page: 1, text: 'Quye\u0302\u0301t   \u0111i\u0323nh' },
        { file: 'a.pdf', url: '/tep/a.pdf', page: 2, text: '  \n ' },
      ],
    });
    expect(sections.map((s) => [s.anchor, s.text, s.attachment?.page])).toEqual([
      ['dieu-1', 'Nội dung.', undefined],
      [null, 'Quyết định', 1],
    ]);
  });
});
