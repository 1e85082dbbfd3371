import { describe, expect, it } from 'vitest';
import { checkFormToken, commentInput, issueFormToken } from './comment-form.ts';

const KEY = 'k'.repeat(32);

describe('form token', () => {
  const t0 = Date.parse('2026-11-26T03:00:00Z');
  const token = issueFormToken(t0, KEY);
  it.each([
    ['a human a minute later', token, t0 + 60_000, 'ok'],
    ['a robot at once', token, t0 + 500, 'too-fast'],
    ['a form left open for two days', token, t0 + 2 * 86_400_000, 'expired'],
    ['a forged token', `${t0}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, t0 + 60_000, 'invalid'],
    ['a missing token', undefined, t0, 'invalid'],
  ] as const)('%s → %s', (_name, value, now, expected) => {
    expect(checkFormToken(value, now, 2, KEY)).toBe(expected);
  });
});

describe('commentInput', () => {
  it('keeps the comment fields of a form and drops the rest', () => {
    const form = new FormData();
    form.set('name', 'An');
    form.set('content', 'Nội dung');
    form.set('website', 'spam');
    expect(commentInput(form)).toEqual({ name: 'An', content: 'Nội dung' });
  });
});
