import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './csv.ts';

describe('csv', () => {
  it('quotes only what needs it and doubles inner quotes', () => {
    expect(csvCell('Điều 3')).toBe('Điều 3');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('nói "không"')).toBe('"nói ""không"""');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
  });

  it('keeps formulas as text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csvText(['Mã', 'Nội dung'], [['1', 'Góp ý']])).toBe('\uFEFFMã,Nội dung\r\n1,Góp ý\r\n');
  });
});
