import { describe, expect, it } from 'vitest';
import { serviceLink } from './public-service.ts';

describe('serviceLink: "Nộp trực tuyến" only for what can be filed online (audit D18)', () => {
  const url = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.009876';
  it.each([
    ['toan-trinh', 'submit'],
    ['mot-phan', 'submit'],
    ['truc-tiep', 'guide'],
    [null, 'guide'],
  ] as const)('level %s → %s', (level, kind) => {
    expect(serviceLink({ level, portalUrl: url })).toEqual({ kind, url });
  });
  it('no link without a portal address', () => {
    expect(serviceLink({ level: 'toan-trinh', portalUrl: null })).toBeNull();
  });
});
