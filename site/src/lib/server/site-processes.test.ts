import { describe, expect, it } from 'vitest';
import { restartDelayMs, siteProcesses } from '../../../supervisor.mjs';

describe('SITE_PROCESSES: how many site processes serve the port', () => {
  const redis = { REDIS_URL: 'redis://127.0.0.1:6379' };
  it.each<[Record<string, string>, number]>([
    [{}, 1],
    [{ SITE_PROCESSES: '' }, 1],
    [{ SITE_PROCESSES: '1' }, 1],
    [{ SITE_PROCESSES: ' 3 ', ...redis }, 3],
    [{ SITE_PROCESSES: 'auto', ...redis }, 4],
    [{ SITE_PROCESSES: '64', ...redis }, 64],
  ])('%j → %i (4 cores)', (env, expected) => expect(siteProcesses(env, 4)).toBe(expected));

  it('auto on a one-core box is one process, which needs no Redis', () => expect(siteProcesses({ SITE_PROCESSES: 'auto' }, 1)).toBe(1));

  it.each(['0', '-2', '2.5', 'two', '65', 'AUTO'])('refuses %j, saying what it takes', (value) => {
    expect(() => siteProcesses({ SITE_PROCESSES: value, ...redis }, 4)).toThrow(/SITE_PROCESSES=.* is invalid: give the number of site processes \(1 to 64\) or "auto" \(one per core: 4 here\)/);
  });

  it('refuses several processes without REDIS_URL: their limits and form secret would be per process', () => {
    expect(() => siteProcesses({ SITE_PROCESSES: '2' }, 4)).toThrow(/set REDIS_URL/);
    expect(() => siteProcesses({ SITE_PROCESSES: 'auto' }, 2)).toThrow(/starts 2 site processes.*set REDIS_URL/);
  });
});

describe('restartDelayMs: the back-off before a dead process is started again', () => {
  it('0.5 s after a process that had served a while, doubling with each quick death, at most 30 s', () => {
    expect([0, 1, 2, 3, 6, 7, 20].map(restartDelayMs)).toEqual([500, 1000, 2000, 4000, 30_000, 30_000, 30_000]);
  });
});
