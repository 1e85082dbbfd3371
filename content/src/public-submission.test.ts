import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { bodyLimit, PUBLIC_BODY_LIMITS, submissionStatus } from './public-submission.ts';

describe('submissionStatus: one mapping for the API and the form pages', () => {
  eachCase(submissionStatus, [
    [{ kind: 'accepted', id: 'a', receipt: 'GY-2026-7K3Q9M', acknowledgement: 'queued', repeat: false }, 202],
    [{ kind: 'accepted', id: null, receipt: null, acknowledgement: null, repeat: true }, 200],
    [{ kind: 'spam' }, 202],
    [{ kind: 'invalid', errors: { name: 'x' } }, 400],
    [{ kind: 'refused', reason: 'too-large', message: 'x' }, 413],
    [{ kind: 'refused', reason: 'cross-origin', message: 'x' }, 403],
    [{ kind: 'refused', reason: 'token-missing', message: 'x' }, 400],
    [{ kind: 'refused', reason: 'token-invalid', message: 'x' }, 403],
    [{ kind: 'refused', reason: 'unsupported-type', message: 'x' }, 415],
    [{ kind: 'not-found', message: 'x' }, 404],
    [{ kind: 'closed', message: 'x' }, 409],
    [{ kind: 'rate-limited', retryAfter: 60, message: 'x' }, 429],
    [{ kind: 'unavailable', retryAfter: 30, message: 'x' }, 503],
  ], '%j → %i');
});

describe('bodyLimit', () => {
  it.each([
    ['application/json', true, PUBLIC_BODY_LIMITS.text],
    ['application/x-www-form-urlencoded; charset=utf-8', true, PUBLIC_BODY_LIMITS.text],
    ['Multipart/Form-Data; boundary=x', true, PUBLIC_BODY_LIMITS.multipart],
    ['multipart/form-data; boundary=x', false, PUBLIC_BODY_LIMITS.text],
    [null, true, PUBLIC_BODY_LIMITS.text],
  ])('%s (files: %s) → %i', (type, files, limit) => expect(bodyLimit(type, files)).toBe(limit));

  it('fits a comment of the longest content, url-encoded, and the attachments in multipart', () => {
    const body = new URLSearchParams({ content: 'ệ'.repeat(20_000), name: 'ễ'.repeat(200), organization: 'ộ'.repeat(300) }).toString();
    expect(Buffer.byteLength(body)).toBeLessThan(PUBLIC_BODY_LIMITS.text);
    expect(PUBLIC_BODY_LIMITS.multipart).toBeGreaterThan(30 * 1024 * 1024);
  });
});
