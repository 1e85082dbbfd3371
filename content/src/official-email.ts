import { z } from 'zod';

/**
 * Thư điện tử công vụ (Chỉ thị 34/2008/CT-TTg): the directory may only list addresses on the agency's official
 * domains. The domains are configuration (OFFICIAL_EMAIL_DOMAINS, comma-separated); `.gov.vn` by default, so any
 * `…@<unit>.gov.vn` passes. A configured domain matches itself and its sub-domains.
 */
export const DEFAULT_OFFICIAL_DOMAINS: readonly string[] = ['gov.vn'];

const EMAIL = z.email();

/** Reads OFFICIAL_EMAIL_DOMAINS ("songhong.gov.vn, example.vn"); empty → the default. Leading dots and "@" are ignored. */
export function parseOfficialDomains(raw: string | undefined | null): string[] {
  const domains = (raw ?? '')
    .split(/[,\s]+/)
    .map((d) => d.trim().toLowerCase().replace(/^[@.]+/, ''))
    .filter(Boolean);
  return domains.length > 0 ? [...new Set(domains)] : [...DEFAULT_OFFICIAL_DOMAINS];
}

export type EmailCheck = { ok: true; value: string } | { ok: false; error: string };

/** Validates one address: well-formed and on an official domain. The error says how to fix it, in Vietnamese. */
export function checkOfficialEmail(raw: string, domains: readonly string[] = DEFAULT_OFFICIAL_DOMAINS): EmailCheck {
  const value = raw.trim().toLowerCase();
  if (!EMAIL.safeParse(value).success) {
    return { ok: false, error: `“${raw.trim()}” không phải là địa chỉ thư điện tử hợp lệ. Hãy nhập dạng ten@donvi.gov.vn.` };
  }
  const host = value.slice(value.lastIndexOf('@') + 1);
  if (!domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
    const list = domains.map((d) => `@…${d.startsWith('.') ? d : `.${d}`}`.replace('@….', '@…')).join(', ');
    return {
      ok: false,
      error:
        `Địa chỉ “${value}” không thuộc tên miền thư điện tử công vụ (${domains.join(', ')}). ` +
        `Danh bạ chỉ đăng hộp thư công vụ (Chỉ thị 34/2008/CT-TTg); hãy dùng địa chỉ dạng ${list} ` +
        'hoặc nhờ quản trị viên bổ sung tên miền vào OFFICIAL_EMAIL_DOMAINS.',
    };
  }
  return { ok: true, value };
}
