import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from './document-number.ts';
import {
  ImportRecordSchema,
  MANIFEST_RELATION_KEYS,
  ManifestEntrySchema,
  ManifestSchema,
  readManifestEntries,
  toImportRecord,
  type ManifestEntry,
} from './import-record.ts';
import { RELATION_KINDS } from './relation-kinds.ts';
import { seedCorpusAvailable, seedCorpusDir, seedCorpusManifestPath, seedCorpusMissing } from './fixtures/seed-corpus.ts';

/** What the test entry says of the document's issue, carried unchanged into its record. */
const issue = {
  number: '15/CT-TTg',
  type: 'Chỉ thị',
  issuer: 'Thủ tướng Chính phủ',
  signer: 'Người Ký',
  signerTitle: 'Thủ tướng',
  issuedDate: '2012-05-22',
};
const title = 'Về việc tăng cường sử dụng văn bản điện tử';

const entry = (overrides: Partial<ManifestEntry> = {}): ManifestEntry =>
  ManifestEntrySchema.parse({ file: 'ct-15-2012-ttg.txt', ...issue, title, ...overrides });

describe('toImportRecord', () => {
  it('maps a complete entry to a published record', () => {
    const { record, problems } = toImportRecord(
      entry({ refersTo: ['43/2011/NĐ-CP'], implements: ['34/2008/CT-TTg'], fields: ['Công nghệ thông tin'] }),
      'Điều 1. Phạm vi\nNội dung.',
      { draft: false },
    );
    expect(problems).toEqual([]);
    expect(record).toEqual({
      sourceKey: 'ct-15-2012-ttg.txt',
      ...issue,
      effectiveDate: null,
      expiryDate: null,
      gazetteNumber: null,
      gazetteDate: null,
      title,
      fields: ['Công nghệ thông tin'],
      text: '## Điều 1. Phạm vi\n\nNội dung.\n',
      relations: [
        { kind: 'implements', targetNumber: '34/2008/CT-TTg' },
        { kind: 'refers-to', targetNumber: '43/2011/NĐ-CP' },
      ],
      publish: true,
      needsReview: false,
      reviewNote: null,
    });
    expect(ImportRecordSchema.parse(record)).toEqual(record);
  });

  it('flags a record without number or date for review and never invents them', () => {
    const { record, problems } = toImportRecord(entry({ number: null, issuedDate: null }), 'Nội dung.', { draft: false });
    expect(record.number).toBeNull();
    expect(record.issuedDate).toBeNull();
    expect(record.effectiveDate).toBeNull();
    expect(record.publish).toBe(false);
    expect(record.needsReview).toBe(true);
    expect(problems).toHaveLength(2);
    expect(record.reviewNote).toContain('Thiếu số ký hiệu');
    expect(record.reviewNote).toContain('Thiếu ngày ban hành');
  });

  it('flags a record with only its date missing', () => {
    const { record } = toImportRecord(entry({ issuedDate: null }), 'Nội dung.', { draft: false });
    expect(record.number).toBe('15/CT-TTg');
    expect(record.needsReview).toBe(true);
    expect(record.reviewNote).toMatch(/^Thiếu ngày ban hành/);
  });

  it('keeps an unreadable number as written, unpublished, with the parser message', () => {
    const { record, problems } = toImportRecord(entry({ number: '15-CT-TTg' }), 'Nội dung.', { draft: false });
    expect(record.number).toBe('15-CT-TTg');
    expect(record.publish).toBe(false);
    expect(record.needsReview).toBe(true);
    expect(problems).toEqual([expect.stringContaining('thiếu dấu "/" giữa số và ký hiệu')]);
  });

  it('flags an unreadable relation target', () => {
    const { record, problems } = toImportRecord(entry({ refersTo: ['43-2011'] }), 'Nội dung.', { draft: false });
    expect(record.relations).toEqual([{ kind: 'refers-to', targetNumber: '43-2011' }]);
    expect(record.needsReview).toBe(true);
    expect(problems[0]).toMatch(/^Văn bản liên quan: Số ký hiệu "43-2011"/);
  });

  it('publishes nothing in draft mode, without flagging a complete record', () => {
    const { record, problems } = toImportRecord(entry(), 'Nội dung.', { draft: true });
    expect(problems).toEqual([]);
    expect(record.publish).toBe(false);
    expect(record.needsReview).toBe(false);
  });

  it('normalises every string to NFC and the number to its clean spelling', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const { record } = toImportRecord(
      entry({ number: nfd(' 43 / 2011 / NĐ-CP '), title: nfd('Quy định về số hóa'), issuer: nfd('Chính phủ'), refersTo: [nfd('64/2007/NĐ-CP')] }),
      nfd('Điều 1. Phạm vi điều chỉnh'),
      { draft: false },
    );
    expect(record.number).toBe('43/2011/NĐ-CP');
    expect(record.title).toBe('Quy định về số hóa');
    expect(record.issuer).toBe('Chính phủ');
    expect(record.relations[0]?.targetNumber).toBe('64/2007/NĐ-CP');
    expect(record.text).toBe('## Điều 1. Phạm vi điều chỉnh\n');
  });

  it('keeps Markdown files as written', () => {
    const markdown = '**CHỈ THỊ**\n\n**1. Các cơ quan**\n';
    const { record } = toImportRecord(entry({ file: 'ct-07-2019-btttt.md' }), markdown, { draft: false });
    expect(record.text).toBe(markdown);
  });

  it('maps every relation key of the manifest, with details', () => {
    const withAll = Object.fromEntries(RELATION_KINDS.map((kind) => [MANIFEST_RELATION_KEYS[kind], ['1/CT-TTg']]));
    const { record } = toImportRecord(entry({ ...withAll, repeals: [{ number: '2/2020/QĐ-UBND', partial: true, note: 'Điều 3' }] }), 'x', { draft: false });
    expect(record.relations.map((relation) => relation.kind).sort()).toEqual([...RELATION_KINDS].sort());
    expect(record.relations.find((relation) => relation.kind === 'repeals')).toEqual({
      kind: 'repeals',
      targetNumber: '2/2020/QĐ-UBND',
      partial: true,
      note: 'Điều 3',
    });
  });

  it('flags an empty text', () => {
    const { record } = toImportRecord(entry(), '  \n', { draft: false });
    expect(record.needsReview).toBe(true);
    expect(record.reviewNote).toContain('Chưa có toàn văn');
  });
});

