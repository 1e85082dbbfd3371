import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { freePort, startSite, type Service } from '../../scripts/lib/services.ts';
import { SITE_DIR } from '../../scripts/lib/paths.ts';
import { commentToken, postComment } from '../support/consultation-stack.ts';

/**
 * Hostile input over every public endpoint of the site (issue 10, "Checked by"): every page route and /api/v1
 * route with injection strings in its parameters, every public write with oversized, malformed and mis-typed
 * bodies in every encoding, method confusion and header abuse. Asserted: no answer is a 5xx, no payload comes
 * back unescaped, nothing that should have been refused is stored (read back from the CMS with the importer's
 * token). Then one regression test per finding of the security review (shared/reviews/security-2026-12.md).
 *
 * Its own site processes in front of the stack's CMS, so their per-address limits are theirs:
 * `direct` trusts no proxy (a client reaching the site port directly); `proxied` trusts 127.0.0.1 (the test is
 * the agency's proxy) and is "in production" (https public URL: HSTS).
 */
const stack = inject('stack');
const cms = stack.cms.sqlite!;
const OPEN = demoConsultationSlugs.open;
const MARK = `HOSTILE${Date.now().toString(36)}`;
let direct: Service;
let proxied: Service;

beforeAll(async () => {
  const common = { cmsUrl: cms.url, cmsToken: cms.siteToken, cmsCommentToken: cms.commentToken, publicInputToken: cms.publicInputToken, quiet: true };
  [direct, proxied] = await Promise.all([
    freePort().then((port) => startSite({ ...common, port, env: { PUBLIC_HOLIDAYS: stack.publicHolidays } })),
    freePort().then((port) =>
      startSite({ ...common, port, publicUrl: 'https://congbao.songhong.example', env: { PUBLIC_HOLIDAYS: stack.publicHolidays, TRUSTED_PROXIES: '127.0.0.1, ::1' } }),
    ),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** node:http, because fetch refuses TRACE and CONNECT, sets its own Content-Length, and cannot stream a lie. */
function raw(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string | (() => AsyncIterable<Buffer>) } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      // 'close', not 'end': when the server closes a refused upload's connection, the answer is complete but
      // the socket may be torn down (EPIPE on our side) before 'end' is emitted.
      res.on('close', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => undefined);
    });
    // The server may answer and close before the whole body is sent: that is the point of some tests.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    // A connection closed with no answer at all is a failure to report, not a test that hangs until its timeout.
    req.on('close', () => setTimeout(() => reject(new Error(`${options.method ?? 'GET'} ${path}: connection closed without an answer`)), 1000).unref());
    const body = options.body;
    if (typeof body === 'function') {
      (async () => {
        for await (const chunk of body()) {
          if (req.destroyed) return;
          if (!req.write(chunk)) {
            await new Promise<void>((resolve) => {
              const go = () => (req.off('drain', go), req.off('close', go), resolve());
              req.on('drain', go).on('close', go);
            });
          }
        }
        req.end();
      })().catch(() => undefined);
    } else req.end(body);
  });
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '../../../../etc/passwd',
  '..%2F..%2Fadmin',
  'x\r\nSet-Cookie: hostile=1',
  'NUL\u0000byte',
  'Nghị định'.normalize('NFD'),
  '\u202eadmin\u202c',
  'a'.repeat(3000),
];
/**
 * A payload reflected unescaped is one that became markup: parsed as a browser would, the page has a script
 * holding `alert(1)`, or an element with an event-handler attribute, that the site did not write. A payload
 * shown as text or inside a quoted attribute value is escaped for its context. JSON and plain text are not
 * HTML (nosniff): they must say so in their Content-Type.
 */
