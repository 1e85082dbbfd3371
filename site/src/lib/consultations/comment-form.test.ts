import { describe, expect, it } from 'vitest';
import { commentInput } from './comment-form.ts';
import { FormSigner } from '../public-input/form-guard.ts';

const KEY = 'k'.repeat(32);

describe("the comment form's token (the public forms' signer with the comment's ages)", () => {
  const signer = new FormSigner(KEY, { minAgeMs: 2_000, maxAgeMs: 86_400_000 });
  const t0 = Date.parse('2026-11-26T03:00:00Z');
  const token = signer.issue(t0);
  it.each([
    ['a human a minute later', token, t0 + 60_000, 'ok'],
    ['a robot at once', token, t0 + 500, 'too-fast'],
    ['a form left open for two days', token, t0 + 2 * 86_400_000, 'expired'],
    ['a forged token', `${t0.toString(36)}.nonce.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, t0 + 60_000, 'malformed'],
    ['a missing token', undefined, t0, 'malformed'],
  ] as const)('%s → %s', (_name, value, now, expected) => {
    const check = signer.check(value, now);
    expect(check.ok ? 'ok' : check.reason).toBe(expected);
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
