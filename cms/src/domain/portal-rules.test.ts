import { describe, expect, it } from 'vitest';
import { checkWrite } from './portal-rules';
import { OFFICIAL, RELATED_LINK, STATISTIC_REPORT, UNIT } from './uids';

describe('checkWrite', () => {
  it.each([
    [OFFICIAL, { email: 'a@songhong.gov.vn' }, true],
    [OFFICIAL, { email: 'a@gmail.com' }, false],
    [UNIT, { email: 'vp@gmail.com' }, false],
    [UNIT, { name: 'Không có email' }, true],
    [RELATED_LINK, { email: 'a@gmail.com' }, true],
    [STATISTIC_REPORT, { figures: [{ label: 'Quý I', value: 3 }] }, true],
    [STATISTIC_REPORT, { figures: [{ label: 'Quý I', value: 'ba' }] }, false],
  ])('%s %j → ok=%s', (uid, data, ok) => {
    const run = () => checkWrite(uid, { ...data }, ['gov.vn']);
    if (ok) expect(run).not.toThrow();
    else expect(run).toThrow(/thư điện tử|Số liệu/);
  });
  it('stores the address in lower case', () => {
    const data = { email: 'VP@SongHong.gov.vn' };
    checkWrite(OFFICIAL, data, ['gov.vn']);
    expect(data.email).toBe('vp@songhong.gov.vn');
  });
});
