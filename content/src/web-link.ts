/**
 * Links an editor types (the national portal's page of a draft, a procedure's online service, the map, related
 * portals) become `href`s on the public site: only absolute http(s) addresses, so `javascript:`, `data:` and
 * other schemes never reach a page, whatever the site's CSP would do with them.
 */
export const WEB_LINK_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'api::consultation.consultation': ['nationalPortalUrl'],
  'api::public-service.public-service': ['portalUrl'],
  'api::agency-profile.agency-profile': ['mapUrl'],
  'api::related-link.related-link': ['url'],
};

/** The Vietnamese message for a link that is not an absolute http(s) address, or null when it is (or is empty). */
export function webLinkProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `“${text.slice(0, 80)}” không phải là địa chỉ web đầy đủ. Hãy nhập địa chỉ bắt đầu bằng https:// (hoặc http://).`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Chỉ nhận địa chỉ web bắt đầu bằng https:// hoặc http:// (không nhận “${url.protocol}”).`;
  }
  if (!url.hostname) return 'Địa chỉ web phải có tên miền, ví dụ https://dichvucong.gov.vn/…';
  return null;
}
