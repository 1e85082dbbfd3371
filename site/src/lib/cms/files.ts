/**
 * Attachments: the public downloads them from this site under /tep/…, which streams them from the CMS's
 * /uploads/… (the CMS is never exposed). Also how their format and size are written.
 */

export const FILE_ROUTE_PREFIX = '/tep/';
const UPLOADS_PREFIX = '/uploads/';

/**
 * The public URL of a CMS media URL: '/uploads/nd-43_ab12.pdf' → '/tep/nd-43_ab12.pdf'. Absolute URLs on the
 * CMS itself are rewritten the same way; absolute URLs elsewhere (an object store or CDN configured as Strapi's
 * upload provider) are public already and kept.
 */
export function publicFileUrl(cmsUrl: string, cmsBase: string): string {
  let path = cmsUrl;
  const base = cmsBase.replace(/\/+$/, '');
  if (path.startsWith(`${base}/`)) path = path.slice(base.length);
  if (path.startsWith(UPLOADS_PREFIX)) return FILE_ROUTE_PREFIX + path.slice(UPLOADS_PREFIX.length);
  return cmsUrl;
}

// Strapi names uploads `<name>_<hash>.<ext>` from [A-Za-z0-9_-]; a sub-folder may be configured.
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;

/**
 * The CMS path ('/uploads/…') for the part of a /tep/ URL after the prefix, or null when it is not a plain
 * relative file path: no '..', no absolute paths, no encoded slashes or backslashes, no hidden files.
 */
export function uploadPathFor(requested: string): string | null {
  if (requested.length === 0 || requested.length > 400) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(requested);
  } catch {
    return null;
  }
  const segments = decoded.split('/');
  if (segments.length > 3) return null;
  for (const segment of segments) {
    if (!SAFE_SEGMENT.test(segment) || segment.includes('..')) return null;
  }
  return UPLOADS_PREFIX + segments.join('/');
}

/** "PDF", "DOCX" from an extension with or without its dot. */
export function fileFormat(ext: string): string {
  return ext.replace(/^\./, '').toUpperCase();
}

// Decimal units, as Strapi's media library counts them (its `size` is bytes / 1000).
const KB = 1000;
const MB = 1000 * 1000;

/** A byte count in Vietnamese style: "850 byte", "246 KB", "1,5 MB" (decimal comma, one decimal for MB). */
export function formatFileSize(bytes: number): string {
  if (bytes < KB) return `${new Intl.NumberFormat('vi-VN').format(bytes)} byte`;
  if (bytes < MB) {
    return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / KB)))} KB`;
  }
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / MB)} MB`;
}

/** Strapi reports media sizes in kilobytes of 1000 bytes (a float, two decimals); the content model counts bytes. */
export function kilobytesToBytes(kilobytes: number): number {
  return Math.round(kilobytes * KB);
}
