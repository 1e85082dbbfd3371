// @ts-check
/**
 * Several site processes on one box (SITE_PROCESSES, issue 11): Node answers on one core, so one process leaves the
 * others idle while a spike queues on it (bench:site: one process 0.29–0.41 of nginx's two workers on two cores, a
 * bare node:http server 0.43–0.46). With SITE_PROCESSES=N, server.mjs becomes this small supervisor: it serves
 * nothing and loads no Astro, starts N serving processes of server.mjs, restarts one that dies and passes a stop on.
 *
 * Each serving process listens on the same port with SO_REUSEPORT (`listen({ reusePort: true })`, Node ≥ 23.1): the
 * kernel spreads new connections over their sockets, and a connection goes straight to the process that serves it.
 * node:cluster's default instead accepts every connection in the primary and hands it over by IPC — a hop per
 * connection, on the same cores. Only the serving processes hold the port: with one process (the default) server.mjs
 * listens without SO_REUSEPORT exactly as before, so a second site started on the same port still fails loudly.
 *
 * What several processes must share (rate limits, the forms' secret, used form tokens, the duplicate windows, the
 * CMS's change notices) is shared through Redis, as between replicas (docs/scaling.md): SITE_PROCESSES > 1 without
 * REDIS_URL is refused. Each process keeps its own submission journal (src/lib/submission-journal/).
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** What the supervisor tells the process it starts: its slot and how many there are (src/lib/server/env.ts). */
export const PROCESS_INDEX_VAR = 'SITE_PROCESS_INDEX';
export const PROCESS_COUNT_VAR = 'SITE_PROCESS_COUNT';

const MAX_PROCESSES = 64;

/**
 * SITE_PROCESSES as a count: unset or empty → 1 (one process, no supervisor); `auto` → one per core the process may
 * use (os.availableParallelism); else a whole number from 1 to 64. Throws a message for the operator otherwise, and
 * when more than one process would run without REDIS_URL.
 * @param {Record<string, string | undefined>} env
 * @param {number} cores
 * @returns {number}
 */
export function siteProcesses(env = process.env, cores = availableParallelism()) {
  const raw = (env.SITE_PROCESSES ?? '').trim();
  let count = 1;
  if (raw === 'auto') count = Math.min(cores, MAX_PROCESSES);
  else if (raw !== '') {
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PROCESSES) {
      throw new Error(`SITE_PROCESSES=${JSON.stringify(raw)} is invalid: give the number of site processes (1 to ${MAX_PROCESSES}) or "auto" (one per core: ${cores} here).`);
    }
    count = Number(raw);
  }
  if (count > 1 && !env.REDIS_URL) {
    // Memory is per process: without Redis each process would count its own rate limits, refuse the forms another
    // issued (a secret each) and keep its own duplicate windows — limits multiplied by N, forms failing at random.
    throw new Error(
      `SITE_PROCESSES=${raw} starts ${count} site processes, which must share their rate limits, form secret and duplicate windows: set REDIS_URL (e.g. redis://127.0.0.1:6379), or leave SITE_PROCESSES unset for one process.`,
    );
  }
  return count;
}

/**
 * Back-off before restarting a process that died: 0.5 s after one that had served a while, doubling with each death
 * in a row within a minute of its start (a process failing at once is not restarted in a tight loop), at most 30 s.
 * @param {number} quickDeaths
 */
export function restartDelayMs(quickDeaths) {
  return Math.min(30_000, 500 * 2 ** quickDeaths);
}

/** A process that served this long before dying had not been dying at start: its back-off starts over. */
const STABLE_MS = 60_000;
/** The serving processes take at most 10 s to finish their requests (server.mjs); then they are killed. */
const STOP_GRACE_MS = 15_000;

/**
 * One JSON line, as ops.mjs writes them.
 * @param {'info' | 'error'} level @param {string} message @param {Record<string, unknown>} fields
 */
function log(level, message, fields = {}) {
  const line = { time: new Date().toISOString(), level, service: 'site', message, ...fields };
  (level === 'info' ? console.log : console.error)(JSON.stringify(line));
}

/**
 * Starts `count` serving processes of `script` and keeps them running until SIGTERM or SIGINT, which it passes on
 * and waits for (exit code 0 once they have all stopped). A process that dies is started again after
 * `restartDelayMs`; one that dies before ever listening on its first start (a wrong environment, a port taken)
 * stops the whole site with code 1, as one process would have.
 * @param {{ count: number, script: string }} options
 */
export function supervise({ count, script }) {
  /** @type {(import('node:child_process').ChildProcess | null)[]} */
  const children = Array.from({ length: count }, () => null);
  /** @type {Set<NodeJS.Timeout>} */
  const pending = new Set();
  let stopping = false;
  let exitCode = 0;

  /** @param {number} code */
  const stopAll = (code) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    for (const timer of pending) clearTimeout(timer);
    for (const child of children) child?.kill('SIGTERM');
    setTimeout(() => {
      for (const child of children) child?.kill('SIGKILL');
      process.exit(exitCode || 1);
    }, STOP_GRACE_MS).unref();
    if (children.every((child) => child === null)) process.exit(exitCode);
  };

  /** @param {number} index @param {number} quickDeaths @param {boolean} firstStart */
  const start = (index, quickDeaths, firstStart) => {
    const child = fork(script, process.argv.slice(2), {
      env: { ...process.env, [PROCESS_INDEX_VAR]: String(index), [PROCESS_COUNT_VAR]: String(count) },
      execArgv: process.execArgv,
    });
    const startedAt = Date.now();
    let listened = false;
    children[index] = child;
    log('info', `site process ${index} started`, { process: index, pid: child.pid });
    child.on('message', (message) => {
      if (message === 'listening') listened = true;
    });
    child.once('exit', (code, signal) => {
      children[index] = null;
      if (stopping) {
        if (children.every((c) => c === null)) process.exit(exitCode);
        return;
      }
      if (firstStart && !listened) {
        log('error', `site process ${index} stopped before it listened (exit ${code ?? signal}): stopping the site`, { process: index, pid: child.pid });
        stopAll(1);
        return;
      }
      const deaths = Date.now() - startedAt < STABLE_MS ? quickDeaths + 1 : 0;
      const delay = restartDelayMs(deaths);
      log('error', `site process ${index} died (exit ${code ?? signal}); starting it again in ${delay} ms`, { process: index, pid: child.pid });
      const timer = setTimeout(() => {
        pending.delete(timer);
        start(index, deaths, false);
      }, delay);
      pending.add(timer);
    });
  };

  for (let index = 0; index < count; index++) start(index, 0, true);
  process.once('SIGTERM', () => stopAll(0));
  process.once('SIGINT', () => stopAll(0));
}
