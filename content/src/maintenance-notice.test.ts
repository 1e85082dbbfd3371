import { describe, expect, it } from 'vitest';
import { maintenanceNoticeProblem, maintenanceNoticeState } from './maintenance-notice.ts';

const notice = { startsAt: '2026-12-20T15:00:00.000Z', endsAt: '2026-12-20T19:00:00.000Z', announceFrom: null, message: null };

describe('maintenanceNoticeState', () => {
  it.each([
    ['long before the announcement (default 3 days)', '2026-12-17T14:59:59.000Z', null],
    ['3 days before the start', '2026-12-17T15:00:00.000Z', 'upcoming'],
    ['just before the start', '2026-12-20T14:59:59.999Z', 'upcoming'],
    ['at the start', '2026-12-20T15:00:00.000Z', 'ongoing'],
    ['just before the end', '2026-12-20T18:59:59.999Z', 'ongoing'],
    ['at the end', '2026-12-20T19:00:00.000Z', null],
    ['after the end', '2026-12-21T00:00:00.000Z', null],
  ])('%s', (_, now, expected) => {
    expect(maintenanceNoticeState(notice, new Date(now))).toBe(expected);
  });

  it('an explicit announceFrom replaces the default period', () => {
    const early = { ...notice, announceFrom: '2026-12-01T00:00:00.000Z' };
    expect(maintenanceNoticeState(early, new Date('2026-12-10T00:00:00.000Z'))).toBe('upcoming');
    expect(maintenanceNoticeState(early, new Date('2026-11-30T23:59:59.000Z'))).toBeNull();
  });

  it('no notice, or one whose end is not after its start, shows nothing', () => {
    expect(maintenanceNoticeState(null, new Date())).toBeNull();
    expect(maintenanceNoticeState({ ...notice, endsAt: notice.startsAt }, new Date('2026-12-20T15:00:00.000Z'))).toBeNull();
  });
});

describe('maintenanceNoticeProblem', () => {
  it.each([
    [{ startsAt: notice.startsAt, endsAt: notice.endsAt }, null],
    [{ startsAt: notice.startsAt, endsAt: notice.startsAt }, 'endsAt'],
    [{ startsAt: notice.endsAt, endsAt: notice.startsAt }, 'endsAt'],
    [{ endsAt: notice.endsAt }, 'startsAt'],
    [{ startsAt: notice.startsAt }, 'endsAt'],
    [{ startsAt: notice.startsAt, endsAt: notice.endsAt, announceFrom: '2026-12-21T00:00:00.000Z' }, 'announceFrom'],
    [{ startsAt: new Date(notice.startsAt), endsAt: new Date(notice.endsAt), announceFrom: new Date('2026-12-19T00:00:00Z') }, null],
  ])('%o → %s', (input, field) => {
    expect(maintenanceNoticeProblem(input)?.field ?? null).toBe(field);
  });
});
