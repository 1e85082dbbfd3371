import { createHash, type Hash } from 'node:crypto';

/**
 * HMAC-SHA256 (RFC 2104) with the key's inner and outer pads hashed once: each signature copies the two prepared
 * hash states (Hash#copy) instead of creating an Hmac, which hashes both pads again every time. Same bytes as
 * `createHmac('sha256', key)`, several times faster — and every view of a cached page with a form signs a fresh
 * token (src/lib/page-cache/per-view-fields.ts), so signing is most of what such a view costs.
 */
export class HmacSha256 {
  readonly #inner: Hash;
  readonly #outer: Hash;

  constructor(key: Buffer) {
    const block = Buffer.alloc(64);
    (key.length > 64 ? createHash('sha256').update(key).digest() : key).copy(block);
    const ipad = Buffer.alloc(64);
    const opad = Buffer.alloc(64);
    for (let i = 0; i < 64; i++) {
      ipad[i] = block[i]! ^ 0x36;
      opad[i] = block[i]! ^ 0x5c;
    }
    this.#inner = createHash('sha256').update(ipad);
    this.#outer = createHash('sha256').update(opad);
  }

  sign(payload: string): string {
    return this.#outer.copy().update(this.#inner.copy().update(payload).digest()).digest('base64url');
  }
}
