import { describe, expect, it } from 'vitest';
import { auditCsv, changesText, fieldChanges, importSummary, MAX_VALUE_LENGTH, parseAuditQuery, permissionChanges, type AuditEntry, type FieldSpec } from './audit-entry';

const specs: FieldSpec[] = [
  { name: 'title', kind: 'value' },
  { name: 'issuingBody', kind: 'relation' },
  { name: 'fields', kind: 'relation' },
  { name: 'relations', kind: 'component' },
  { name: 'email', kind: 'withheld' },
  { name: 'body', kind: 'value' },
];

describe('fieldChanges', () => {
  it('lists only the fields that changed, relations by label, private ones without values', () => {
    const before = { title: 'Cũ', issuingBody: { id: 1, documentId: 'a', name: 'UBND tỉnh' }, fields: [{ id: 2, name: 'Đất đai' }], relations: [{ id: 9, kind: 'amends', targetNumber: '1/2020/NĐ-CP' }], email: 'a@x.vn', body: 'x' };
    const after = { ...before, title: 'Mới', fields: [{ id: 3, name: 'Xây dựng' }, { id: 2, name: 'Đất đai' }], relations: [{ id: 10, kind: 'amends', targetNumber: '1/2020/NĐ-CP' }], email: 'b@x.vn' };
    expect(fieldChanges(before, after, specs)).toEqual([
      { field: 'title', old: 'Cũ', new: 'Mới' },
      { field: 'fields', old: 'Đất đai', new: 'Xây dựng, Đất đai' },
      { field: 'email', withheld: true },
    ]);
  });

  it('a created item lists what it was created with; a deleted one what was lost', () => {
    expect(fieldChanges(null, { title: 'T', body: '' }, specs)).toEqual([{ field: 'title', old: null, new: 'T' }]);
    expect(fieldChanges({ title: 'T' }, null, specs)).toEqual([{ field: 'title', old: 'T', new: null }]);
  });

  it('bounds a long value', () => {
    const [change] = fieldChanges({ body: 'a' }, { body: 'b'.repeat(10_000) }, specs);
    expect(change!.new!.length).toBe(MAX_VALUE_LENGTH);
    expect(change!.new!.endsWith('…')).toBe(true);
  });

  it('never copies a withheld value into the text', () => {
    const text = changesText(fieldChanges({ email: 'bi-mat@x.vn' }, { email: 'moi@x.vn' }, specs));
    expect(text).not.toMatch(/bi-mat|moi@/);
    expect(text).toMatch(/email: \(đã thay đổi/);
  });
});

describe('parseAuditQuery', () => {
  it('reads Vietnamese days as UTC+7 instants', () => {
    const parsed = parseAuditQuery({ from: '2026-12-01', to: '2026-12-04', actor: 'admin:3', contentType: 'api::article.article', page: '2', pageSize: '20' });
    expect(parsed.ok && parsed.value).toMatchObject({
      since: new Date('2026-11-30T17:00:00Z'),
      until: new Date('2026-12-04T17:00:00Z'),
      actor: { kind: 'admin', id: '3' },
      page: 2,
      pageSize: 20,
    });
    expect(parseAuditQuery({ actor: 'system' })).toMatchObject({ ok: true, value: { actor: { kind: 'system', id: null } } });
  });

  it.each([
    [{ from: '04/12/2026' }, /YYYY-MM-DD/],
    [{ from: '2026-12-05', to: '2026-12-01' }, /trước/],
    [{ actor: 'root:1' }, /Người thực hiện/],
    [{ pageSize: '10000' }, /Số dòng/],
    [{ page: '0' }, /Số trang/],
    [{ contentType: "x' OR 1=1" }, /Loại nội dung/],
  ])('%j is refused', (query, message) => {
    const parsed = parseAuditQuery(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('summaries', () => {
  it('an import batch in one line, naming the records that failed', () => {
    expect(importSummary([{ action: 'created' }, { action: 'updated' }, { action: 'failed', number: '5/2026/QĐ-UBND' }])).toBe(
      '3 bản ghi: 1 tạo mới, 1 cập nhật, 1 lỗi (5/2026/QĐ-UBND)',
    );
  });
  it('permissions added and removed', () => {
    expect(permissionChanges(['read a', 'read b'], ['read b', 'publish a'])).toEqual([
      { field: 'quyền thêm', old: null, new: 'publish a' },
      { field: 'quyền bỏ', old: 'read a', new: null },
    ]);
    expect(permissionChanges(['x'], ['x'])).toEqual([]);
  });
});

describe('auditCsv', () => {
  it('writes Vietnamese time, labels and the changes, formulas kept as text', () => {
    const entry: AuditEntry = {
      id: 1,
      at: '2026-12-04T18:30:00.000Z',
      action: 'update',
      contentType: 'api::article.article',
      itemId: 'abc',
      title: '=HYPERLINK("x")',
      actorKind: 'admin',
      actorId: '1',
      actorName: 'Nguyễn Văn A (a@x.gov.vn)',
      address: '203.0.113.9',
      changes: [{ field: 'title', old: 'Cũ', new: 'Mới' }],
      summary: null,
    };
    const csv = auditCsv([entry], () => 'Tin bài');
    const [header, row] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('Thời gian,Người thực hiện,Thao tác,Loại nội dung,Mã nội dung,Tiêu đề,Thay đổi,Địa chỉ IP');
    expect(row).toBe(`05/12/2026 01:30,Nguyễn Văn A (a@x.gov.vn),Sửa,Tin bài,abc,"'=HYPERLINK(""x"")",title: Cũ → Mới,203.0.113.9`);
  });
});
