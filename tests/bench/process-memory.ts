import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Peak resident memory (VmHWM) of a process in MiB, from Linux's /proc; null elsewhere. */
export function peakRssMiB(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Starts this process's peak resident memory again from what it holds now (Linux ≥ 4.0: `5` to /proc/self/clear_refs
 * resets VmHWM), so a later peakRssMiB(process.pid) is the peak of what came after, not of the set-up before it.
 */
export function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then counts from the start of the process, as maxRSS does.
  }
}

/**
 * CPU seconds a process has used so far, by thread name (Linux's /proc: MainThread, the worker threads, libuv's
 * and V8's helpers); null elsewhere. On a machine whose cores are shared, CPU time per document is the figure that
 * does not depend on what else runs: the documents per second the cores could do is cores ÷ CPU per document.
 */
export function cpuSecondsByThread(pid: number): Map<string, number> | null {
  try {
    const threads = new Map<string, number>();
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces; utime and stime are the 12th and 13th fields after it.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
      threads.set(name, (threads.get(name) ?? 0) + seconds);
    }
    return threads;
  } catch {
    return null;
  }
}

/** Linux's USER_HZ: the unit of /proc's CPU times (100 on every architecture Node runs on). */
const CLOCK_TICKS = 100;