function injectedMarkup(html: string): string[] {
  const found: string[] = [];
  let inScript = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script') inScript = true;
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}="${value}">`);
      }
      if (name === 'img' && attributes.src === 'x') found.push('<img src=x>');
    },
    ontext(text) {
      if (inScript && text.includes('alert(1)')) found.push(`<script>${text}</script>`);
    },
    onclosetag(name) {
      if (name === 'script') inScript = false;
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

function assertSafe(label: string, answer: { status: number; headers: Record<string, unknown>; body: string }) {
  expect(answer.status, `${label} → ${answer.status}`).toBeLessThan(500);
  expect(answer.status, label).toBeGreaterThanOrEqual(200);
  const type = String(answer.headers['content-type'] ?? '');
  if (answer.body !== '') {
    expect(type, `${label}: a body without its type`).not.toBe('');
    if (type.startsWith('text/html')) expect(injectedMarkup(answer.body), `${label} reflects markup`).toEqual([]);
    else {
      expect(answer.headers['x-content-type-options'], `${label}: nosniff`).toBe('nosniff');
      if (type.startsWith('application/json')) expect(() => JSON.parse(answer.body), label).not.toThrow();
    }
  }
  expect(JSON.stringify(answer.headers), label).not.toMatch(/hostile=1/);
}

/** Every route of the site, from its pages folder: dynamic segments filled with `fill`. */
function siteRoutes(fill: string): string[] {
  const root = join(SITE_DIR, 'src/pages');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/\.(astro|ts)$/.test(entry.name)) files.push(relative(root, join(dir, entry.name)));
    }
  };
  walk(root);
  return files.map((file) => {
    const path = `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`;
    return path.replace(/\[\.\.\.[a-z]+\]|\[[a-z]+\]/g, fill).replace(/\/$/, '') || '/';
  });
}

describe('every page and API route, with injection strings in the path and the query', () => {
  it('answers no 5xx and reflects nothing unescaped', { timeout: 240_000 }, async () => {
    const encoded = PAYLOADS.map((p) => encodeURIComponent(p));
    const urls = new Set<string>();
    for (const payload of [...encoded, '%E0%A4%A', '%C0%AE%C0%AE%2F', OPEN]) {
      for (const route of siteRoutes(payload)) {
        urls.add(route);
        urls.add(`${route}?q=${payload}&trang=${payload}&ma=${payload}&dieu=${payload}&type=${payload}&tuan=${payload}&page=${payload}&luu=1&t=${payload}&chu-de=${payload}&du-thao=${payload}&muc=${payload}`);
      }
    }
    expect(urls.size).toBeGreaterThan(200);
    const list = [...urls];
    for (let i = 0; i < list.length; i += 8) {
      await Promise.all(
        list.slice(i, i + 8).map(async (url) => {
          const answer = await raw(direct.url, url);
          assertSafe(`GET ${url}`, answer);
        }),
      );
    }
  });
});

describe('every public write, with hostile bodies', () => {
  // The subscription links take their secret from the URL: a well-formed one that no subscription has.
  const LINK = `t=${'a'.repeat(24)}.${'b'.repeat(43)}`;
  const WRITES = ['/api/v1/drafts/' + OPEN + '/comments', `/du-thao/${OPEN}`, '/hoi-dap', '/danh-gia', '/nhan-tin', `/nhan-tin/xac-nhan?${LINK}`, '/nhan-tin/huy'];
  /** Each route's valid token, so the hostile fields reach validation (and the form shown again) too. */
  const tokens: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    const page = (path: string) => fetch(`${direct.url}${path}`).then((r) => r.text());
    const [draft, questions, home, subscriptions] = await Promise.all([page(`/du-thao/${OPEN}`), page('/hoi-dap'), page('/'), page('/nhan-tin')]);
    tokens[WRITES[0]!] = { commentToken: await commentToken(direct.url, OPEN) };
    tokens[WRITES[1]!] = { formToken: /name="formToken" value="([^"]+)"/.exec(draft)![1]! };
    tokens[WRITES[2]!] = { 'form-token': /name="form-token" value="([^"]+)"/.exec(questions)![1]! };
    tokens[WRITES[3]!] = { 'form-token': /action="\/danh-gia"[\s\S]*?name="form-token" value="([^"]+)"/.exec(home)![1]! };
    tokens[WRITES[4]!] = { 'form-token': /action="\/nhan-tin"[\s\S]*?name="form-token" value="([^"]+)"/.exec(subscriptions)![1]! };
    tokens[WRITES[5]!] = {};
    tokens[WRITES[6]!] = {};
    await new Promise((r) => setTimeout(r, 3100)); // older than every form's minimum age
  });
  // Never valid as a whole (no consent, no valid rating, no subscription topic), so nothing may be stored whatever the fields hold.
  const fields = (value: string) => ({
    name: `${MARK} ${value}`,
    email: `hostile+${value}@example.vn`,
    phone: value,
    organization: value,
    content: `${MARK} ${value} ${value}`,
    subject: `${MARK} ${value}`,
    body: `${MARK} ${value} ${value} ${value}`,
    trang: value,
    muc: value,
    article: value,
    idempotencyKey: value,
    'chu-de': value,
    loai: value,
    'du-thao': value,
    t: value,
  });
  const bodies = (token: Record<string, string>): Array<[label: string, type: string, body: Buffer | string]> => [
    ['malformed JSON', 'application/json', '{"name":'],
    ['a JSON array', 'application/json', '[1,2,3]'],
    ['JSON with __proto__', 'application/json', `{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"name":"${MARK}"}`],
    ['invalid UTF-8 JSON', 'application/json', Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d])],
    ['invalid UTF-8 form', 'application/x-www-form-urlencoded', Buffer.concat([Buffer.from('name='), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(`&content=${MARK}&${new URLSearchParams(token)}`)])],
    ['UTF-16 JSON', 'application/json; charset=utf-16le', Buffer.from(JSON.stringify({ ...fields('utf16'), ...token }), 'utf16le')],
    ['text/plain', 'text/plain', `name=${MARK}`],
    ['XML', 'application/xml', `<comment><name>${MARK}</name></comment>`],
    ['no boundary', 'multipart/form-data', '--x\r\n'],
    ['truncated multipart', 'multipart/form-data; boundary=zz', `--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\n${MARK}`],
    ['gzip that is not', 'application/json', `{"name":"${MARK}"}`],
    ...PAYLOADS.map((p): [string, string, string] => [`JSON fields ${JSON.stringify(p).slice(0, 30)}`, 'application/json', JSON.stringify({ ...fields(p), ...token })]),
    ...PAYLOADS.map((p): [string, string, string] => [`form fields ${JSON.stringify(p).slice(0, 30)}`, 'application/x-www-form-urlencoded', new URLSearchParams({ ...fields(p), ...token }).toString()]),
  ];

  it.each(WRITES)('POST %s: no 5xx, nothing reflected unescaped', { timeout: 120_000 }, async (path) => {
    const statuses = new Set<number>();
    for (const [label, type, body] of bodies(tokens[path]!)) {
      const headers: Record<string, string> = { 'content-type': type, ...(label.startsWith('gzip') ? { 'content-encoding': 'gzip' } : {}) };
      const answer = await raw(direct.url, path, { method: 'POST', headers, body });
      assertSafe(`POST ${path} ${label}`, answer);
      statuses.add(answer.status);
    }
    // The hostile fields did reach validation (and, on the forms, were shown again escaped), not only the token check.
    // The subscription links refuse a secret no subscription has (403) before anything is relayed.
    expect(statuses.has(400) || path === '/danh-gia' || (path.startsWith('/nhan-tin/') && statuses.has(403))).toBe(true);
  });

  it('stored none of it: no comment, question or rating carries the marker', async () => {
    const auth = { authorization: `Bearer ${cms.importerToken}` };
    const read = async (path: string) => ((await (await fetch(`${cms.url}${path}`, { headers: auth })).json()) as any).data ?? [];
    expect(await read(`/api/public-comments?filters[content][$contains]=${MARK}`)).toEqual([]);
    expect(await read(`/api/public-comments?filters[name][$contains]=${MARK}`)).toEqual([]);
    expect(await read(`/api/questions?filters[subject][$contains]=${MARK}`)).toEqual([]);
    expect(await read('/api/page-ratings?filters[path][$contains]=script')).toEqual([]);
    expect(await read('/api/page-rating-totals?filters[path][$contains]=etc')).toEqual([]);
  });
});

describe('method confusion and header abuse', () => {
  it('a method Node does not even parse (TRACK, FOO) is its 400, never a 5xx', async () => {
    for (const method of ['TRACK', 'FOO']) expect((await raw(direct.url, '/', { method })).status).toBe(400);
  });

  // (CONNECT is Node's own: without a 'connect' listener it closes the connection, which is an answer too.)
  it.each(['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])('%s on a page and on the API: 405 with Allow, never 5xx', async (method) => {
    for (const path of ['/', `/du-thao/${OPEN}`, '/api/v1/documents', `/api/v1/drafts/${OPEN}/comments`]) {
      const answer = await raw(direct.url, path, { method });
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.allow, `${method} ${path}`).toMatch(/GET, HEAD/);
      if (path.startsWith('/api/')) expect(JSON.parse(answer.body).error.message).toMatch(/[à-ỹ]/);
    }
  });

  it('headers: huge, forged Host and X-Forwarded-*, bogus Range, bogus Origin', async () => {
    const answers = await Promise.all([
      raw(direct.url, '/', { headers: { 'x-huge': 'a'.repeat(20_000) } }),
      raw(direct.url, '/', { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' } }),
      raw(direct.url, '/tep/khong-co.pdf', { headers: { range: 'bytes=abc-def, 5-1, -' } }),
      raw(direct.url, '/', { headers: { origin: 'null', 'sec-fetch-site': 'cross-site' } }),
      raw(direct.url, '/api/v1/documents', { headers: { 'x-forwarded-for': '<script>alert(1)</script>' } }),
    ]);
    for (const answer of answers) assertSafe('header abuse', answer);
    expect(answers[0]!.status).toBe(431);
    expect(answers[1]!.body).not.toContain('evil.example');
  });
});

// ── Regression tests, one per finding of the review ─────────────────────────────────────────────────────────

const comment = (extra: Record<string, unknown> = {}) => ({
  name: 'Người Kiểm Tra',
  email: `kiem-tra-${Math.random().toString(36).slice(2)}@example.vn`,
  content: 'Đề nghị bổ sung thời hạn công bố thông tin.',
  consent: true,
  ...extra,
});

describe('H1: the comment API needs its token and refuses cross-origin posts', () => {
  it('refuses a post without the token (400), with a forged one (403), or from another site\'s page (403); CORS offers no POST', async () => {
    const url = `${direct.url}/api/v1/drafts/${OPEN}/comments`;
    const json = { 'content-type': 'application/json' };
    const none = await fetch(url, { method: 'POST', headers: json, body: JSON.stringify(comment()) });
    expect(none.status).toBe(400);
    expect((await none.json()).error.message).toMatch(/commentToken.*GET \/api\/v1\/drafts\//);
    const forged = await fetch(url, { method: 'POST', headers: json, body: JSON.stringify(comment({ commentToken: 'abc.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })) });
    expect(forged.status).toBe(403);
    const otherDraft = await commentToken(direct.url, demoConsultationSlugs.upcoming);
    expect((await fetch(url, { method: 'POST', headers: json, body: JSON.stringify(comment({ commentToken: otherDraft })) })).status).toBe(403);

    const token = await commentToken(direct.url, OPEN);
    const crossSite = await fetch(url, { method: 'POST', headers: { ...json, origin: 'https://evil.example' }, body: JSON.stringify(comment({ commentToken: token })) });
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).error.message).toMatch(/website khác/);
    // A plain form post from another site's page needs no preflight: refused all the same.
    const form = await fetch(url, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...comment(), consent: 'on', commentToken: token } as any) });
    expect(form.status).toBe(403);

    const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');

    // A program (no Origin) with the token is a usable public API; a double submit is one comment.
    const once = comment({ idempotencyKey: `h1-${MARK}` });
    const [a, b] = await Promise.all([postComment(direct.url, OPEN, once), postComment(direct.url, OPEN, once)]);
    expect([a.status, b.status]).toEqual([202, 202]);
    const [bodyA, bodyB] = [await a.json(), await b.json()];
    expect(bodyA.id).toBe(bodyB.id);
    expect(bodyA).toMatchObject({ status: 'pending' });
    expect(bodyA).toHaveProperty('receipt');
    expect(bodyA).toHaveProperty('acknowledgement');
  });
});

describe('M3: body limits before buffering; one bad item never fails its batch', () => {
  const rss = (service: Service) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${service.process.pid}/status`, 'utf8'))![1]) * 1024;

  it('refuses a 20 MB body by its Content-Length before reading it: a Vietnamese 413, the site\'s memory unchanged', { timeout: 60_000 }, async () => {
    const routes = [[`/api/v1/drafts/${OPEN}/comments`, 'application/json'], ['/hoi-dap', 'application/x-www-form-urlencoded'], [`/du-thao/${OPEN}`, 'application/x-www-form-urlencoded']] as const;
    // Each refusal once with a body just over the limit first, so that loading the error pages' code is not
    // counted as the big body's memory.
    const justOver = Buffer.alloc(300 * 1024, 0x61);
    for (const [path, type] of routes) {
      expect((await raw(direct.url, path, { method: 'POST', headers: { 'content-type': type, 'content-length': String(justOver.length) }, body: justOver })).status, path).toBe(413);
    }
    const before = rss(direct);
    const twenty = Buffer.alloc(20 * 1024 * 1024, 0x61);
    for (const [path, type] of routes) {
      const answer = await raw(direct.url, path!, { method: 'POST', headers: { 'content-type': type!, 'content-length': String(twenty.length) }, body: twenty });
      expect(answer.status, path).toBe(413);
      expect(answer.body, path).toMatch(/quá lớn/);
      // JSON for the API, the Vietnamese error page for a form.
      expect(answer.headers['content-type'], path).toMatch(path!.startsWith('/api/') ? /application\/json/ : /text\/html/);
    }
    // Larger than any route takes: refused by the server itself, before Astro.
    const huge = await raw(direct.url, '/hoi-dap', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(64 * 1024 * 1024) }, body: 'x' });
    expect(huge.status).toBe(413);
    expect(rss(direct) - before).toBeLessThan(10 * 1024 * 1024);
  });

  it('refuses a 20 MB body sent in chunks (no length) once it passes the limit', { timeout: 60_000 }, async () => {
    async function* chunks() {
      for (let i = 0; i < 320; i++) yield Buffer.alloc(64 * 1024, 0x61);
    }
    const api = await raw(direct.url, `/api/v1/drafts/${OPEN}/comments`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: chunks });
    expect(api.status).toBe(413);
    const page = await raw(direct.url, '/hoi-dap', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' }, body: chunks });
    expect(page.status).toBe(413);
    expect(page.body).toContain('quá lớn');
  });

  it('validates on the site before relaying: an oversized or invalid comment fails alone, the others arriving with it are stored', async () => {
    const good = Array.from({ length: 6 }, (_, i) => comment({ content: `Góp ý hợp lệ số ${i} gửi cùng lúc.` }));
    const bad = [comment({ content: 'x'.repeat(20_001) }), comment({ content: `NUL\u0000${MARK}` }), comment({ name: '\u200b\u200b' })];
    const answers = await Promise.all([...good, ...bad].map((c) => postComment(direct.url, OPEN, c)));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202, 202, 400, 400, 400]);
    const errors = await Promise.all(answers.slice(6).map(async (a) => (await a.json()).errors));
    expect(errors[0].content).toMatch(/dài quá/);
    expect(errors[1].content).toMatch(/ký tự điều khiển/);
    expect(errors[2].name).toMatch(/vô hình/);
  });
});

