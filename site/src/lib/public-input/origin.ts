/**
 * Cross-origin writes are refused: a page on another site must not make a visitor's browser post a comment,
 * a question or a vote (the site keeps no cookies, but each such post would spend the visitor's address and
 * send mail in their name). Browsers say where a request comes from: Sec-Fetch-Site (every current browser,
 * and a page cannot forge it), else Origin. A request with neither is not a browser's form or fetch (curl, a
 * program using the public API) and is allowed: the API stays usable from anywhere, only not from other sites'
 * pages. Reads (GET) are not checked: the read API is open to any origin.
 */
export function isCrossOriginWrite(headers: Headers, ownOrigins: readonly string[]): boolean {
  const site = headers.get('sec-fetch-site');
  // "none": typed or bookmarked by the user; "same-origin": this site's own pages. "same-site" (a sibling
  // subdomain) is another site for this purpose.
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = headers.get('origin');
  if (origin === null) return false;
  return !ownOrigins.includes(origin);
}

/** The origins this site is reached under: the public URL, and the one the request itself was addressed to. */
export function ownOrigins(publicSiteUrl: string, requestUrl: URL): string[] {
  return [new URL(publicSiteUrl).origin, requestUrl.origin];
}
