import { describe, expect, it } from 'vitest';
import { renderDocumentText, sanitizeText } from './markdown.ts';

const CMS = 'http://127.0.0.1:1337';
const render = (markdown: string) => renderDocumentText(markdown, { cmsBase: CMS });

describe('article anchors', () => {
  const text = [
    '# QUYẾT ĐỊNH',
    '',
    '## Điều 1. Phạm vi điều chỉnh',
    '',
    'Quyết định này quy định…',
    '',
    '## Điều 2',
    '',
    '## Điều 3. Trách nhiệm thi hành',
  ].join('\n');
  const { html, articles } = render(text);

  it('gives every "Điều N" heading id="dieu-N" and a self-link', () => {
    expect(html).toContain('<h4 id="dieu-1">Điều 1. Phạm vi điều chỉnh <a class="self-link" href="#dieu-1">');
    expect(html).toContain('<span class="visually-hidden">Liên kết đến Điều 1</span>');
    expect(html).toContain('id="dieu-2"');
    expect(html).toContain('id="dieu-3"');
  });

  it('lists the anchored articles for the table of contents', () => {
    expect(articles).toEqual([
      { number: '1', title: 'Phạm vi điều chỉnh', anchor: 'dieu-1' },
      { number: '2', title: '', anchor: 'dieu-2' },
      { number: '3', title: 'Trách nhiệm thi hành', anchor: 'dieu-3' },
    ]);
  });

  it('shifts headings so the text starts at h3, under the page’s h2', () => {
    expect(html).toContain('<h3>QUYẾT ĐỊNH</h3>');
    expect(html).not.toMatch(/<h[12][ >]/);
  });

  it('numbers a repeated article as content does (a decision and the regulation it issues)', () => {
    const twice = render('## Điều 1. Ban hành Quy chế\n\n## Điều 2. Hiệu lực\n\n# QUY CHẾ\n\n## Điều 1. Phạm vi');
    expect(twice.articles.map((a) => a.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-1-2']);
    expect(twice.html).toContain('id="dieu-1-2"');
  });

  it('does not shift anchors for a heading-like line inside a code block', () => {
    const fenced = render('```\n## Điều 9. Trích dẫn\n```\n\n## Điều 1. Thật');
    expect(fenced.articles).toEqual([{ number: '1', title: 'Thật', anchor: 'dieu-1' }]);
    expect(fenced.html).toContain('id="dieu-1"');
  });

  it('keeps Markdown tables, with column headers scoped', () => {
    const { html: table } = render('| Mức | Số ngày |\n|---|---|\n| 1 | 05 |');
    expect(table).toContain('<th scope="col">Mức</th>');
    expect(table).toContain('<td>05</td>');
  });
});

describe('sanitising hostile input', () => {
  it.each([
    ['script element', '<script>alert(1)</script>Văn bản', '<script', 'alert(1)'],
    ['event handler', '<img src="/uploads/a.png" onerror="alert(1)">', 'onerror', 'alert'],
    ['javascript: link', '[bấm](javascript:alert(1))', 'javascript:', 'alert'],
    ['iframe', '<iframe src="https://evil.example"></iframe>', '<iframe', 'evil.example'],
    ['style attribute', '<p style="position:fixed">x</p>', 'style=', 'position:fixed'],
    ['form', '<form action="https://evil.example"><input name="p"></form>', '<form', '<input'],
    ['data: image', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', 'data:', 'base64'],
    ['svg', '<svg><script>alert(1)</script></svg>', '<svg', 'alert'],
    ['protocol-relative link', '<a href="//evil.example/x">x</a>', '//evil.example', 'evil'],
  ])('removes %s', (_name, markdown, ...forbidden) => {
    const { html } = render(markdown);
    for (const fragment of forbidden) expect(html).not.toContain(fragment);
  });

  it('drops ids that are not article anchors and classes that are not ours', () => {
    const html = sanitizeText('<h3 id="noi-dung" class="x">A</h3><h3 id="dieu-4">B</h3><span class="evil">c</span>', CMS);
    expect(html).toBe('<h3>A</h3><h3 id="dieu-4">B</h3><span>c</span>');
  });

  it('turns raw h1/h2 into the text’s top level', () => {
    expect(sanitizeText('<h1>A</h1><h2>B</h2>', CMS)).toBe('<h3>A</h3><h3>B</h3>');
  });

  it('routes links and images to CMS uploads through /tep/', () => {
    const { html } = render(`[Phụ lục](/uploads/phu_luc_1a.pdf) ![Sơ đồ](${CMS}/uploads/so_do_2b.png)`);
    expect(html).toContain('href="/tep/phu_luc_1a.pdf"');
    expect(html).toContain('src="/tep/so_do_2b.png"');
    expect(html).toContain('alt="Sơ đồ"');
  });

  it('keeps ordinary links and emphasis', () => {
    const { html } = render('Xem **Điều 3** tại [vbpl](https://vbpl.vn/).');
    expect(html).toContain('<strong>Điều 3</strong>');
    expect(html).toContain('<a href="https://vbpl.vn/">vbpl</a>');
  });
});
