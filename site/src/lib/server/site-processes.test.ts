import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

describe('supervise: real processes (a stand-in for server.mjs that needs no build)', () => {
  const SUPERVISOR = fileURLToPath(new URL('../../../supervisor.mjs', import.meta.url));
  const STAND_IN = `
import { appendFileSync, readFileSync } from 'node:fs';
const { SITE_PROCESS_INDEX: index, SITE_PROCESS_COUNT: count, STARTS_FILE, BEHAVIOUR } = process.env;
appendFileSync(STARTS_FILE, index + '/' + count + '\\n');
if (BEHAVIOUR === 'fail') process.exit(3);
process.send('listening');
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
const starts = readFileSync(STARTS_FILE, 'utf8').split('\\n').filter((line) => line === '1/2').length;
if (index === '1' && starts === 1) setTimeout(() => process.exit(7), 100);
setInterval(() => {}, 1000);
`;

  async function run(behaviour: 'fail' | 'serve', whileRunning: (starts: () => string[]) => Promise<void>) {
    const dir = mkdtempSync(join(tmpdir(), 'cong-supervise-'));
    const startsFile = join(dir, 'starts');
    writeFileSync(startsFile, '');
    writeFileSync(join(dir, 'stand-in.mjs'), STAND_IN);
    // A file, not `-e`: the supervisor passes its own Node options on to the processes it starts.
    writeFileSync(join(dir, 'supervisor.mjs'), `import { supervise } from ${JSON.stringify(SUPERVISOR)}; supervise({ count: 2, script: ${JSON.stringify(join(dir, 'stand-in.mjs'))} });`);
    const child = spawn(process.execPath, [join(dir, 'supervisor.mjs')], { env: { ...process.env, STARTS_FILE: startsFile, BEHAVIOUR: behaviour }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit') as Promise<[number | null]>;
    try {
      await whileRunning(() => readFileSync(startsFile, 'utf8').split('\n').filter(Boolean));
      // A site that fails stops by itself; one that serves is stopped here.
      if (behaviour === 'serve') child.kill('SIGTERM');
      const [status] = await exited;
      return { status, output };
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const until = async (check: () => boolean) => {
    for (const started = Date.now(); !check(); ) {
      if (Date.now() - started > 10_000) throw new Error('not within 10 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('starts each slot with its index, starts a dead one again after its back-off, and stops with 0 on SIGTERM', { timeout: 20_000 }, async () => {
    const { status, output } = await run('serve', async (starts) => {
      await until(() => starts().length === 3);
      expect(starts().sort()).toEqual(['0/2', '1/2', '1/2']);
    });
    expect(output).toContain('"message":"site process 1 died (exit 7); starting it again in 1000 ms"');
    expect(status).toBe(0);
  });

  it('stops the site with 1 when a process fails before it ever listened (a wrong environment)', { timeout: 20_000 }, async () => {
    const { status, output } = await run('fail', async () => {});
    expect(output).toMatch(/"message":"site process \d stopped before it listened \(exit 3\): stopping the site"/);
    expect(status).toBe(1);
  });
});
