import { describe, expect, it } from 'vitest';
import { readAtMost, readPublicBody } from './body.ts';

/** A request whose body arrives in chunks and counts how many were pulled. */
function streamed(chunks: number, chunkBytes: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  const request = new Request('http://site.test/hoi-dap', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('readPublicBody (M3)', () => {
  it('refuses by Content-Length before reading a byte', async () => {
    const { request, pulled } = streamed(400, 64 * 1024, { 'content-type': 'application/json', 'content-length': String(20 * 1024 * 1024) });
    expect(await readPublicBody(request, { json: true, files: true })).toEqual({ ok: false, reason: 'too-large' });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('refuses a body without a length once it passes the limit, dropping the rest as it comes', async () => {
    const { request, pulled } = streamed(320, 64 * 1024, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(await readPublicBody(request, { json: false, files: false })).toEqual({ ok: false, reason: 'too-large' });
    // Read to the end (so the 413 can be sent on the connection), none of it kept.
    expect(pulled()).toBe(320);
  });

  it('takes multipart up to the attachment limit only where the route takes files', async () => {
    const form = new FormData();
    form.set('name', 'A');
    form.append('attachments', new Blob([new Uint8Array(512 * 1024)]), 'a.pdf');
    const make = () => new Request('http://site.test/x', { method: 'POST', body: form });
    expect((await readPublicBody(make(), { json: true, files: true })).ok).toBe(true);
    expect(await readPublicBody(make(), { json: true, files: false })).toEqual({ ok: false, reason: 'too-large' });
  });

  it.each<[string, BodyInit, string, string]>([
    ['invalid UTF-8 JSON', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), 'application/json', 'malformed'],
    ['a JSON array', '[1,2]', 'application/json', 'malformed'],
    ['a JSON string', '"x"', 'application/json', 'malformed'],
    ['broken JSON', '{"a":', 'application/json', 'malformed'],
    ['text/plain', 'a=1', 'text/plain', 'unsupported-type'],
    ['XML', '<a/>', 'application/xml', 'unsupported-type'],
    ['multipart without boundary', '--x\r\n', 'multipart/form-data', 'malformed'],
    ['truncated multipart', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1', 'multipart/form-data; boundary=x', 'malformed'],
  ])('%s → %s', async (_label, body, type, reason) => {
    const request = new Request('http://site.test/x', { method: 'POST', body, headers: { 'content-type': type } });
    expect(await readPublicBody(request, { json: true, files: true })).toEqual({ ok: false, reason });
  });

  it('reads a JSON object and a url-encoded form', async () => {
    const json = await readPublicBody(new Request('http://s/x', { method: 'POST', body: '{"name":"Lê"}', headers: { 'content-type': 'application/json; charset=utf-8' } }), { json: true, files: false });
    expect(json).toMatchObject({ ok: true, fields: { name: 'Lê' } });
    const form = await readPublicBody(new Request('http://s/x', { method: 'POST', body: new URLSearchParams({ name: 'Lê' }) }), { json: false, files: false });
    expect(form).toMatchObject({ ok: true, fields: { name: 'Lê' } });
  });

  it('readAtMost counts bytes', async () => {
    expect(await readAtMost(new Request('http://s/', { method: 'POST', body: 'abcd' }), 3)).toBe('too-large');
    expect(await readAtMost(new Request('http://s/', { method: 'POST', body: 'abc' }), 3)).toEqual(new TextEncoder().encode('abc'));
  });
});
