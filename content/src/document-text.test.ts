import { describe, expect, it } from 'vitest';
import { articleAnchors, textToMarkdown } from './document-text.ts';

describe('textToMarkdown', () => {
  it('joins lines a PDF broke inside a sentence and keeps real paragraphs', () => {
    const text = [
      'CHỈ THỊ',
      'Về việc tăng cường sử dụng văn bản điện tử ',
      'trong hoạt động của cơ quan nhà nước',
      '',
      ' Trong thời gian qua, các cơ quan đã ứng dụng công nghệ thông tin trong quản ',
      '',
      'lý, điều hành.',
      'Tuy nhiên, kết quả còn hạn chế.',
    ].join('\n');
    expect(textToMarkdown(text)).toBe(
      [
        'CHỈ THỊ',
        'Về việc tăng cường sử dụng văn bản điện tử trong hoạt động của cơ quan nhà nước',
        'Trong thời gian qua, các cơ quan đã ứng dụng công nghệ thông tin trong quản lý, điều hành.',
        'Tuy nhiên, kết quả còn hạn chế.',
      ].join('\n\n') + '\n',
    );
  });

  it('turns article lines into headings, joining a title that wrapped', () => {
    const text = ['Điều 1. Phạm vi', 'điều chỉnh', 'Nghị định này quy định về văn bản điện tử.', 'Điều 2. Đối tượng áp dụng', 'Cơ quan nhà nước.'].join('\n');
    expect(textToMarkdown(text)).toBe(
      ['## Điều 1. Phạm vi điều chỉnh', 'Nghị định này quy định về văn bản điện tử.', '## Điều 2. Đối tượng áp dụng', 'Cơ quan nhà nước.'].join('\n\n') + '\n',
    );
  });

  it('keeps the content of an article written on its heading line as a paragraph', () => {
    expect(textToMarkdown('Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cổng thông tin.\nĐiều 2:')).toBe(
      '## Điều 1.\n\nBan hành kèm theo Quyết định này Quy chế quản lý cổng thông tin.\n\n## Điều 2.\n',
    );
  });

  it('recognises upper-case and eth-spelt article lines', () => {
    expect(textToMarkdown('ĐIỀU 3. HIỆU LỰC\nÐiều 4. Trách nhiệm')).toBe('## Điều 3. HIỆU LỰC\n\n## Điều 4. Trách nhiệm\n');
  });

  it('does not take a sentence starting with "Điều" for a heading', () => {
    expect(textToMarkdown('Điều 5 của Luật này được hướng dẫn tại Nghị định.')).toBe('Điều 5 của Luật này được hướng dẫn tại Nghị định.\n');
  });

  it('keeps list items apart and mends numbers split over two lines', () => {
    const text = ['1. Các Bộ có trách nhiệm:', 'a) Bảo đảm hạ tầng,', 'b) Thực hiện Nghị định số 43/2011/NĐ-', 'CP trong giai đoạn 2011-', '2015.', '- Tạo lập hộp thư;'].join('\n');
    expect(textToMarkdown(text)).toBe(
      ['1. Các Bộ có trách nhiệm:', 'a) Bảo đảm hạ tầng,', 'b) Thực hiện Nghị định số 43/2011/NĐ-CP trong giai đoạn 2011-2015.', '- Tạo lập hộp thư;'].join('\n\n') + '\n',
    );
  });

  it('drops bare page numbers, normalises NFD and line endings', () => {
    const text = 'Đoạn một.\r\n\r\n 2 \r\n- 3 -\r\nĐoạn hai.'.normalize('NFD');
    expect(textToMarkdown(text)).toBe('Đoạn một.\n\nĐoạn hai.\n');
  });
});

describe('articleAnchors', () => {
  it('lists the Điều headings with anchors', () => {
    const markdown = ['# Nghị định', '## Điều 1. Phạm vi điều chỉnh', 'Nội dung.', '### Điều 2.', '## Điều 2a. Điều bổ sung', 'Điều 3. không phải tiêu đề'].join('\n');
    expect(articleAnchors(markdown)).toEqual([
      { number: '1', title: 'Phạm vi điều chỉnh', anchor: 'dieu-1' },
      { number: '2', title: '', anchor: 'dieu-2' },
      { number: '2a', title: 'Điều bổ sung', anchor: 'dieu-2a' },
    ]);
  });

  it('gives a repeated number a distinct anchor (a decision and the regulation it issues)', () => {
    const markdown = '## Điều 1. Ban hành Quy chế\n## Điều 2. Hiệu lực\n## Điều 1. Phạm vi\n## Điều 1. Lặp lại';
    expect(articleAnchors(markdown).map((article) => article.anchor)).toEqual(['dieu-1', 'dieu-2', 'dieu-1-2', 'dieu-1-3']);
  });

  it('finds the headings that textToMarkdown makes', () => {
    const markdown = textToMarkdown('Điều 1. Phạm vi\nNội dung.\nĐiều 2. Hiệu lực thi hành\nNội dung.');
    expect(articleAnchors(markdown).map((article) => article.anchor)).toEqual(['dieu-1', 'dieu-2']);
  });
});

describe('textToMarkdown on lines broken after ";" or ":"', () => {
  it('joins a lower-case continuation whatever ends the previous line, and a number after "số:"', () => {
    const text = ['trao đổi các thông tin sau: công văn; loại văn bản sau họp nội bộ;', 'văn bản để biết.', 'Thực hiện Chỉ thị số:', '15/CT-TTg nói trên.', '1. Điểm một.'].join('\n');
    expect(textToMarkdown(text)).toBe(
      ['trao đổi các thông tin sau: công văn; loại văn bản sau họp nội bộ; văn bản để biết.', 'Thực hiện Chỉ thị số: 15/CT-TTg nói trên.', '1. Điểm một.'].join('\n\n') + '\n',
    );
  });
});
