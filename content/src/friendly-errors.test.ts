import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues, fieldErrors, firstIssue, FriendlyParseError, issuePath, parseWithFriendlyErrors } from './friendly-errors.ts';

const Schema = z.object({
  name: z.string({ error: 'Nhập họ và tên.' }).min(1, { error: 'Nhập họ và tên.' }),
  email: z.email({ error: 'Địa chỉ thư điện tử chưa đúng.' }),
  meta: z.object({ total: z.number({ error: 'total phải là số.' }) }),
});
const error = Schema.safeParse({ name: '', email: 'x', meta: { total: 'a' } }).error!;

describe('friendly zod errors', () => {
  it('says where each issue sits and joins them for operators', () => {
    expect(describeIssues(error)).toMatchInlineSnapshot(`"name: Nhập họ và tên.; email: Địa chỉ thư điện tử chưa đúng.; meta.total: total phải là số."`);
    expect(describeIssues(error, { limit: 1 })).toMatchInlineSnapshot(`"name: Nhập họ và tên.; (và 2 lỗi khác)"`);
    expect(describeIssues(error, { separator: '\n  - ', where: (i) => `AGENCY_${issuePath(i).toUpperCase()}` })).toMatchInlineSnapshot(`
      "AGENCY_NAME: Nhập họ và tên.
        - AGENCY_EMAIL: Địa chỉ thư điện tử chưa đúng.
        - AGENCY_META.TOTAL: total phải là số."
    `);
    expect(describeIssues(error, { messagesOnly: true, limit: 2 })).toBe('Nhập họ và tên.; Địa chỉ thư điện tử chưa đúng.; (và 1 lỗi khác)');
  });

  it('names the whole value "(gốc)"', () => {
    expect(describeIssues(z.string({ error: 'Phải là chữ.' }).safeParse(1).error!)).toBe('(gốc): Phải là chữ.');
  });

  it('gives the first problem with its field, for a 400 naming one parameter', () => {
    expect(firstIssue(error)).toEqual({ field: 'name', message: 'Nhập họ và tên.' });
    expect(firstIssue(z.string({ error: 'Sai.' }).safeParse(1).error!, 'q')).toEqual({ field: 'q', message: 'Sai.' });
    expect(firstIssue({ issues: [] })).toEqual({ field: 'form', message: 'Dữ liệu không hợp lệ.' });
  });

  it('gives one message per field for a form, the first of each, only for the fields it shows', () => {
    const twice = z.object({ a: z.string().min(3, { error: 'Ít nhất 3 ký tự.' }).regex(/^x/, { error: 'Bắt đầu bằng x.' }) });
    expect(fieldErrors(twice.safeParse({ a: 'y' }).error!)).toEqual({ a: 'Ít nhất 3 ký tự.' });
    expect(fieldErrors(error, { fields: ['name', 'email'] })).toEqual({ name: 'Nhập họ và tên.', email: 'Địa chỉ thư điện tử chưa đúng.' });
    expect(fieldErrors(z.object({}).strict().safeParse(5).error!, { fallback: 'form' })).toEqual({ form: expect.any(String) });
  });

  it('parses, or throws with a headline and every issue', () => {
    expect(parseWithFriendlyErrors(Schema.shape.meta, { total: 3 }, 'Sai')).toEqual({ total: 3 });
    const thrown = (() => {
      try {
        parseWithFriendlyErrors(Schema, { name: 'An', email: 'an@songhong.gov.vn', meta: {} }, 'Cấu hình không hợp lệ');
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(FriendlyParseError);
    expect((thrown as Error).message).toBe('Cấu hình không hợp lệ: meta.total: total phải là số.');
    expect((thrown as FriendlyParseError).issues).toHaveLength(1);
  });
});
