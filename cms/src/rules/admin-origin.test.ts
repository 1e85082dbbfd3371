import { describe, expect, it } from 'vitest';
import { adminOrigins } from './admin-origin';

const envOf = (values: Record<string, string>) => (name: string, fallback?: string) => values[name] ?? fallback;

describe('adminOrigins', () => {
  it('is the origin of CMS_PUBLIC_URL alone when set (path and trailing slash dropped)', () => {
    expect(adminOrigins(envOf({ CMS_PUBLIC_URL: 'https://cms.songhong.gov.vn/admin/', PORT: '1337' }))).toEqual(['https://cms.songhong.gov.vn']);
  });
  it('falls back to the local addresses of the port', () => {
    expect(adminOrigins(envOf({ PORT: '1400' }))).toEqual(['http://localhost:1400', 'http://127.0.0.1:1400']);
  });
});
