import { describe, expect, it } from 'vitest';
import { markArticles } from './article-marks.ts';
import { renderDocumentText } from './markdown.ts';

const text = renderDocumentText('## Điều 3. Phạm vi\n\nNội dung.\n\n## Điều 4. Văn bản giấy\n\nGửi bản giấy.\n\n## Điều 5. Hiệu lực\n\nTừ ngày ký.', { cmsBase: 'http://cms' });

describe('markArticles', () => {
  it('puts the mark right under the article heading, linking the act on the portal', () => {
    const html = markArticles(text.html, [{ article: '4', text: 'Điều 4 bị bãi bỏ bởi', number: '15/2026/QĐ-UBND', slug: '15-2026-qd-ubnd' }]);
    const heading = html.indexOf('id="dieu-4"');
    const mark = html.indexOf('<p class="article-mark">');
    expect(heading).toBeGreaterThan(0);
    expect(mark).toBeGreaterThan(heading);
    expect(mark).toBeLessThan(html.indexOf('Gửi bản giấy.'));
    expect(html).toContain('<p class="article-mark"><strong>Ghi chú hiệu lực:</strong> Điều 4 bị bãi bỏ bởi <a href="/van-ban/15-2026-qd-ubnd">15/2026/QĐ-UBND</a>.</p>');
    expect(html.match(/article-mark/g)).toHaveLength(1);
  });

  it('shows an act not on the portal as its number, escapes, and skips articles the text does not have', () => {
    const html = markArticles(text.html, [
      { article: '3', text: 'Khoản 2 Điều 3 được sửa đổi, bổ sung bởi', number: '<b>9</b>/2026', slug: null },
      { article: '3', text: 'Điều 3 được giải thích bởi', number: '950/2026/NQ-UBTVQH15', slug: '950-2026-nq-ubtvqh15' },
      { article: '12', text: 'Điều 12 bị bãi bỏ bởi', number: '1/2026/QĐ-UBND', slug: null },
    ]);
    expect(html).toContain('Khoản 2 Điều 3 được sửa đổi, bổ sung bởi &#60;b&#62;9&#60;/b&#62;/2026.</p>');
    expect(html.match(/article-mark/g)).toHaveLength(2);
    expect(html).not.toContain('Điều 12');
  });

  it('leaves a text without marks as it was', () => {
    expect(markArticles(text.html, [])).toBe(text.html);
  });
});
