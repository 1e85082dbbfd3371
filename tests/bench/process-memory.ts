import { readFileSync } from 'node:fs';

/** Peak resident memory (VmHWM) of a process in MiB, from Linux's /proc; null elsewhere. */
export function peakRssMiB(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
