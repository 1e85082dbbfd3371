import { describe, expect, it } from 'vitest';
import { hitUrl } from './search-document.ts';

describe('hitUrl', () => {
  it.each([
    ['/van-ban/15-ct-ttg', 'dieu-3', '/van-ban/15-ct-ttg#dieu-3'],
    ['/van-ban/15-ct-ttg', null, '/van-ban/15-ct-ttg'],
    ['/du-thao/du-thao-a', undefined, '/du-thao/du-thao-a'],
    // A row of a list page keeps its own fragment: there is no article on that page to go to.
    ['/dich-vu-cong#thu-tuc-abc', 'dieu-3', '/dich-vu-cong#thu-tuc-abc'],
  ])('%s at %s → %s', (url, anchor, expected) => {
    expect(hitUrl(url, anchor)).toBe(expected);
  });
});
