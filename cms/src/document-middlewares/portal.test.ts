import { describe, expect, it } from 'vitest';
import { checkWrite } from './portal';
import { AGENCY_PROFILE, CONSULTATION, OFFICIAL, PUBLIC_SERVICE, RELATED_LINK, STATISTIC_REPORT, UNIT } from '../model/uids';
import { checkWebLinks } from './portal';

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

  it.each([
    [RELATED_LINK, 'url'],
    [PUBLIC_SERVICE, 'portalUrl'],
    [AGENCY_PROFILE, 'mapUrl'],
  ])('refuses a javascript: link in %s.%s with a Vietnamese message (L9)', (uid, field) => {
    expect(() => checkWrite(uid, { [field]: 'javascript:alert(1)' }, ['gov.vn'])).toThrow(/https:\/\//);
    expect(() => checkWrite(uid, { [field]: 'https://dichvucong.gov.vn/' }, ['gov.vn'])).not.toThrow();
  });
  it('checks the national portal link of a draft too', () => {
    expect(() => checkWebLinks(CONSULTATION, { nationalPortalUrl: 'data:text/html,x' })).toThrow(/data:/);
    expect(() => checkWebLinks(CONSULTATION, { nationalPortalUrl: null })).not.toThrow();
  });
});
