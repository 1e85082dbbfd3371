import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './negotiate.ts';

const both = { br: true, gzip: true };

describe('Accept-Encoding → the stored variant', () => {
  it.each([
    [undefined, both, 'identity'],
    ['', both, 'identity'],
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip, deflate, br', { br: false, gzip: true }, 'gzip'],
    ['gzip', both, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['br;q=0.5, gzip;q=0.8', both, 'gzip'],
    ['gzip;q=0, br;q=0', both, 'identity'],
    ['*', both, 'br'],
    ['*;q=0, gzip', both, 'gzip'],
    ['*;q=0', both, null],
    ['identity;q=0, gzip;q=0', { br: false, gzip: true }, null],
    ['x-gzip', both, 'gzip'],
    ['deflate', both, 'identity'],
    ['GZIP;Q=1.0', both, 'gzip'],
  ] as const)('%j with %j → %s', (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});