describe('ImportRecordSchema', () => {
  const valid = toImportRecord(entry(), 'x', { draft: false }).record;

  it.each([
    ['an empty title', { title: '   ' }, 'Trích yếu không được để trống'],
    ['an impossible date', { issuedDate: '2026-02-30' }, 'Ngày không có thật'],
    ['a date in the wrong format', { effectiveDate: '22/05/2012' }, 'YYYY-MM-DD'],
    ['an unknown relation kind', { relations: [{ kind: 'cancels', targetNumber: '1/CT-TTg' }] }, ''],
  ])('rejects %s', (_name, change, message) => {
    const result = ImportRecordSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });
});

describe('ManifestSchema', () => {
  it('rejects a misspelt key instead of dropping it', () => {
    const result = ManifestSchema.safeParse([{ ...entry(), refers_to: ['43/2011/NĐ-CP'] }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects the same file twice', () => {
    const result = ManifestSchema.safeParse([entry(), entry()]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('được khai báo hai lần');
  });
});

describe('readManifestEntries: one bad record fails only itself (audit D15)', () => {
  it('keeps the good entries and names each refused one with its reason', () => {
    const reading = readManifestEntries([
      { ...entry(), file: 'tot.txt' },
      { ...entry(), file: 'ngay-sai.txt', number: '16/CT-TTg', issuedDate: '2026-11-31' },
      { ...entry(), file: 'tot.txt', number: '17/CT-TTg' },
      { ...entry(), file: 'khoa-sai.txt', number: '18/CT-TTg', refers_to: [] },
      'không phải một mục',
    ])!;
    expect(reading.entries.map((e) => e.file)).toEqual(['tot.txt']);
    expect(reading.problems.map((p) => p.file)).toEqual(['ngay-sai.txt', 'tot.txt', 'khoa-sai.txt', 'mục thứ 5']);
    expect(reading.problems[0]!.reason).toMatch(/^issuedDate: /);
    expect(reading.problems[1]!.reason).toContain('được khai báo hai lần');
  });

  it('refuses a manifest that is not a list', () => {
    expect(readManifestEntries({ file: 'a.txt' })).toBeNull();
  });
});

const hasSeed = seedCorpusAvailable();
if (!hasSeed) it.skip(`seed corpus manifest: ${seedCorpusMissing}`, () => {});

describe.runIf(hasSeed)(`seed corpus manifest (${seedCorpusManifestPath})`, () => {
  const manifest = hasSeed ? ManifestSchema.parse(JSON.parse(readFileSync(seedCorpusManifestPath, 'utf8'))) : [];
  const records = manifest.map((item) => ({ item, ...toImportRecord(item, readFileSync(join(seedCorpusDir, item.file), 'utf8'), { draft: false }) }));

  it('is accepted by ManifestSchema', () => {
    expect(manifest.length).toBeGreaterThan(0);
  });

  it('has readable numbers wherever it has one, in several shapes', () => {
    const shapes = new Set<string>();
    for (const item of manifest) {
      if (item.number === null) continue;
      const parsed = parseDocumentNumber(item.number);
      expect(parsed.ok, item.number).toBe(true);
      if (parsed.ok) shapes.add(parsed.value.shape);
    }
    expect(shapes).toEqual(new Set(['sequence-symbol', 'sequence-year-symbol', 'official-letter']));
  });

  it('imports the record without number or date as an unpublished record to review', () => {
    const incomplete = records.filter(({ item }) => item.number === null || item.issuedDate === null);
    expect(incomplete.length).toBeGreaterThan(0);
    for (const { record } of incomplete) {
      expect(record.publish).toBe(false);
      expect(record.needsReview).toBe(true);
      expect(record.number).toBeNull();
      expect(record.reviewNote).toContain('Thiếu số ký hiệu');
    }
  });

  it('imports the complete records ready to publish, all text in NFC', () => {
    for (const { item, record, problems } of records) {
      expect(record.text, item.file).toBe(record.text.normalize('NFC'));
      if (item.number !== null && item.issuedDate !== null) expect(problems, item.file).toEqual([]);
    }
  });
});
