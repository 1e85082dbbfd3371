import { describe, expect, it } from 'vitest';
import { checkTerms, DEFAULT_SORT, hasFilters, listSearch, parseListQuery } from './list-query.ts';

const parse = (search: string, allowPageSize = false) =>
  parseListQuery(new URLSearchParams(search), { allowPageSize, maxYear: 2027 });

describe('parseListQuery: valid input', () => {
  it.each([
    ['', {}],
    ['type=quyet-dinh', { type: 'quyet-dinh' }],
    ['issuer=uy-ban-nhan-dan-tinh-song-hong&field=cong-nghe-thong-tin', { issuer: 'uy-ban-nhan-dan-tinh-song-hong', field: 'cong-nghe-thong-tin' }],
    ['year=2026', { year: 2026 }],
    ['year=1945', { year: 1945 }],
    ['status=partially-expired', { status: 'partially-expired' }],
    ['sort=number', { sort: 'number' }],
    ['page=3', { page: 3 }],
    // A form submitted with "Tất cả" sends empty values: no filter.
    ['type=&issuer=&field=&year=&status=&sort=issued-desc', {}],
    ['type=+chi-thi+', { type: 'chi-thi' }],
    // Unknown parameters are ignored.
    ['utm_source=zalo', {}],
  ])('%s', (search, expected) => {
    const result = parse(search);
    expect(result.ok).toBe(true);
    expect(result.query).toEqual({ sort: DEFAULT_SORT, page: 1, pageSize: 20, ...expected });
  });
});

describe('parseListQuery: invalid input gives a Vietnamese message naming the parameter', () => {
  it.each([
    ['type=Quyết định', 'type', 'Loại văn bản “Quyết định” không có trong danh mục.'],
    ['issuer=../../etc', 'issuer', 'Cơ quan ban hành “../../etc” không có trong danh mục.'],
    ['year=26', 'year', 'Năm ban hành “26” không hợp lệ: hãy nhập bốn chữ số, từ 1945 đến 2027.'],
    ['year=1800', 'year', 'Năm ban hành “1800” không hợp lệ: hãy nhập bốn chữ số, từ 1945 đến 2027.'],
    ['year=2030', 'year', 'Năm ban hành “2030” không hợp lệ: hãy nhập bốn chữ số, từ 1945 đến 2027.'],
    ['status=valid', 'status', 'Tình trạng hiệu lực “valid” không hợp lệ.'],
    ['sort=random', 'sort', 'Cách sắp xếp “random” không hợp lệ.'],
    ['page=0', 'page', 'Số trang “0” không hợp lệ: hãy dùng một số nguyên dương.'],
    ['page=-1', 'page', 'Số trang “-1” không hợp lệ: hãy dùng một số nguyên dương.'],
    ['page=2.5', 'page', 'Số trang “2.5” không hợp lệ: hãy dùng một số nguyên dương.'],
    ['page=abc', 'page', 'Số trang “abc” không hợp lệ: hãy dùng một số nguyên dương.'],
    ['type=a&type=b', 'type', 'Tham số “type” chỉ được dùng một lần.'],
  ])('%s', (search, field, message) => {
    const result = parse(search);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ field, message });
  });

  it('keeps the valid parameters when others are wrong', () => {
    const result = parse('type=quyet-dinh&year=abcd');
    expect(result.ok).toBe(false);
    expect(result.query.type).toBe('quyet-dinh');
    expect(result.query.year).toBeUndefined();
  });
});

describe('pageSize (JSON API only)', () => {
  it('is ignored by the HTML list', () => {
    expect(parse('pageSize=5').query.pageSize).toBe(20);
  });

  it.each([
    ['pageSize=1', 1],
    ['pageSize=100', 100],
  ])('%s is accepted', (search, size) => {
    expect(parse(search, true).query.pageSize).toBe(size);
  });

  it.each(['pageSize=0', 'pageSize=101', 'pageSize=ten'])('%s is rejected', (search) => {
    const result = parse(search, true);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.field).toBe('pageSize');
  });
});

describe('checkTerms', () => {
  const known = {
    type: new Set(['quyet-dinh', 'chi-thi']),
    issuer: new Set(['uy-ban-nhan-dan-tinh-song-hong']),
    field: new Set<string>(),
  };

  it('rejects a slug that names no term', () => {
    const { query } = parse('type=nghi-quyet&issuer=uy-ban-nhan-dan-tinh-song-hong');
    expect(checkTerms(query, known)).toEqual([{ field: 'type', message: 'Loại văn bản “nghi-quyet” không có trong danh mục.' }]);
  });

  it('accepts known slugs and absent filters', () => {
    expect(checkTerms(parse('type=chi-thi').query, known)).toEqual([]);
  });
});

describe('listSearch', () => {
  it('omits defaults and empties, keeps filters in a stable order', () => {
    const { query } = parse('sort=issued-desc&status=expired&type=chi-thi&page=1');
    expect(listSearch(query)).toBe('?type=chi-thi&status=expired');
    expect(listSearch(query, { page: 4 })).toBe('?type=chi-thi&status=expired&page=4');
    expect(listSearch(parse('').query)).toBe('');
    expect(listSearch(parse('sort=number').query, { page: 2 })).toBe('?sort=number&page=2');
  });

  it('knows whether a query filters', () => {
    expect(hasFilters(parse('sort=number&page=3').query)).toBe(false);
    expect(hasFilters(parse('year=2025').query)).toBe(true);
  });
});
