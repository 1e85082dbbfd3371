/**
 * The rendered-page cache's key: the path and the query with its parameters sorted and the tracking ones
 * (utm_*, fbclid, …) dropped, so `/van-ban?b=2&a=1&utm_source=zalo` and `/van-ban?a=1&b=2` are one entry. No page
 * reads a tracking parameter, so dropping them cannot serve one page for another.
 */
const TRACKING = /^(utm_.*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|twclid|yclid|_ga|_gl|mc_cid|mc_eid|_hsenc|_hsmi|ref|zarsrc)$/i;
const BASE = 'http://cache.invalid';

/** Keys of recent request targets with a query: a spike repeats a few searches thousands of times a second. */
const recent = new Map<string, string>();

/** `pathname + sorted query`, from a request target (`/path?query`) as the HTTP request line carries it. */
export function cacheKey(target: string): string {
  // The common case (no query, plain ASCII path) needs no URL parse: what the URL parser would give back is the same.
  if (!target.includes('?') && /^\/[A-Za-z0-9/._~-]*$/.test(target) && !target.includes('/.')) return target;
  let key = recent.get(target);
  if (key === undefined) {
    const url = new URL(target, BASE);
    key = url.pathname + sortedQuery(url.searchParams);
    if (target.length <= 512) {
      if (recent.size >= 1000) recent.clear();
      recent.set(target, key);
    }
  }
  return key;
}

/** The key of a URL Astro already parsed (the provider's side: same result as cacheKey for the same request). */
export function cacheKeyOfUrl(url: URL): string {
  return url.pathname + sortedQuery(url.searchParams);
}

function sortedQuery(params: URLSearchParams): string {
  if (params.size === 0) return '';
  const kept = new URLSearchParams();
  for (const [name, value] of params) if (!TRACKING.test(name)) kept.append(name, value);
  kept.sort();
  const text = kept.toString();
  return text ? `?${text}` : '';
}
