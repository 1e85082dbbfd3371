import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { splitPerView, spliceGzip, spliceIdentity } from './per-view.ts';

const page = (token: string, key: string) =>
  `<!doctype html><html><body>${'<p>Dự thảo nghị định — điều khoản.</p>'.repeat(200)}` +
  `<form><input type="hidden" name="formToken" value="${token}" data-per-view="comment-token">` +
  `<input type="hidden" name="idempotencyKey" value="${key}" data-per-view="idempotency-key"></form>` +
  `${'<footer>Cổng thông tin</footer>'.repeat(50)}</body></html>`;

describe('per-view fields in a cached page', () => {
  const rendered = Buffer.from(page('issued.at.render', 'key-at-render'));
  const split = splitPerView(rendered)!;

  it('finds each per-view value, in order', () => {
    expect(split.slots).toEqual(['comment-token', 'idempotency-key']);
    expect(split.segments).toHaveLength(3);
  });

  it('gives back the page as rendered with the values it was rendered with', () => {
    expect(spliceIdentity(split, ['issued.at.render', 'key-at-render']).equals(rendered)).toBe(true);
  });

  it('splices fresh values into the identity bytes', () => {
    expect(spliceIdentity(split, ['t2.x.sig', 'k2']).toString()).toBe(page('t2.x.sig', 'k2'));
  });

  it('splices fresh values into one valid gzip member without compressing the page again', () => {
    for (const [token, key] of [['a.b.c', 'uuid-1'], ['', ''], ['x'.repeat(300), 'é'.repeat(3)]] as const) {
      const gz = spliceGzip(split, [token, key]);
      expect(gz.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
      // gunzipSync checks the CRC-32 and the length in the trailer.
      expect(gunzipSync(gz).toString()).toBe(page(token, key));
    }
  });

  it('keeps the gzip variant small (the static parts stay compressed)', () => {
    expect(spliceGzip(split, ['a', 'b']).length).toBeLessThan(rendered.length / 5);
  });

  it('leaves a page without per-view fields alone', () => {
    expect(splitPerView(Buffer.from('<input type="hidden" name="trang" value="/van-ban">'))).toBeNull();
  });
});
