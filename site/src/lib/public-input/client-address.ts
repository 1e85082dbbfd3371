import { BlockList, isIP } from 'node:net';

/**
 * The citizen's address, for every per-address limit and the keyed hash the CMS stores. A forwarding header
 * (CLIENT_ADDRESS_HEADER, x-forwarded-for by default) is believed only when the request's socket peer is one of
 * the agency's proxies (TRUSTED_PROXIES); then the header is read from the right, each trusted proxy's own entry
 * skipped, and the first address that is not a trusted proxy is the client's. Entries further left were written
 * by the client itself and prove nothing. A client that reaches the site directly gets its socket address,
 * whatever headers it sends.
 */
export type TrustedProxies = { readonly list: BlockList; readonly empty: boolean };

/** IPv4 seen through an IPv6 socket ("::ffff:10.0.0.1") is the IPv4 address. */
export function plainAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/** "127.0.0.1, 10.0.0.0/8, ::1" → the list; throws with the entry at fault (checked at start-up). */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const ip = plainAddress(address);
    const family = isIP(ip);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, ::1).`);
    }
    list.addSubnet(ip, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { list, empty: entries.length === 0 };
}

function isTrusted(proxies: TrustedProxies, address: string): boolean {
  const ip = plainAddress(address);
  const family = isIP(ip);
  return !proxies.empty && family !== 0 && proxies.list.check(ip, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * @param socketAddress the TCP peer (Astro's clientAddress without allowedDomains)
 * @param forwarded every value of the forwarding header, as received (null when absent)
 */
export function clientAddress(socketAddress: string, forwarded: string | null, proxies: TrustedProxies): string {
  const peer = plainAddress(socketAddress);
  if (!forwarded || !isTrusted(proxies, peer)) return peer;
  const hops = forwarded.split(',').map(plainAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // Only a trusted proxy wrote this entry; if it is not an address, the chain tells nothing more.
    if (!isIP(hop)) return peer;
    if (!isTrusted(proxies, hop)) return hop;
  }
  // Every hop is a proxy of the agency's own (a request from inside): the left-most is the origin.
  return hops[0] ?? peer;
}
