/**
 * Serialises a nested object into Strapi's qs-style query string (`filters[slug][$eq]=…`, `fields[0]=name`).
 * Keys keep their insertion order and brackets stay literal, so one logical request always yields the same
 * string: that string is the response-cache key.
 */
export type StrapiParams = { [key: string]: StrapiParam };
export type StrapiParam = string | number | boolean | null | undefined | StrapiParam[] | StrapiParams;

export function toQueryString(params: StrapiParams): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: StrapiParam): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(prefix ? `${prefix}[${key}]` : key, item);
    } else {
      pairs.push(`${prefix}=${encodeURIComponent(String(value))}`);
    }
  };
  walk('', params);
  return pairs.join('&');
}
