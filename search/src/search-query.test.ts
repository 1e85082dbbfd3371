import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_RESULT_WINDOW, sanitizeQueryText, SearchQuerySchema } from './search-query.ts';

describe('SearchQuerySchema', () => {
  it('applies defaults and coerces URL strings', () => {
    expect(SearchQuerySchema.parse({ q: ' văn bản ', page: '2', pageSize: '20', year: '2012' })).toEqual({ q: 'văn bản', page: 2, pageSize: 20, year: 2012, kind: undefined, type: undefined });
    expect(SearchQuerySchema.parse({})).toMatchObject({ q: '', page: 1, pageSize: 10 });
  });

  it('reads `type` as a content kind or a document type slug', () => {
    expect(SearchQuerySchema.parse({ type: 'legal-document' })).toMatchObject({ kind: 'legal-document', type: undefined });
    expect(SearchQuerySchema.parse({ type: 'chi-thi' })).toMatchObject({ kind: undefined, type: 'chi-thi' });
    expect(SearchQuerySchema.parse({ type: '' })).toMatchObject({ type: undefined });
  });

  it(`refuses queries over ${MAX_QUERY_LENGTH} characters with a hint in Vietnamese`, () => {
    expect(SearchQuerySchema.safeParse({ q: 'a'.repeat(MAX_QUERY_LENGTH) }).success).toBe(true);
    const result = SearchQuerySchema.safeParse({ q: 'a'.repeat(MAX_QUERY_LENGTH + 1) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/quá dài.*rút gọn/);
  });

  it.each([
    [{ page: 0 }, /Số trang/],
    [{ pageSize: 51 }, /tối đa 50/],
    [{ page: 101, pageSize: 10 }, new RegExp(`${MAX_RESULT_WINDOW}`)],
    [{ status: 'valid' }, /./],
  ])('refuses %o', (input, message) => {
    const result = SearchQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});

describe('sanitizeQueryText', () => {
  it('normalises to NFC, drops control and zero-width characters, collapses spaces', () => {
    expect(sanitizeQueryText(' văn\u200b bản\u0000\n\tđiện   tử '.normalize('NFD'))).toBe('văn bản điện tử');
  });
});
