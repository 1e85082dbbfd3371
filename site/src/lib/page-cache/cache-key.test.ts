import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { cacheKey, cacheKeyOfUrl } from './cache-key.ts';

describe('the cache key', () => {
  eachCase(cacheKey, [
    ['/', '/'],
    ['/van-ban', '/van-ban'],
    ['/van-ban?b=2&a=1', '/van-ban?a=1&b=2'],
    ['/van-ban?utm_source=zalo&a=1&fbclid=x', '/van-ban?a=1'],
    ['/van-ban?utm_source=zalo', '/van-ban'],
    ['/tim-kiem?q=th%C6%B0%20%C4%91i%E1%BB%87n', '/tim-kiem?q=th%C6%B0+%C4%91i%E1%BB%87n'],
    ['/a/../van-ban', '/van-ban'],
  ]);

  it('is the same from the raw request target and from the URL Astro parsed', () => {
    for (const target of ['/tim-kiem?q=chữ ký số&page=2', '/du-thao/x?dieu=dieu-3&utm_medium=a', '/van-ban/15-ct-ttg']) {
      expect(cacheKey(target)).toBe(cacheKeyOfUrl(new URL(target, 'http://localhost:4321')));
    }
  });
});
