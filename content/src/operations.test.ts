import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { acceptRequestId, loggablePath, newRequestId } from './operations.ts';

describe('acceptRequestId', () => {
  it.each([
    ['abc-123_X.y', 'abc-123_X.y'],
    ['', null],
    ['a'.repeat(65), null],
    ['has space', null],
    ['line\nbreak', null],
    ['"quoted"', null],
    [undefined, null],
    [['a', 'b'], null],
  ])('%j → %j', (value, expected) => {
    expect(acceptRequestId(value as string | string[] | undefined)).toBe(expected);
  });

  it('a fresh id is itself accepted', () => {
    expect(acceptRequestId(newRequestId())).not.toBeNull();
  });
});

describe('loggablePath', () => {
  eachCase(loggablePath, [
    ['/van-ban/abc', '/van-ban/abc'],
    ['/tim-kiem?q=thuế&page=2', '/tim-kiem?q=thuế&page=2'],
    ['/hoi-dap/tra-cuu?code=HD-2026-1&email=a@b.vn', '/hoi-dap/tra-cuu?code=…&email=…'],
    ['/x?access_token=s3cr3t&flag', '/x?access_token=…&flag'],
  ]);

  it('cuts very long targets', () => {
    expect(loggablePath(`/${'a'.repeat(2000)}`).length).toBeLessThanOrEqual(513);
  });
});