/** The rating form of a page, as a browser gets it. */
async function ratingForm(base: string, path: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${base}${path}`)).text();
  const form = html.slice(html.indexOf('action="/danh-gia"'));
  return { trang: /name="trang" value="([^"]*)"/.exec(form)![1]!, 'form-token': /name="form-token" value="([^"]+)"/.exec(form)![1]! };
}
const rate = (base: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${base}/danh-gia`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields) });

describe('M5 and L3: ratings only for pages the site rendered, one per address, rate-limited, no open redirect', () => {
  it('refuses a vote without the form\'s token, for another path than its page, or from another site', async () => {
    const form = await ratingForm(direct.url, '/gioi-thieu');
    await new Promise((r) => setTimeout(r, 1600));
    expect((await rate(direct.url, { trang: '/gioi-thieu', muc: 'hai-long' })).status).toBe(403);
    const elsewhere = await rate(direct.url, { ...form, trang: `/trang-khong-co-${MARK}`, muc: 'hai-long' });
    expect(elsewhere.status).toBe(403);
    expect((await rate(direct.url, { ...form, muc: 'hai-long' }, { origin: 'https://evil.example' })).status).toBe(403);
    const totals = (await (await fetch(`${cms.url}/api/page-rating-totals?filters[path][$contains]=${MARK}`, { headers: { authorization: `Bearer ${cms.importerToken}` } })).json()) as any;
    expect(totals.data).toEqual([]);
  });

  it('never links back off the site (/\\evil.example), and limits one address however often it votes', async () => {
    for (const trang of ['/\\evil.example/x', '//evil.example/x', 'https://evil.example/']) {
      const html = await (await rate(direct.url, { trang, muc: 'hai-long', 'form-token': 'x' })).text();
      expect(html).not.toMatch(/href="[^"]*evil\.example/);
      expect(html).toContain(`<a href="/">`);
    }
    const form = await ratingForm(direct.url, '/lien-he');
    await new Promise((r) => setTimeout(r, 1600));
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await rate(direct.url, { ...form, muc: 'hai-long' }, { 'user-agent': `UA-${i}` })).status);
    expect(statuses[0]).toBe(202);
    expect(statuses.slice(1, 27).every((s) => s === 200 || s === 429)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

/** The question form's token, and a question from one citizen (address given by the proxy header). */
async function questionToken(base: string): Promise<string> {
  const html = await (await fetch(`${base}/hoi-dap`)).text();
  return /name="form-token" value="([^"]+)"/.exec(html)![1]!;
}
const ask = (base: string, token: string, i: number, headers: Record<string, string> = {}) =>
  fetch(`${base}/hoi-dap`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ 'form-token': token, name: 'Người Hỏi', email: `hoi-${MARK}-${i}@example.vn`, subject: `Hỏi thử ${i}`, body: 'Xin hỏi thủ tục cấp phiếu lý lịch tư pháp mất bao lâu?', consent: 'yes' }),
  });

