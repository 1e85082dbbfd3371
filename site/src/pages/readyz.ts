import type { APIRoute } from 'astro';
import { readiness } from '#lib/server/readiness.ts';

/** Readiness for orchestrators (docker-compose, a load balancer); /healthz is answered in ops.mjs. Never cached. */
export const GET: APIRoute = async () => {
  const result = await readiness();
  return Response.json(result, { status: result.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
};
