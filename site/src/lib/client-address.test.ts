import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address.ts';

describe('clientAddressOf', () => {
  const request = (xff?: string) => new Request('http://x/', { headers: xff ? { 'x-forwarded-for': xff } : {} });
  it.each([
    ['no header configured: the socket', undefined, '203.0.113.9, 10.0.0.1', '127.0.0.1'],
    ['the entry the proxy appended', 'x-forwarded-for', '203.0.113.9, 10.0.0.1', '10.0.0.1'],
    ['header configured but absent: the socket', 'x-forwarded-for', undefined, '127.0.0.1'],
  ] as const)('%s', (_name, header, xff, expected) => {
    expect(clientAddressOf(request(xff), '127.0.0.1', header)).toBe(expected);
  });
});
