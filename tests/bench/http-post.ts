import { Agent, request } from 'node:http';

/**
 * A lean HTTP/1.1 keep-alive client for the load generators. `fetch` costs the generator about a
 * millisecond of CPU per request, which on a 2-core machine is taken from the servers being measured;
 * node:http costs a fraction of that, so the latencies printed are the servers', not the client's.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export type HttpAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export function httpPost(url: string, body: string, headers: Record<string, string>): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
