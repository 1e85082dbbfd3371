import { describe, expect, it } from 'vitest';
import { toImportRecord, type ManifestEntry } from '../import-record.ts';
import { convertManifestEntry, describeEncoding, readSourceText } from './import-text.ts';
import { encodeTcvn3 } from './tcvn3.ts';
import { encodeVni } from './vni.ts';

const cp1252 = new Map(Array.from({ length: 256 }, (_, b) => [new TextDecoder('windows-1252').decode(new Uint8Array([b])), b] as const));
const fileBytes = (windows1252: string) => Uint8Array.from([...windows1252].map((c) => cp1252.get(c) ?? 0x3f));

const BODY = 'Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.';
const entry = (over: Partial<ManifestEntry> = {}): ManifestEntry => ({
  file: 'qd-12.txt',
  number: '12/2001/QĐ-UBND',
  type: 'Quyết định',
  issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh',
  signer: 'Nguyễn Văn Hùng',
  signerTitle: 'Chủ tịch',
  issuedDate: '2001-03-15',
  title: 'Về việc ban hành Quy chế quản lý, sử dụng chữ ký số',
  refersTo: ['43/2011/NĐ-CP'],
  ...over,
});

describe('readSourceText', () => {
  it('converts a TCVN3 file and reports it', () => {
    const { text, report, problem } = readSourceText('qd-12.txt', fileBytes(encodeTcvn3(BODY)));
    expect(text).toBe(BODY);
    expect(problem).toBeNull();
    expect(report).toMatchObject({ kind: 'file', source: 'qd-12.txt', encoding: 'tcvn3', decided: true });
    expect(describeEncoding(report)).toMatch(/^qd-12\.txt: TCVN3 \(ABC\) \(độ tin cậy (0,[7-9]\d|1,00)\), đã chuyển sang Unicode$/);
  });

  it('gives no text for an undecidable file, and the reason an editor reads', () => {
    const { text, report, problem } = readSourceText('hon-hop.txt', fileBytes(`${encodeTcvn3(BODY)}\n${encodeVni(BODY)}`));
    expect(text).toBeNull();
    expect(report.decided).toBe(false);
    expect(problem).toMatch(/^Không xác định được bảng mã của tệp hon-hop\.txt .*npm run convert/);
    expect(describeEncoding(report)).toMatch(/hon-hop\.txt: không xác định được bảng mã .* cần biên tập viên/);
  });
});

describe('convertManifestEntry', () => {
  it('converts an entry whose fields came from a TCVN3 database, the file name left alone', () => {
    const legacy = entry({
      file: 'Qu¶ng-Ninh.txt',
      number: encodeTcvn3('12/2001/QĐ-UBND'),
      type: encodeTcvn3('Quyết định'),
      issuer: encodeTcvn3('Ủy ban nhân dân tỉnh Quảng Ninh').replace(/^ñ/, 'U'),
      signer: encodeTcvn3('Nguyễn Văn Hùng'),
      signerTitle: encodeTcvn3('Chủ tịch'),
      title: encodeTcvn3('Về việc ban hành Quy chế quản lý, sử dụng chữ ký số'),
      refersTo: [encodeTcvn3('43/2011/NĐ-CP')],
    });
    const { entry: converted, report, problem } = convertManifestEntry(legacy);
    expect(problem).toBeNull();
    expect(report).toMatchObject({ kind: 'fields', encoding: 'tcvn3', decided: true });
    expect(converted).toEqual(entry({ file: 'Qu¶ng-Ninh.txt', issuer: 'Uy ban nhân dân tỉnh Quảng Ninh' }));
  });

  it('leaves Unicode fields as they are', () => {
    const { entry: same, report } = convertManifestEntry(entry());
    expect(same).toEqual(entry());
    expect(report).toMatchObject({ encoding: 'unicode', decided: true });
  });

  it('leaves a short Unicode field set that also reads as TCVN3 as it is ("Công an")', () => {
    const plain = entry({ type: 'Công văn', issuer: 'Công an', signer: null, signerTitle: null, title: 'Công an', number: null, refersTo: [] });
    expect(convertManifestEntry(plain)).toMatchObject({ entry: plain, problem: null });
  });

  it('flags fields it cannot decide, keeping them as they are', () => {
    const odd = entry({ type: 'ViÖt', issuer: 'x§ ¤', signer: null, signerTitle: null, title: 'Vieät ÖÆ', number: null, refersTo: [] });
    const { entry: kept, report, problem } = convertManifestEntry(odd);
    expect(kept).toEqual(odd);
    expect(report.decided).toBe(false);
    expect(problem).toMatch(/^Không xác định được bảng mã của các trường trong manifest\.json/);
  });
});

describe('an undecidable text reaches toImportRecord as a known problem', () => {
  it('is a flagged, unpublished draft without text, and not called an empty file', () => {
    const { record, problems } = toImportRecord(entry(), '', { draft: false, knownProblems: ['Không xác định được bảng mã của tệp qd-12.txt'] });
    expect(record).toMatchObject({ publish: false, needsReview: true });
    expect(record.text.trim()).toBe('');
    expect(problems).toEqual(['Không xác định được bảng mã của tệp qd-12.txt']);
    expect(record.reviewNote).toBe('Không xác định được bảng mã của tệp qd-12.txt');
  });
});
