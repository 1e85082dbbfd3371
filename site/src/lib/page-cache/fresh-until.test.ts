import { describe, expect, it } from 'vitest';
import { requestContext } from '../server/request-context.ts';
import { freshSeconds, freshUntil } from './fresh-until.ts';

describe('freshness bound by the clock', () => {
  const inRequest = <T>(run: () => T) => requestContext.run({ requestId: 't' }, run);

  it('keeps a page the full max age when nothing turns with the clock', () => {
    expect(inRequest(() => freshSeconds(60, 0))).toBe(60);
  });

  it('keeps it only until the earliest moment something on it changes', () => {
    expect(inRequest(() => {
      freshUntil(30_500);
      freshUntil(90_000);
      return freshSeconds(60, 0);
    })).toBe(30);
  });

  it('does not keep a page that changes within the second', () => {
    expect(inRequest(() => {
      freshUntil(900);
      return freshSeconds(60, 0);
    })).toBe(0);
  });
});
