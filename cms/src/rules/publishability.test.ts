import { describe, expect, it } from 'vitest';
import { consultationPublishProblem, legalDocumentPublishProblem } from './publishability';

const complete = {
  title: 'Dự thảo Quy định về quản lý chợ',
  receivingUnit: 'Sở Công Thương',
  receivingAddress: '1 Đường Hùng Vương',
  receivingEmail: 'sct@songhong.gov.vn',
  opensAt: '2026-11-01T01:00:00.000Z',
  closesAt: '2026-12-01T01:00:00.000Z',
};

describe('a consultation draft may be published', () => {
  it('with every required field and a window of at least the minimum', () => {
    expect(consultationPublishProblem(complete, 20)).toBeNull();
    expect(consultationPublishProblem(complete, 30)).toBeNull();
  });

  it.each([
    ['title', 'tên dự thảo'],
    ['receivingUnit', 'đơn vị tiếp nhận ý kiến'],
    ['receivingAddress', 'địa chỉ đơn vị tiếp nhận'],
    ['receivingEmail', 'thư điện tử đơn vị tiếp nhận'],
  ] as const)('not without %s, named in Vietnamese', (field, label) => {
    const problem = consultationPublishProblem({ ...complete, [field]: '' }, 20);
    expect(problem?.message).toBe(`Chưa thể xuất bản: dự thảo còn thiếu ${label}. Bổ sung rồi xuất bản lại.`);
  });

  it('names every missing field at once', () => {
    expect(consultationPublishProblem({ opensAt: complete.opensAt, closesAt: complete.closesAt }, 20)?.message).toMatch(
      /tên dự thảo, đơn vị tiếp nhận ý kiến, địa chỉ đơn vị tiếp nhận, thư điện tử đơn vị tiếp nhận\./,
    );
  });

  it('not with a window shorter than the minimum, pointing at the end of the window', () => {
    const problem = consultationPublishProblem(complete, 31);
    expect(problem).toMatchObject({ field: 'closesAt' });
    expect(problem?.message).toMatch(/ngắn hơn tối thiểu 31 ngày/);
  });

  it('reads the window as the database returns it (Date from PostgreSQL, number from SQLite)', () => {
    const asDates = { ...complete, opensAt: new Date(complete.opensAt), closesAt: new Date(complete.closesAt) };
    const asNumbers = { ...complete, opensAt: Date.parse(complete.opensAt), closesAt: Date.parse(complete.closesAt) };
    expect(consultationPublishProblem(asDates, 20)).toBeNull();
    expect(consultationPublishProblem(asNumbers, 20)).toBeNull();
    expect(consultationPublishProblem({ ...complete, closesAt: null }, 20)?.message).toMatch(/cần nhập thời điểm bắt đầu và thời điểm kết thúc/);
  });
});

describe('a legal document may be published', () => {
  const document = { number: '15/2026/QĐ-UBND', issuedDate: '2026-03-02', title: 'Quyết định ban hành quy chế', documentType: { id: 1 }, issuingBody: { id: 2 } };

  it('with the statutory minimum', () => {
    expect(legalDocumentPublishProblem(document)).toBeNull();
  });

  it.each([
    ['number', 'số ký hiệu'],
    ['issuedDate', 'ngày ban hành'],
    ['title', 'trích yếu'],
    ['documentType', 'loại văn bản'],
    ['issuingBody', 'cơ quan ban hành'],
  ] as const)('not without %s', (field, label) => {
    expect(legalDocumentPublishProblem({ ...document, [field]: null })?.message).toBe(
      `Chưa thể xuất bản: văn bản còn thiếu ${label}. Bổ sung rồi xuất bản lại.`,
    );
  });
});
