import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HmacSha256 } from './hmac.ts';

describe('HmacSha256', () => {
  it.each([0, 16, 32, 64, 65, 200])('gives the same signature as createHmac for a %i-byte key', (length) => {
    const key = randomBytes(length);
    const hmac = new HmacSha256(key);
    for (const payload of ['', 'mx9j.84689ee6-d5bd|rate|/van-ban', 'key:nguyen@example.vn', 'Tiếng Việt có dấu']) {
      expect(hmac.sign(payload)).toBe(createHmac('sha256', key).update(payload).digest('base64url'));
    }
  });

  it('signs again and again from the same prepared state', () => {
    const hmac = new HmacSha256(Buffer.from('bí mật đủ dài 16+'));
    expect(hmac.sign('a')).toBe(hmac.sign('a'));
    expect(hmac.sign('a')).not.toBe(hmac.sign('b'));
  });
});
