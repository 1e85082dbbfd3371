import { describe, expect, it } from 'vitest';
import { resolveCmsUrl } from './operator-cms.ts';

describe('resolveCmsUrl: which CMS `npm run import` and `reindex` talk to', () => {
  it.each([
    ['--cms first', { flag: 'http://cms.tinh.gov.vn', env: { CMS_URL: 'http://x', CMS_PORT: '2' }, recorded: 'http://127.0.0.1:3' }, 'http://cms.tinh.gov.vn', 'flag'],
    ['then CMS_URL', { env: { CMS_URL: 'http://10.0.0.5:1337', CMS_PORT: '2' }, recorded: 'http://127.0.0.1:3' }, 'http://10.0.0.5:1337', 'CMS_URL'],
    ['then CMS_PORT, as npm start took it', { env: { CMS_PORT: '11337' }, recorded: 'http://127.0.0.1:3' }, 'http://127.0.0.1:11337', 'CMS_PORT'],
    ['then the address the local CMS recorded', { env: {}, recorded: 'http://127.0.0.1:11337' }, 'http://127.0.0.1:11337', 'recorded'],
    ['else port 1337', { env: {} }, 'http://127.0.0.1:1337', 'default'],
  ] as const)('%s', (_label, sources, url, from) => {
    expect(resolveCmsUrl(sources)).toEqual({ url, from });
  });
});
