import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * site/ops.mjs writes one log line per request to stdout. Stdout to a pipe is asynchronous in Node, so a reader that
 * stalls (a hung log shipper) would make every line wait in the site's memory; past a bounded backlog the lines are
 * dropped and counted instead. A real child process, a real pipe that this test does not read for a while.
 */
const OPS = fileURLToPath(new URL('../../../ops.mjs', import.meta.url));

const child = `
import { EventEmitter } from 'node:events';
const { withOps } = await import(${JSON.stringify(OPS)});
const handle = withOps(() => {}, (req, res) => { res.writableFinished = true; setImmediate(() => res.emit('close')); return true; });
let max = 0;
for (let round = 0; round < 40; round++) {
  for (let i = 0; i < 5000; i++) {
    const res = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: false, setHeader() {} });
    handle({ method: 'GET', url: '/van-ban?trang=' + i + '&q=' + 'x'.repeat(120), headers: {} }, res);
  }
  await new Promise((resolve) => setTimeout(resolve, 60));
  max = Math.max(max, process.stdout.writableLength);
}
process.stderr.write(JSON.stringify({ max }) + '\\n');
`;

describe('the request log when stdout is not read', () => {
  it('keeps a bounded backlog, then says how many lines it dropped', async () => {
    const proc = spawn(process.execPath, ['--input-type=module', '-e', child], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    proc.stdout.pause(); // the stalled reader: 200,000 lines of ~250 bytes (~50 MB) are logged meanwhile
    await new Promise((resolve) => setTimeout(resolve, 2500));
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    proc.stdout.resume();
    const [code] = await once(proc, 'close');
    expect(code, err).toBe(0);
    const { max } = JSON.parse(err.trim().split('\n').at(-1)!);
    expect(max).toBeLessThan(9 * 1024 * 1024);
    expect(out).toMatch(/"message":"log lines dropped: stdout was not read","dropped":\d+/);
  }, 30_000);
});

/** A child that answers 1,000 requests from memory (status 200) and 3 refused ones (status 400), then exits. */
const answering = `
const { withOps } = await import(${JSON.stringify(OPS)});
let n = 0;
const handle = withOps(() => {}, (req, res) => {
  n++;
  res.statusCode = n <= 1000 ? 200 : 400;
  res.writableFinished = true;
  setImmediate(() => res.emit('close'));
  return n <= 1000 ? 'memory' : 'refused';
});
const { EventEmitter } = await import('node:events');
for (let i = 0; i < 1003; i++) handle({ method: 'GET', url: '/van-ban', headers: {} }, Object.assign(new EventEmitter(), { statusCode: 0, writableFinished: false, setHeader() {} }));
await new Promise((resolve) => setTimeout(resolve, 100));
`;

async function runLogged(env: Record<string, string>): Promise<Array<Record<string, unknown>>> {
  const proc = spawn(process.execPath, ['--input-type=module', '-e', answering], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const [code] = await once(proc, 'close');
  expect(code).toBe(0);
  return out.trim().split('\n').map((line) => JSON.parse(line));
}

describe('answers from memory in the request log', () => {
  it('are counted in a summary line by status, while refusals keep a line each', async () => {
    const lines = await runLogged({ SITE_ACCESS_LOG: '' });
    expect(lines.filter((l) => l.status === 400)).toHaveLength(3);
    expect(lines.filter((l) => l.status === 200)).toHaveLength(0);
    expect(lines.filter((l) => l.message === 'answers from memory')).toEqual([expect.objectContaining({ count: 1000, statuses: { 200: 1000 } })]);
  });

  it('get a line each with SITE_ACCESS_LOG=all', async () => {
    const lines = await runLogged({ SITE_ACCESS_LOG: 'all' });
    expect(lines.filter((l) => l.status === 200)).toHaveLength(1000);
    expect(lines.filter((l) => l.status === 400)).toHaveLength(3);
    expect(lines.some((l) => l.message === 'answers from memory')).toBe(false);
  });
});
