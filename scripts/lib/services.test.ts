import { describe, expect, it } from 'vitest';
import { consoleLine } from './services.ts';

const request = (level: string, status: number) => JSON.stringify({ time: '2026-12-04T10:00:00.000Z', level, service: 'site', method: 'GET', path: '/van-ban', status, durationMs: 3.2, requestId: 'abc' });

describe('consoleLine: what npm start shows of a service', () => {
  it.each([
    ['a successful request', request('info', 200), 'stdout', null],
    ['a client error (404)', request('warn', 404), 'stdout', null],
    ['a failed request (500)', request('error', 500), 'stdout', 'GET /van-ban 500 3.2ms abc'],
    ["Strapi's coloured info line", '[2026-12-04 10:00:00.000] \x1b[32minfo\x1b[39m: Server started', 'stdout', null],
    ["Strapi's coloured warning", '[2026-12-04 10:00:00.000] \x1b[33mwarn\x1b[39m: [comments] SMTP_URL is not set', 'stdout', '[2026-12-04 10:00:00.000] \x1b[33mwarn\x1b[39m: [comments] SMTP_URL is not set'],
    ['anything on stderr', '[cms] cannot read /api/site-sync/version', 'stderr', '[cms] cannot read /api/site-sync/version'],
    ['a blank line', '   ', 'stderr', null],
  ] as const)('warnings: %s', (_, line, stream, shown) => {
    expect(consoleLine(line, stream, 'warnings')).toBe(shown);
  });

  it('all: every line, request lines in short form', () => {
    expect(consoleLine(request('info', 200), 'stdout', 'all')).toBe('GET /van-ban 200 3.2ms abc');
    expect(consoleLine('[site] listening on http://127.0.0.1:4321', 'stdout', 'all')).toBe('[site] listening on http://127.0.0.1:4321');
  });
});
