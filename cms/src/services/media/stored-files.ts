import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * Where a media-library file's bytes are, for the CMS's own readers of originals (signature verification, text
 * extraction, the importer's "attached once" check): on this server's disk with Strapi's local upload provider
 * (a `/uploads/…` URL under the public folder), else at an http(s) URL (an object-store provider).
 */

/**
 * Whether an update of a media-library row gives it new bytes (the media library's "replace": a new `hash` and
 * `url` under the same row): whatever the CMS derived from the old bytes — the signature report, the text read,
 * the SHA-256 an import wrote — no longer describes the file.
 */
export function replacesFileBytes(data: Record<string, unknown> | undefined): boolean {
  return data !== undefined && ('hash' in data || 'url' in data);
}

/** The file on disk for a local-provider URL; null for any other URL, or one that would leave the public folder. */
export function localFilePath(strapi: Core.Strapi, url: string | null | undefined): string | null {
  if (!url?.startsWith('/uploads/')) return null;
  const publicDir = resolve(strapi.dirs.static.public);
  const path = resolve(publicDir, `.${url}`);
  return path.startsWith(publicDir + sep) ? path : null;
}

/** A media file's bytes, read from disk or fetched from its URL; throws, naming the URL, when neither works. */
export async function storedFileBytes(strapi: Core.Strapi, url: string | null | undefined): Promise<Uint8Array> {
  const path = localFilePath(strapi, url);
  if (path) return new Uint8Array(await readFile(path));
  if (url && /^https?:\/\//.test(url)) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  throw new Error(`${url ?? '(no URL)'}: neither a file under the public folder nor an http(s) URL`);
}