describe('M6 and M7: the client address comes from the trusted-proxy rule, for every form', () => {
  it('behind the proxy, one citizen\'s five questions an hour do not block another', { timeout: 30_000 }, async () => {
    const token = await questionToken(proxied.url);
    await new Promise((r) => setTimeout(r, 3100));
    const citizen = { 'x-forwarded-for': '203.0.113.10' };
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await ask(proxied.url, token, i, citizen)).status);
    expect(statuses.slice(0, 5).every((s) => s === 202 || s === 200)).toBe(true);
    expect(statuses[5]).toBe(429);
    expect((await ask(proxied.url, token, 99, { 'x-forwarded-for': '203.0.113.11' })).status).not.toBe(429);
  });

  it('reached directly, a forged X-Forwarded-For buys no fresh quota', { timeout: 30_000 }, async () => {
    const token = await questionToken(direct.url);
    await new Promise((r) => setTimeout(r, 3100));
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await ask(direct.url, token, 100 + i, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(statuses[5]).toBe(429);
  });
});

describe('L1: an unknown article is a 404; ?luu=1 downloads', () => {
  it.each(['tin-tuc', 'chi-dao-dieu-hanh', 'chien-luoc-quy-hoach', 'pho-bien-phap-luat', 'khoa-hoc-cong-nghe'])('/%s/<missing>', async (section) => {
    const response = await fetch(`${direct.url}/${section}/khong-co-bai-nay`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
    expect((await fetch(`${direct.url}/${section}?trang=abc`)).status).toBe(400);
  });

  it('an existing article saved with ?luu=1 comes as an attachment', async () => {
    const news = (await (await fetch(`${direct.url}/api/v1/news?pageSize=1`)).json()) as any;
    const path = new URL(news.data[0].url).pathname;
    const saved = await fetch(`${direct.url}${path}?luu=1`);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.html"$/);
  });
});

describe('L2 and I4: requests that used to answer 5xx or the wrong thing', () => {
  it('TRACE is a 405; POST where a route takes none is a 405 (JSON on /api, the error page elsewhere)', async () => {
    expect((await raw(direct.url, '/', { method: 'TRACE' })).status).toBe(405);
    const api = await fetch(`${direct.url}/api/v1/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(405);
    expect(api.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await api.json()).error.message).toMatch(/phương thức/);
    const page = await fetch(`${direct.url}/van-ban`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(page.status).toBe(405);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const del = await raw(direct.url, `/api/v1/drafts/${OPEN}/comments`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    expect(JSON.parse(del.body).error.message).toBeTruthy();
  });

  it('/_image is off', async () => {
    for (const path of ['/_image?href=/text-size.js', '/_image?href=https://evil.example/x.png&w=10', '/_image']) {
      const response = await fetch(`${direct.url}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it('/tep: an unsatisfiable Range is a 416, a garbled one is ignored', async () => {
    const form = new FormData();
    form.append('files', new Blob(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], { type: 'application/pdf' }), `range-${MARK}.pdf`);
    const uploaded = (await (await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${cms.importerToken}` }, body: form })).json()) as any;
    const file = `/tep/${String(uploaded[0].url).replace(/^.*\/uploads\//, '')}`;
    expect((await fetch(`${direct.url}${file}`)).status).toBe(200);
    const beyond = await fetch(`${direct.url}${file}`, { headers: { range: 'bytes=99999-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toMatch(/^bytes \*\/\d+$/);
    expect((await fetch(`${direct.url}${file}`, { headers: { range: 'bytes=0-9' } })).status).toBe(206);
    expect((await fetch(`${direct.url}${file}`, { headers: { range: 'bytes=abc' } })).status).toBe(200);
    expect((await fetch(`${direct.url}${file}`, { headers: { range: 'bytes=0-1,5-9' } })).status).toBe(200);
  });
});

describe('L10: NUL, controls and invisible-only text are refused with a clear message', () => {
  it.each([
    ['content', 'Nội dung có\u0000NUL', /ký tự điều khiển/],
    ['content', '\u200b'.repeat(8), /vô hình/],
    ['name', '\u202eadmin\u202c', /đảo chiều/],
  ])('%s = %j', async (field, value, message) => {
    const response = await postComment(direct.url, OPEN, comment({ [field]: value }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[field]).toMatch(message);
  });
});

describe('L12: HSTS in production, Permissions-Policy on every answer', () => {
  it('sends Permissions-Policy on pages, the API, assets, errors and refusals; HSTS only where the site is https', async () => {
    const answers = await Promise.all([
      raw(direct.url, '/'),
      raw(direct.url, '/api/v1/documents'),
      raw(direct.url, '/text-size.js'),
      raw(direct.url, '/khong-co-trang-nay'),
      raw(direct.url, '/', { method: 'TRACE' }),
    ]);
    for (const answer of answers) expect(answer.headers['permissions-policy']).toMatch(/camera=\(\)/);
    for (const answer of answers) expect(answer.headers['strict-transport-security']).toBeUndefined();
    for (const path of ['/', '/api/v1/documents', '/text-size.js']) {
      expect((await raw(proxied.url, path)).headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    }
  });
});

describe('I1: the form\'s token files one comment per sender; the receipt and acknowledgement contract', () => {
  it('a double submit of the form is one comment, another comment from the same sender with the same token is refused, someone else who saw the same page is not', async () => {
    // The token is the cached page's, shared by everyone who sees it (site/src/lib/public-input/form-use.ts).
    const html = await (await fetch(`${direct.url}/du-thao/${OPEN}`)).text();
    const token = /name="formToken" value="([^"]+)"/.exec(html)![1]!;
    expect(html).not.toContain('name="idempotencyKey"');
    await new Promise((r) => setTimeout(r, 2100));
    const send = (fields: Record<string, string>) =>
      fetch(`${direct.url}/du-thao/${OPEN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: direct.url },
        body: new URLSearchParams({ formToken: token, name: 'Lê Thị Biên Nhận', email: `bien-nhan-${MARK}@example.vn`, content: 'Góp ý để kiểm tra mã biên nhận.', consent: 'on', ...fields }),
      });
    const first = await send({});
    expect(first.status).toBe(202);
    const page = await first.text();
    expect(page).toContain('Đã nhận góp ý');
    // The citizen's reference is the receipt code (audit D16), never the CMS's internal id.
    const receipt = /Mã biên nhận: (GY-\d{4}-[0-9A-Z]{6})/.exec(page)![1]!;
    expect(page).not.toMatch(/mã [a-z0-9]{20,}/);
    const again = await send({});
    expect(again.status).toBe(202);
    expect(await again.text()).toContain(`Mã biên nhận: ${receipt}`);
    const other = await send({ content: 'Một góp ý khác dùng lại biểu mẫu cũ.' });
    expect(other.status).toBe(400);
    const otherPage = await other.text();
    expect(otherPage).toContain('đã được dùng để gửi một góp ý');
    expect(otherPage).toContain('Một góp ý khác dùng lại biểu mẫu cũ.');
    // The form shown again carries a token of its own: sent again after a moment, the comment is filed.
    const fresh = /name="formToken" value="([^"]+)"/.exec(otherPage)![1]!;
    expect(fresh).not.toBe(token);
    await new Promise((r) => setTimeout(r, 2100));
    const resent = await send({ formToken: fresh, content: 'Một góp ý khác dùng lại biểu mẫu cũ.' });
    expect(resent.status).toBe(202);
    expect(await resent.text()).not.toContain(receipt);
    // Another citizen who saw the same cached page sends with the same token: filed.
    const neighbour = await send({ name: 'Trần Văn Cùng Trang', email: `cung-trang-${MARK}@example.vn` });
    expect(neighbour.status).toBe(202);
    expect(await neighbour.text()).not.toContain(receipt);

    // A mail is promised only when the CMS queued one (mail configured, first acknowledgement today).
    const api = await (await postComment(direct.url, OPEN, comment())).json();
    if (api.acknowledgement !== 'queued') expect(page).not.toContain('Thư xác nhận');
  });
});
