import { describe, expect, it } from 'vitest';
import { relayedReceivedAt, RELAYED_MAX_AGE_MS } from './relayed-submission.ts';

describe('relayedReceivedAt: when a relayed submission counts from', () => {
  const now = new Date('2026-12-04T10:00:00.000Z');
  it.each<[string, unknown, string]>([
    ['an hour-old stamp (a journal delivering after an outage)', '2026-12-04T09:00:00.000Z', '2026-12-04T09:00:00.000Z'],
    ['no stamp', undefined, now.toISOString()],
    ['not a date', 'hôm qua', now.toISOString()],
    ['a date without time', '2026-12-04', now.toISOString()],
    ['older than a week', new Date(now.getTime() - RELAYED_MAX_AGE_MS - 1000).toISOString(), now.toISOString()],
    ['a minute ahead (clock skew): now', '2026-12-04T10:01:00.000Z', now.toISOString()],
    ['an hour ahead: not believed', '2026-12-04T11:00:00.000Z', now.toISOString()],
  ])('%s', (_name, value, expected) => expect(relayedReceivedAt(value, now).toISOString()).toBe(expected));
});
