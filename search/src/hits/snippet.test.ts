import { describe, expect, it } from 'vitest';
import { parseQuery } from '../query/parse-query.ts';
import { createQueryMatcher } from '../query/query-matcher.ts';
import { escapeHtml, matchText, snippetHtml } from './snippet.ts';

const snippet = (text: string, q: string, length?: number) => snippetHtml(matchText(text, createQueryMatcher(parseQuery(q))), { length });

describe('snippetHtml', () => {
  it('escapes everything from the document and adds only <mark>', () => {
    const html = snippet('Lỗi <script>alert("x")</script> & văn bản điện tử', 'văn bản');
    expect(html).toBe('Lỗi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>văn bản</mark> điện tử');
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('marks a hostile query term inside hostile text without letting markup through', () => {
    const html = snippet('<img src=x onerror=alert(1)> script', '<script>');
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>script</mark>');
  });

  it('wraps a phrase in one mark', () => {
    expect(snippet('Sử dụng văn bản điện tử trong cơ quan', 'văn bản điện tử')).toBe('Sử dụng <mark>văn bản điện tử</mark> trong cơ quan');
  });

  it('marks only the accents asked for when the text has them', () => {
    expect(snippet('vẫn gửi văn bản giấy', 'văn bản')).toBe('vẫn gửi <mark>văn bản</mark> giấy');
  });

  // An accented query marks the words typed, never a look-alike with other accents; a text without accents,
  // a spelling variant and an unaccented query still mark what matched.
  it.each([
    ['Chủ tịch ký văn bản', 'chữ ký', 'Chủ tịch <mark>ký</mark> văn bản'],
    ['vẫn gửi', 'văn', 'vẫn gửi'],
    ['mưa lũ, lu nước, lú lẫn', 'lũ', 'mưa <mark>lũ</mark>, <mark>lu</mark> nước, lú lẫn'],
    ['chu ky so cua van ban', 'chữ ký số', '<mark>chu ky so</mark> cua van ban'],
    ['chữ kí số', 'chữ ký số', '<mark>chữ kí số</mark>'],
    ['Chủ tịch ký', 'chu ky', '<mark>Chủ</mark> tịch <mark>ký</mark>'],
  ])('%j for %j → %j', (text, q, html) => {
    expect(snippet(text, q)).toBe(html);
  });

  it('marks the number asked for, however it is written in the text', () => {
    expect(snippet('theo Nghị định số 43/2011/NĐ-CP.', '43/2011/nd-cp')).toBe('theo Nghị định số <mark>43/2011/NĐ-CP</mark>.');
  });

  it('cuts long texts around the matches, with ellipses', () => {
    const text = `${'mở đầu '.repeat(30)}trách nhiệm thi hành${' kết thúc'.repeat(30)}`;
    const html = snippet(text, 'trách nhiệm thi hành', 12);
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html).toContain('<mark>trách nhiệm thi hành</mark>');
  });

  it('escapes quotes and ampersands', () => {
    expect(escapeHtml(`"a" & 'b' <c>`)).toBe('&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt;');
  });
});
