import { describe, expect, it } from 'vitest';
import { eachCase } from './testing/index.ts';
import { checkOfficialEmail, parseOfficialDomains } from './official-email.ts';

describe('parseOfficialDomains', () => {
  eachCase(parseOfficialDomains, [
    [undefined, ['gov.vn']],
    ['', ['gov.vn']],
    ['songhong.gov.vn', ['songhong.gov.vn']],
    [' @SongHong.gov.vn, .example.vn  example.vn', ['songhong.gov.vn', 'example.vn']],
  ], '%j → %j');
});

describe('checkOfficialEmail', () => {
  it.each([
    ['vanphong@songhong.gov.vn', ['gov.vn'], true],
    ['VanPhong@SongHong.GOV.VN ', ['gov.vn'], true],
    ['a@gov.vn', ['gov.vn'], true],
    ['a@notgov.vn', ['gov.vn'], false],
    ['a@gmail.com', ['gov.vn'], false],
    ['a@sub.songhong.gov.vn', ['songhong.gov.vn'], true],
    ['a@hanoi.gov.vn', ['songhong.gov.vn'], false],
    ['khong-phai-email', ['gov.vn'], false],
  ])('%s on %j → %s', (email, domains, ok) => {
    const result = checkOfficialEmail(email, domains);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.error).toMatch(/thư điện tử/);
    else expect(result.value).toBe(email.trim().toLowerCase());
  });
  it('names the configured domains in the error', () => {
    const result = checkOfficialEmail('a@gmail.com', ['songhong.gov.vn']);
    expect(!result.ok && result.error).toContain('songhong.gov.vn');
  });
});
