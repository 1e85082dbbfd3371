import type { APIRoute } from 'astro';
import { vi } from '../../i18n/vi.ts';
import { cms } from '#lib/cms/cms-client.ts';
import { CmsUnavailableError, NotFoundError } from '#lib/server/errors.ts';
import { uploadPathFor } from '#lib/cms/files.ts';
import { requestIdHeader } from '#lib/server/request-context.ts';

/**
 * /tep/<file>: streams an attachment from the CMS's /uploads/<file>, so the public never talks to the CMS.
 * Read-only, path-sanitised, no token sent (uploads are public in Strapi). Range and conditional requests pass
 * through (PDF viewers fetch by ranges). Only formats a browser shows safely are served inline; anything else
 * downloads, and never runs as a page of this site.
 */

const FORWARDED_REQUEST_HEADERS = ['if-none-match', 'if-modified-since', 'if-range'];
/** One range, as PDF viewers ask: "bytes=0-1023", "bytes=1024-", "bytes=-500". Anything else is ignored (RFC 9110 §14.2). */
const SINGLE_RANGE = /^bytes=(?:\d{1,15}-\d{0,15}|-\d{1,15})$/;
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'etag', 'last-modified'];
const INLINE_TYPES = /^(application\/pdf|image\/(png|jpeg|gif|webp|avif)|text\/plain)\b/i;
/** Strapi names uploads with a content hash, so a URL's bytes do not change; a day keeps it simple to replace. */
const FILE_CACHE = 'public, max-age=86400';

const proxy: APIRoute = async ({ params, request }) => {
  const path = uploadPathFor(params.path ?? '');
  if (!path) throw new NotFoundError(vi.files.notFound);

  const headers = new Headers(requestIdHeader());
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const range = request.headers.get('range')?.trim();
  if (range && SINGLE_RANGE.test(range)) headers.set('range', range);
  let upstream: Response;
  try {
    // CMS_TIMEOUT_MS covers the wait for headers only (cms-client.ts `file`).
    upstream = await cms().file(path, { method: request.method, headers });
  } catch (error) {
    // Strapi answers a range past the end with a broken 206 (Content-Range "bytes 99999-770/771") that fetch
    // rejects: that is the client's unsatisfiable range (416), not the CMS being down.
    if (headers.has('range')) {
      const size = await fileSize(path);
      if (size !== null) return rangeNotSatisfiable(size);
    }
    throw new CmsUnavailableError(`file ${path}: ${String(error)}`, 'Check that Strapi serves /uploads at CMS_URL.', {
      cause: error,
    });
  }

  if (upstream.status === 404 || upstream.status === 403 || (upstream.status >= 300 && upstream.status < 400 && upstream.status !== 304)) {
    await upstream.body?.cancel();
    throw new NotFoundError(vi.files.notFound);
  }
  if (upstream.status === 416) {
    await upstream.body?.cancel();
    return rangeNotSatisfiable(Number(/\/(\d+)$/.exec(upstream.headers.get('content-range') ?? '')?.[1] ?? NaN));
  }
  if (!upstream.ok && upstream.status !== 304) {
    await upstream.body?.cancel();
    throw new CmsUnavailableError(`file ${path}: CMS answered ${upstream.status}`, 'See the Strapi log.');
  }

  const out = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  const filename = path.split('/').pop() ?? 'tep';
  const type = out.get('content-type') ?? 'application/octet-stream';
  const disposition = INLINE_TYPES.test(type) ? 'inline' : 'attachment';
  out.set('Content-Disposition', `${disposition}; filename="${filename}"`);
  out.set('Cache-Control', FILE_CACHE);
  // Nothing served from here may run script in the site's origin (an uploaded HTML or SVG file, say). PDFs
  // and images cannot, and a CSP on them can stop the browser's own PDF viewer.
  if (disposition === 'attachment') out.set('Content-Security-Policy', "default-src 'none'; sandbox");
  return new Response(request.method === 'HEAD' ? null : upstream.body, { status: upstream.status, headers: out });
};

/** The file's size by a HEAD to the CMS, or null when that fails too (then the CMS is what is wrong). */
async function fileSize(path: string): Promise<number | null> {
  try {
    const head = await cms().file(path, { method: 'HEAD' });
    const size = Number(head.headers.get('content-length'));
    return head.ok && Number.isFinite(size) ? size : null;
  } catch {
    return null;
  }
}

function rangeNotSatisfiable(size: number): Response {
  return new Response(`${vi.files.rangeNotSatisfiable}\n`, {
    status: 416,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...(Number.isFinite(size) ? { 'Content-Range': `bytes */${size}` } : {}) },
  });
}

export const GET = proxy;
export const HEAD = proxy;
