import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { edxmlDate, edxmlNumber, edxmlSender, edxmlToImportRecord, EdxmlContentError, type EdxmlHeader } from './edxml-header';

const header = (over: Partial<EdxmlHeader> = {}): EdxmlHeader => ({
  from: { id: '000.00.00.H99', name: 'Ủy ban nhân dân tỉnh Sông Hồng' },
  to: [{ id: '000.01.00.H99', name: 'Sở Tư pháp' }],
  codeNumber: '15',
  codeNotation: 'CT-UBND',
  place: 'Sông Hồng',
  promulgationDate: '2026/11/20',
  typeCode: '1',
  typeName: 'Chỉ thị',
  subject: 'Về việc tăng cường chuyển đổi số',
  content: 'Nội dung tóm tắt.',
  signerName: 'Nguyễn Văn Thử',
  signerPosition: 'Chủ tịch',
  documentId: '000.00.00.H99,2026/11/20,15/CT-UBND',
  ...over,
});
const options = { draft: false, fingerprint: 'abc123' };

describe('edxmlNumber: CodeNumber + CodeNotation → số ký hiệu', () => {
  eachCase(([n, notation]: [string | null, string | null]) => edxmlNumber(n, notation), [
    [['15', 'CT-TTg'], '15/CT-TTg'],
    [[' 1950 ', ' TTg-KGVX '], '1950/TTg-KGVX'],
    [['43', '2011/NĐ-CP'], '43/2011/NĐ-CP'],
    [['15', '15/CT-TTg'], '15/CT-TTg'],
    [['15', '/CT-TTg'], '15/CT-TTg'],
    [[null, 'CT-TTg'], 'CT-TTg'],
    [['15', null], '15'],
    [[null, null], null],
    [['', '  '], null],
  ]);
});

describe('edxmlDate: the promulgation date as an ISO day', () => {
  eachCase(edxmlDate, [
    ['2026/11/20', '2026-11-20'],
    ['2026/1/5', '2026-01-05'],
    ['2026-11-20', '2026-11-20'],
    ['20/11/2026', '2026-11-20'],
    ['2026/11/20 08:00:00', '2026-11-20'],
    ['2026/02/30', null],
    ['2026/13/01', null],
    ['hôm qua', null],
    ['', null],
    [null, null],
  ]);
});

describe('edxmlSender', () => {
  eachCase(edxmlSender, [
    [{ id: '000.00.00.H99', name: 'UBND tỉnh Sông Hồng' }, 'UBND tỉnh Sông Hồng (000.00.00.H99)'],
    [{ id: null, name: 'UBND tỉnh Sông Hồng' }, 'UBND tỉnh Sông Hồng'],
    [{ id: '000.00.00.H99', name: null }, '000.00.00.H99'],
    [{ id: null, name: '  ' }, null],
  ]);
});

describe('edxmlToImportRecord: the header mapped to the registry fields', () => {
  it('maps a complete header, ready to publish', () => {
    const { record, problems } = edxmlToImportRecord(header(), options);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      sourceKey: 'edxml:000.00.00.H99,2026/11/20,15/CT-UBND',
      number: '15/CT-UBND',
      type: 'Chỉ thị',
      issuer: 'Ủy ban nhân dân tỉnh Sông Hồng',
      signer: 'Nguyễn Văn Thử',
      signerTitle: 'Chủ tịch',
      issuedDate: '2026-11-20',
      title: 'Về việc tăng cường chuyển đổi số',
      publish: true,
      needsReview: false,
      reviewNote: null,
    });
    expect(record.text).toContain('Nội dung tóm tắt.');
  });

  // What is missing or unreadable → flagged draft with the editor's note; never an invented value.
  const flagged: Array<[string, Partial<EdxmlHeader>, Record<string, unknown>, RegExp]> = [
    ['no number', { codeNumber: null, codeNotation: null }, { number: null }, /Thiếu số ký hiệu/],
    ['malformed number', { codeNumber: 'abc', codeNotation: '' }, { number: null }, /Số ký hiệu "abc"/],
    ['no date', { promulgationDate: null }, { issuedDate: null }, /Thiếu ngày ban hành/],
    ['impossible date', { promulgationDate: '2026/02/30' }, { issuedDate: null }, /"2026\/02\/30" .* không đọc được/],
    ['no type name', { typeName: null }, { type: 'Văn bản khác' }, /Thiếu loại văn bản/],
  ];
  it.each(flagged)('%s → draft flagged for an editor', (_name, over, fields, note) => {
    const { record } = edxmlToImportRecord(header(over), options);
    expect(record).toMatchObject({ ...fields, publish: false, needsReview: true });
    expect(record.reviewNote).toMatch(note);
  });

  it.each([
    ['no sender', { from: { id: '1', name: null } }, /cơ quan gửi/],
    ['no subject', { subject: '   ' }, /trích yếu/],
  ] as const)('%s → no record at all', (_name, over, message) => {
    expect(() => edxmlToImportRecord(header(over), options)).toThrow(EdxmlContentError);
    expect(() => edxmlToImportRecord(header(over), options)).toThrow(message);
  });

  it('the inbox: a complete header is still a draft flagged for an editor, its note first', () => {
    const { record } = edxmlToImportRecord(header(), { ...options, draft: true, reviewNote: 'Kiểm tra rồi xuất bản' });
    expect(record).toMatchObject({ publish: false, needsReview: true, reviewNote: 'Kiểm tra rồi xuất bản' });
  });

  it('--draft: a complete header is a draft, not flagged', () => {
    expect(edxmlToImportRecord(header(), { ...options, draft: true }).record).toMatchObject({ publish: false, needsReview: false });
  });

  it('problems found in the package (a signature, a file) flag the record', () => {
    const { record } = edxmlToImportRecord(header(), { ...options, knownProblems: ['Chữ ký số không hợp lệ'] });
    expect(record).toMatchObject({ publish: false, needsReview: true, reviewNote: 'Chữ ký số không hợp lệ' });
  });

  it.each([
    ['DocumentId', {}, 'edxml:000.00.00.H99,2026/11/20,15/CT-UBND'],
    ['sender, date and number without a DocumentId', { documentId: null }, 'edxml:000.00.00.H99,2026-11-20,15/CT-UBND'],
    ['the package fingerprint when nothing else identifies it', { documentId: null, codeNumber: null, codeNotation: null }, 'edxml:abc123'],
  ] as const)('identity: %s', (_name, over, key) => {
    expect(edxmlToImportRecord(header(over), options).record.sourceKey).toBe(key);
  });

  it('text is NFC and whitespace-collapsed in single-line fields', () => {
    const decomposed = 'Về việc'.normalize('NFD');
    const { record } = edxmlToImportRecord(header({ subject: `  ${decomposed}\n  kiểm thử ` }), options);
    expect(record.title).toBe('Về việc kiểm thử');
  });
});
