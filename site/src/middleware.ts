import { SearchUnavailableError } from '@cong/search';
import type { APIContext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { allowedMethods, PERMISSIONS_POLICY, strictTransportSecurity, takesWrites } from '../request-guard.mjs';
import { vi } from './i18n/vi.ts';
import { env } from '#lib/server/env.ts';
import { CmsUnavailableError, InvalidParamError, NotFoundError, RefusedRequestError } from '#lib/server/errors.ts';
import { IN_PROCESS_MAX_AGE_SECONDS, isCacheable, isPersonal, PRIVATE_CACHE_CONTROL, SHARED_CACHE_CONTROL } from '#lib/page-cache/policy.ts';
import { freshSeconds } from '#lib/page-cache/fresh-until.ts';
import { recordedTags } from '#lib/page-cache/request-tags.ts';

/**
 * The one place where errors become HTTP responses, and where every response gets its security and cache
 * headers. Pages and endpoints just throw NotFoundError / InvalidParamError / CmsUnavailableError /
 * SearchUnavailableError (search/src/errors.ts: no engine can answer → 503 with its own message).
 * - HTML routes render the Vietnamese 404 page or the 500/503 page (src/pages/500.astro), never a stack trace;
 * - /api/ routes answer JSON `{ error: { message, field? } }`, with CORS so any site can read them;
 * - feeds and files (/van-ban/rss.xml, /sitemap.xml, /tep/…, /du-lieu-mo/…) answer a short plain-text message.
 * Caching: a GET answered 200 that the page-cache policy allows (src/lib/page-cache/policy.ts) is handed to the
 * rendered-page cache with the tags of everything it read (`context.cache.set`); every answer tells shared
 * caches in front how long they may keep it (SHARED_CACHE_CONTROL unless the route said otherwise).
 * Methods: OPTIONS is answered here (204 with Allow); a POST to a route that takes no writes is a 405 here,
 * before its body is read (request-guard.mjs has the table; the other methods never reach Astro).
 */

const RETRY_AFTER_SECONDS = '30';
const HSTS = strictTransportSecurity(env);
const ERROR_PAGES = new Set(['/404', '/500']);

const HTML_CSP = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  // Astro inlines small stylesheets. Scripts only from this site's own files (the text-size control, a
  // progressive enhancement); never inline (JSON-LD is data, not executed).
  "style-src 'self' 'unsafe-inline'",
  // Progressive enhancement only: small scripts from this site (never inline, never third-party).
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

type Kind = 'api' | 'plain' | 'html';

function kindOf(pathname: string): Kind {
  if (pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/tep/') || pathname.startsWith('/du-lieu-mo/') || pathname.endsWith('.xml') || pathname.endsWith('.vcf')) return 'plain';
  return 'html';
}

export const onRequest = defineMiddleware(async (context, next) => {
  const kind = kindOf(context.url.pathname);
  const method = context.request.method;
  let response: Response;
  try {
    if (method === 'OPTIONS') {
      response = new Response(null, { status: 204, headers: { Allow: allowedMethods(context.url.pathname) } });
      return withStandardHeaders(response, kind);
    }
    // The error pages are where a refused POST is rewritten to: they answer it.
    if (method === 'POST' && !takesWrites(context.url.pathname) && !ERROR_PAGES.has(context.url.pathname)) {
      throw new RefusedRequestError(405, vi.publicInput.methodNotAllowed, { Allow: allowedMethods(context.url.pathname) });
    }
    response = await next();
    if (isCacheable(method, context.url.pathname, context.url.searchParams, response.status) && !/no-store|private/.test(response.headers.get('Cache-Control') ?? '')) {
      // Tags recorded while rendering (the CMS client, the search routes): what this answer showed. A route that
      // said no-store or private about its own answer is never kept.
      // A page whose content turns with the clock within a second is not kept at all.
      const maxAge = freshSeconds(IN_PROCESS_MAX_AGE_SECONDS);
      if (maxAge > 0) context.cache.set({ maxAge, tags: recordedTags() });
    }
  } catch (error) {
    response = await errorResponse(error, kind, context);
  }
  return withStandardHeaders(response, kind, isPersonal(context.url.pathname, context.url.searchParams));
});

async function errorResponse(error: unknown, kind: Kind, context: APIContext): Promise<Response> {
  const status = statusOf(error);
  if (error instanceof CmsUnavailableError) {
    console.error(`[site] ${context.request.method} ${context.url.pathname}: ${error.message}\n  hint: ${error.hint}`);
  } else if (error instanceof SearchUnavailableError) {
    console.error(`[site] ${context.request.method} ${context.url.pathname}: ${error.message}`, error.cause ?? '');
  } else if (status === 500) {
    console.error(`[site] ${context.request.method} ${context.url.pathname}:`, error);
  }

  const headers: Record<string, string> = error instanceof RefusedRequestError ? { ...error.headers } : {};
  if (status >= 500) {
    headers['Cache-Control'] = 'no-store';
    if (status === 503) headers['Retry-After'] = RETRY_AFTER_SECONDS;
  }

  if (kind === 'api') {
    const body = {
      error: {
        message: publicMessage(error, status),
        ...(error instanceof InvalidParamError ? { field: error.field } : {}),
      },
    };
    return Response.json(body, { status, headers });
  }
  if (kind === 'plain') {
    return new Response(`${publicMessage(error, status)}\n`, {
      status,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  context.locals.failure = status === 503 ? 'unavailable' : status === 400 || status === 405 ? 'bad-request' : 'error';
  if (error instanceof InvalidParamError || error instanceof RefusedRequestError || error instanceof SearchUnavailableError) context.locals.failureMessage = error.message;
  const page = await context.rewrite(status === 404 ? '/404' : '/500');
  const merged = new Headers(page.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(page.body, { status, headers: merged });
}

function statusOf(error: unknown): number {
  if (error instanceof RefusedRequestError) return error.status;
  if (error instanceof InvalidParamError) return 400;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof CmsUnavailableError || error instanceof SearchUnavailableError) return 503;
  return 500;
}

function publicMessage(error: unknown, status: number): string {
  if (error instanceof InvalidParamError || error instanceof RefusedRequestError) return error.message;
  if (status === 404) return error instanceof NotFoundError && error.message ? error.message : vi.api.routeNotFound;
  if (error instanceof SearchUnavailableError) return error.message;
  if (status === 503) return vi.api.unavailable;
  return vi.api.serverError;
}

function withStandardHeaders(response: Response, kind: Kind, personal = false): Response {
  let headers = response.headers;
  try {
    headers.set('X-Content-Type-Options', 'nosniff');
  } catch {
    // Some responses (a proxied fetch) carry immutable headers: copy them.
    response = new Response(response.body, response);
    headers = response.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
  }
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Permissions-Policy', PERMISSIONS_POLICY);
  if (HSTS) headers.set('Strict-Transport-Security', HSTS);
  if (kind === 'api') {
    if (headers.get('Content-Type') === 'application/json') headers.set('Content-Type', 'application/json; charset=utf-8');
    // Any site may read the API; none may write through a visitor's browser: POST is not offered to other
    // origins (the public-input pipeline refuses cross-origin posts; programs without an Origin may post).
    headers.set('Access-Control-Allow-Origin', '*');
    headers.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    headers.set('Access-Control-Allow-Headers', 'Content-Type');
  }
  const type = headers.get('Content-Type') ?? '';
  if (type.startsWith('text/html')) {
    if (type === 'text/html') headers.set('Content-Type', 'text/html; charset=utf-8');
    // `astro dev` injects Vite's client and styles as scripts; the policy is for the built site.
    if (!import.meta.env.DEV && !headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', HTML_CSP);
    headers.set('X-Frame-Options', 'SAMEORIGIN');
  }
  if (personal) headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
  else if (!headers.has('Cache-Control')) headers.set('Cache-Control', response.status < 500 ? SHARED_CACHE_CONTROL : 'no-store');
  return response;
}
