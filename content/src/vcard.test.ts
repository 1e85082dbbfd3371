import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { escapeVCardText, foldVCardLine, toVCard } from './vcard.ts';

describe('escapeVCardText', () => {
  eachCase(escapeVCardText, [
    ['Phòng Hành chính, Tổ chức', 'Phòng Hành chính\\, Tổ chức'],
    ['a;b', 'a\\;b'],
    ['C:\\x', 'C:\\\\x'],
    ['dòng 1\ndòng 2', 'dòng 1\\ndòng 2'],
  ], '%j → %j');
});

describe('foldVCardLine', () => {
  it('folds at 75 octets without splitting a Vietnamese character', () => {
    const line = `FN:${'Nguyễn Thị Hồng Nhung '.repeat(8)}`;
    const folded = foldVCardLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('toVCard', () => {
  it('writes a vCard 4.0 with CRLF line ends', () => {
    const card = toVCard({ name: 'Trần Văn Bình', title: 'Phó Chánh Văn phòng', organization: 'UBND tỉnh Sông Hồng', unit: 'Văn phòng UBND; tỉnh', email: 'tvbinh@songhong.gov.vn', phone: '0200 3 123 456' });
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(card).toContain('FN:Trần Văn Bình\r\n');
    // Family name, given name, middle name (audit D13: the whole name went into the family name).
    expect(card).toContain('N:Trần;Bình;Văn;;\r\n');
    expect(card).toContain('ORG:UBND tỉnh Sông Hồng;Văn phòng UBND\\; tỉnh\r\n');
    expect(card).toContain('TEL;VALUE=uri;TYPE=work:tel:02003123456\r\n');
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
    expect(card.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
  it('marks a unit mailbox as an organisation, without N', () => {
    const card = toVCard({ name: 'Sở Tư pháp', organization: 'UBND tỉnh Sông Hồng', kind: 'org', email: 'stp@songhong.gov.vn' });
    expect(card).toContain('KIND:org');
    expect(card).not.toContain('\r\nN:');
  });
});
