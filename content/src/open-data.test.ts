import { describe, expect, it } from 'vitest';
import { csvHeader, csvRow, jsonLine, OPEN_DATA_DATASETS, OPEN_DATA_LICENCES, OpenDataLicenceIdSchema, type OpenDataDirectoryEntry } from './open-data.ts';

describe('open-data datasets', () => {
  it.each([
    ['documents', ['slug', 'number', 'type', 'title', 'issuer', 'signer', 'issuedDate', 'effectiveDate', 'expiryDate', 'status', 'statusLabel', 'fields', 'updatedAt', 'firstPublishedAt', 'url', 'signerTitle', 'gazetteNumber', 'gazetteDate', 'text', 'signedOriginal', 'receivedVia', 'receivedViaLabel', 'signatureStatus', 'signatureStatusLabel', 'attachmentUrls']],
    ['comments', ['id', 'name', 'organization', 'article', 'articleLabel', 'content', 'submittedAt', 'draft']],
    ['directory', ['kind', 'name', 'title', 'unit', 'phone', 'email', 'vcard']],
  ] as const)('%s: the CSV has the API record\'s scalar fields, named as in the JSON', (key, names) => {
    expect(OPEN_DATA_DATASETS[key].columns.map((c) => c.name)).toEqual(names);
  });

  it('drafts: no comment token in the file, no nested lists in the CSV', () => {
    const names = OPEN_DATA_DATASETS.drafts.columns.map((c) => c.name);
    expect(names).not.toContain('commentToken');
    expect(names).not.toContain('articles');
    expect(names).toContain('text');
    expect(OPEN_DATA_DATASETS.drafts.schema.safeParse({}).success).toBe(false);
  });

  const entry: OpenDataDirectoryEntry = { kind: 'person', name: 'Nguyễn Văn An', title: '=Chánh Văn phòng', unit: null, phone: '+84 912', email: 'an@songhong.gov.vn', vcard: null };

  it('a CSV row: formulas kept as text, empty for null, CRLF; the header starts with a BOM', () => {
    expect(csvHeader(OPEN_DATA_DATASETS.directory)).toBe('\uFEFFkind,name,title,unit,phone,email,vcard\r\n');
    expect(csvRow(OPEN_DATA_DATASETS.directory, entry)).toBe("person,Nguyễn Văn An,'=Chánh Văn phòng,,'+84 912,an@songhong.gov.vn,\r\n");
  });

  it('a JSON line is one line, whatever the text holds', () => {
    const line = jsonLine({ text: 'dòng 1\ndòng 2\u2028' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ text: 'dòng 1\ndòng 2\u2028' });
  });

  it('list fields of strings are joined with "; "', () => {
    const fields = OPEN_DATA_DATASETS.documents.columns.find((c) => c.name === 'fields')!;
    expect(fields.cell({ fields: ['Giáo dục', 'Y tế'] } as never)).toBe('Giáo dục; Y tế');
  });
});

describe('open-data licences', () => {
  it.each(Object.keys(OPEN_DATA_LICENCES))('%s is accepted and has a text to link', (id) => {
    expect(OpenDataLicenceIdSchema.parse(id)).toBe(id);
    expect(OPEN_DATA_LICENCES[id as keyof typeof OPEN_DATA_LICENCES].url).toMatch(/^https:\/\//);
  });

  it('refuses an unknown licence, naming the choices', () => {
    const result = OpenDataLicenceIdSchema.safeParse('MIT');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('CC-BY-4.0');
  });
});
