import { describe, expect, it } from 'vitest';
import { isCrossOriginWrite, ownOrigins } from './origin.ts';

describe('isCrossOriginWrite (H1)', () => {
  const own = ownOrigins('https://congbao.songhong.gov.vn', new URL('http://127.0.0.1:4321/hoi-dap'));
  it.each<[Record<string, string>, boolean]>([
    [{}, false],
    [{ origin: 'https://congbao.songhong.gov.vn' }, false],
    [{ origin: 'http://127.0.0.1:4321' }, false],
    [{ origin: 'https://evil.example' }, true],
    [{ origin: 'null' }, true],
    [{ 'sec-fetch-site': 'same-origin', origin: 'https://congbao.songhong.gov.vn' }, false],
    [{ 'sec-fetch-site': 'none' }, false],
    [{ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, true],
    [{ 'sec-fetch-site': 'same-site', origin: 'https://cms.songhong.gov.vn' }, true],
  ])('%j → %s', (headers, refused) => expect(isCrossOriginWrite(new Headers(headers), own)).toBe(refused));
});
