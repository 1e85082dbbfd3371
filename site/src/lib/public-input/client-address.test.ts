import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './client-address.ts';

describe('clientAddress: a forwarding header is believed only from a trusted proxy (M6, M7)', () => {
  const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, fd00::/8');
  it.each([
    ['a direct client forging the header', '203.0.113.9', '198.51.100.1', '203.0.113.9'],
    ['a direct client, IPv4-mapped socket', '::ffff:203.0.113.9', '198.51.100.1', '203.0.113.9'],
    ['the proxy, one hop', '127.0.0.1', '198.51.100.7', '198.51.100.7'],
    ['the proxy, IPv4-mapped', '::ffff:127.0.0.1', '198.51.100.7', '198.51.100.7'],
    ['the proxy, the client forged entries on the left', '127.0.0.1', '1.2.3.4, 5.6.7.8, 198.51.100.7', '198.51.100.7'],
    ['two trusted proxies', '10.0.0.2', '198.51.100.7, 10.0.0.5', '198.51.100.7'],
    ['IPv6 client through a trusted IPv6 proxy', 'fd00::1', '2001:db8::7', '2001:db8::7'],
    ['no header from the proxy', '127.0.0.1', null, '127.0.0.1'],
    ['garbage written where the proxy appends', '127.0.0.1', '198.51.100.7, nonsense', '127.0.0.1'],
    ['only proxies in the chain', '127.0.0.1', '10.1.1.1, 10.2.2.2', '10.1.1.1'],
  ])('%s', (_label, socket, header, expected) => expect(clientAddress(socket, header, proxies)).toBe(expected));

  it('believes no header at all when TRUSTED_PROXIES is unset', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.7', parseTrustedProxies(undefined))).toBe('127.0.0.1');
  });

  it.each(['10.0.0.0/33', 'proxy.local', '::1/200', '1.2.3'])('refuses %j at start-up', (value) =>
    expect(() => parseTrustedProxies(value)).toThrow(/TRUSTED_PROXIES/),
  );
});
