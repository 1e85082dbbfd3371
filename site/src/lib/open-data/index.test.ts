import { describe, expect, it } from 'vitest';
import { openDataDir } from './index.ts';

describe('openDataDir', () => {
  it.each([
    [{ SITE_OPEN_DATA_DIR: '/srv/open-data' }, '/srv/open-data'],
    [{ SEARCH_DB_PATH: '/srv/cong/data/search.db' }, '/srv/cong/data/open-data'],
    [{ CONG_DATA_DIR: '/var/lib/cong' }, '/var/lib/cong/open-data'],
    [{}, '.data/open-data'],
  ])('%j → %s', (source, expected) => expect(openDataDir(source)).toBe(expected));
});
