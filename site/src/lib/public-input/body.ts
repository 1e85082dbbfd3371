import { bodyLimit } from '@cong/content';

/**
 * Reads a public write's body without ever holding more than its limit: the declared Content-Length is checked
 * before a byte is read, then the bytes are counted as they stream in and reading stops at the limit (a body
 * sent in chunks declares no length). JSON must be one object in valid UTF-8; url-encoded and multipart forms
 * are parsed by the platform (undici's FormData). The limits are the content model's (`bodyLimit`): a few
 * hundred kilobytes for text, the attachments' limit for multipart where the route takes files.
 */
export type BodyRead =
  | { ok: true; fields: Record<string, unknown>; form: FormData | null }
  | { ok: false; reason: 'malformed' | 'unsupported-type' | 'too-large' };

export type BodyOptions = { json: boolean; files: boolean };

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

export async function readPublicBody(request: Request, options: BodyOptions): Promise<BodyRead> {
  const contentType = request.headers.get('content-type');
  const type = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  const isJson = options.json && (type === 'application/json' || type.endsWith('+json'));
  if (!isJson && !FORM_TYPES.has(type)) return { ok: false, reason: 'unsupported-type' };
  if (type === 'multipart/form-data' && !/boundary=/i.test(contentType ?? '')) return { ok: false, reason: 'malformed' };

  const limit = bodyLimit(contentType, options.files);
  const declared = request.headers.get('content-length');
  // server.mjs's request guard refuses a declared body over this same limit before Astro; this is for a server
  // without it (astro dev). A body without a declared length is counted as it arrives.
  if (declared !== null && Number(declared) > limit) return { ok: false, reason: 'too-large' };
  const bytes = await readAtMost(request, limit);
  if (bytes === 'too-large' || bytes === 'failed') return { ok: false, reason: bytes === 'too-large' ? 'too-large' : 'malformed' };

  if (isJson) {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'malformed' };
    return { ok: true, fields: value as Record<string, unknown>, form: null };
  }
  try {
    const form = await new Response(bytes, { headers: { 'content-type': contentType! } }).formData();
    const fields: Record<string, unknown> = {};
    for (const [key, value] of form) if (!(key in fields)) fields[key] = value;
    return { ok: true, fields, form };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/**
 * The body's bytes, or 'too-large' once more than `limit` arrived. The rest of a body sent in chunks is read and
 * dropped, never kept: cancelling the stream would tear down the connection before the 413 could be sent (the
 * adapter stops any body at its own bodySizeLimit, the largest a route takes).
 */
export async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large' | 'failed'> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await discardRest(reader);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'failed';
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    while (!(await reader.read()).done);
  } catch {
    // The adapter's limit was reached, or the client went away: nothing more to read either way.
  }
}
