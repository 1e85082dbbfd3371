import { describe, expect, it } from 'vitest';
import { isCacheable, isPersonal } from './policy.ts';

const q = (query = '') => new URLSearchParams(query);

describe('what the rendered-page cache keeps', () => {
  it.each([
    ['GET', '/', '', 200, true],
    ['GET', '/van-ban', 'page=2', 200, true],
    ['GET', '/tim-kiem', 'q=thư', 200, true],
    ['GET', '/api/v1/search', 'q=chữ ký số', 200, true],
    ['GET', '/van-ban/rss.xml', '', 200, true],
    ['GET', '/hoi-dap', '', 200, true],
    ['GET', '/hoi-dap', 'ma=HD-1', 200, false],
    ['POST', '/du-thao/x', '', 200, false],
    ['HEAD', '/', '', 200, false],
    ['GET', '/van-ban/khong-co', '', 404, false],
    ['GET', '/', '', 503, false],
    ['GET', '/readyz', '', 200, false],
    ['GET', '/healthz', '', 200, false],
    ['GET', '/500', '', 200, false],
    ['GET', '/tep/bao-cao.pdf', '', 200, false],
    ['GET', '/danh-gia', '', 200, false],
    ['GET', '/du-lieu-mo', '', 200, false],
    ['GET', '/du-lieu-mo/van-ban.jsonl', '', 200, false],
    ['GET', '/du-lieu-mo/danh-muc.json', '', 200, false],
    ['GET', '/du-lieu-mo-khac', '', 200, true],
  ] as const)('%s %s?%s answered %i → %s', (method, path, query, status, expected) => {
    expect(isCacheable(method, path, q(query), status)).toBe(expected);
  });

  it('keeps the Q&A lookup by code out of every cache', () => {
    expect(isPersonal('/hoi-dap', q('ma=HD-2026-0001'))).toBe(true);
    expect(isPersonal('/hoi-dap', q())).toBe(false);
    // A subscription mail's links carry their secret: never kept, by the site or a proxy.
    expect(isPersonal('/nhan-tin/huy', q('t=abc'))).toBe(true);
    expect(isPersonal('/nhan-tin/xac-nhan', q())).toBe(true);
    expect(isPersonal('/nhan-tin', q('chu-de=van-ban'))).toBe(false);
  });
});
