import { describe, expect, it } from 'vitest';
import { FormSigner } from './form-guard.ts';
import { MemoryState } from '../shared-state/memory.ts';
import { FORM_LIMITS, limitKey, overLimit } from './limits.ts';

const secret = 'the-forms-secret-of-every-replica';

describe('limitKey', () => {
  const keyer = new FormSigner(secret);
  it('is the same on two replicas that share the forms secret, and another with another secret', () => {
    expect(limitKey(new FormSigner(secret), 'question', 'ip', '203.0.113.9')).toBe(limitKey(keyer, 'question', 'ip', '203.0.113.9'));
    expect(limitKey(new FormSigner('another-secret-of-sixteen'), 'question', 'ip', '203.0.113.9')).not.toBe(limitKey(keyer, 'question', 'ip', '203.0.113.9'));
  });
  it('counts one mailbox however it is written (mailboxKey)', () => {
    const key = limitKey(keyer, 'question', 'mail', 'nguyenvana@gmail.com');
    expect(limitKey(keyer, 'question', 'mail', ' Nguyen.Van.A+hoidap@Gmail.com ')).toBe(key);
    expect(limitKey(keyer, 'question', 'mail', 'nguyenvanb@gmail.com')).not.toBe(key);
  });
  it('keeps forms and kinds apart, and holds no address in clear', () => {
    const keys = [limitKey(keyer, 'question', 'ip', '203.0.113.9'), limitKey(keyer, 'comment', 'ip', '203.0.113.9'), limitKey(keyer, 'rating', 'ip', '203.0.113.9'), limitKey(keyer, 'question', 'mail', '203.0.113.9')];
    expect(new Set(keys).size).toBe(4);
    expect(keys[0]).toMatch(/^limit:question:ip:[A-Za-z0-9_-]{32}$/);
    for (const key of keys) expect(key).not.toContain('203.0.113');
  });
});

describe('overLimit', () => {
  const keyer = new FormSigner(secret);
  it('holds the address limit, then the mailbox limit across addresses', async () => {
    const state = new MemoryState();
    const { address, mailbox } = FORM_LIMITS.question;
    for (let i = 0; i < address.limit; i++) expect(await overLimit(state, keyer, 'question', '198.51.100.1', `a${i}@x.vn`)).toBeNull();
    expect(await overLimit(state, keyer, 'question', '198.51.100.1', 'new@x.vn')).toBeGreaterThan(3000);
    for (let i = 0; i < mailbox.limit; i++) expect(await overLimit(state, keyer, 'question', `198.51.100.${10 + i}`, 'Same@X.vn')).toBeNull();
    expect(await overLimit(state, keyer, 'question', '198.51.100.99', 'same@x.vn')).toBeGreaterThan(3000);
  });
  it('has no mailbox limit for a rating', async () => {
    const state = new MemoryState();
    for (let i = 0; i < FORM_LIMITS.rating.address.limit; i++) expect(await overLimit(state, keyer, 'rating', '198.51.100.7')).toBeNull();
    expect(await overLimit(state, keyer, 'rating', '198.51.100.7')).not.toBeNull();
    expect(await overLimit(state, keyer, 'rating', '198.51.100.8')).toBeNull();
  });
});
