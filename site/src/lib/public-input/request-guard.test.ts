import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
// The server's own guard (site/request-guard.mjs): plain JavaScript beside server.mjs, tested here.
import { allowedMethods, strictTransportSecurity, takesFiles, takesWrites } from '../../../request-guard.mjs';

describe('which routes take writes (I4: POST elsewhere is a 405)', () => {
  it.each([
    ['/du-thao/du-thao-a', true, true],
    ['/api/v1/drafts/du-thao-a/comments', true, true],
    ['/hoi-dap', true, false],
    ['/danh-gia', true, false],
    ['/nhan-tin', true, false],
    ['/nhan-tin/xac-nhan', true, false],
    ['/nhan-tin/huy', true, false],
    ['/nhan-tin/khac', false, false],
    ['/van-ban', false, false],
    ['/api/v1/drafts/du-thao-a', false, false],
    ['/du-thao/du-thao-a/gop-y.csv', false, false],
  ])('%s: writes %s, files %s', (path, writes, files) => {
    expect(takesWrites(path)).toBe(writes);
    expect(takesFiles(path)).toBe(files);
    expect(allowedMethods(path)).toBe(writes ? 'GET, HEAD, POST, OPTIONS' : 'GET, HEAD, OPTIONS');
  });
});

describe('strictTransportSecurity (L12: on by default in production)', () => {
  eachCase(strictTransportSecurity, [
    [{ PUBLIC_SITE_URL: 'https://congbao.songhong.gov.vn' }, 'max-age=31536000; includeSubDomains'],
    [{ PUBLIC_SITE_URL: 'http://localhost:4321', NODE_ENV: 'production' }, 'max-age=31536000; includeSubDomains'],
    [{ PUBLIC_SITE_URL: 'http://localhost:4321' }, null],
    [{ PUBLIC_SITE_URL: 'https://congbao.songhong.gov.vn', HSTS_MAX_AGE: '0' }, null],
    [{ PUBLIC_SITE_URL: 'http://localhost:4321', HSTS_MAX_AGE: 600 }, 'max-age=600; includeSubDomains'],
  ], '%j → %s');
});
