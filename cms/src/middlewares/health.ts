import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';

/**
 * `/healthz` and `/readyz` for orchestrators (docker-compose's health check, a load balancer), answered here,
 * before sessions, CORS, the body parser and any route policy (so never rate-limited), and never cached.
 * - `/healthz`: the process answers HTTP. Touches nothing else, so a slow database never restarts a live CMS.
 * - `/readyz`: the database answers a query and, when MEILISEARCH_URL is set, Meilisearch reports healthy.
 *   503 names what failed — by name only, never an error message or an address.
 * Checked against Strapi 5.54 (global middleware, `strapi.db.connection` is knex).
 */
const CHECK_TIMEOUT_MS = 2000;

type Check = { name: string; run: () => Promise<unknown> };

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const checks: Check[] = [{ name: 'database', run: () => strapi.db.connection.raw('select 1') }];
  const meili = cmsEnv().MEILISEARCH_URL?.replace(/\/+$/, '');
  if (meili) {
    checks.push({
      name: 'search',
      run: async () => {
        const response = await fetch(`${meili}/health`, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
      },
    });
  }

  return async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<void>) => {
    if (ctx.path !== '/healthz' && ctx.path !== '/readyz') return next();
    ctx.set('Cache-Control', 'no-store');
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD');
      return;
    }
    if (ctx.path === '/healthz') {
      ctx.body = { status: 'ok' };
      return;
    }
    const failed: string[] = [];
    await Promise.all(
      checks.map(async (check) => {
        try {
          await withTimeout(check.run(), CHECK_TIMEOUT_MS);
        } catch (error) {
          failed.push(check.name);
          strapi.log.warn(`[readyz] ${check.name} check failed: ${(error as Error).message}`);
        }
      }),
    );
    ctx.status = failed.length ? 503 : 200;
    ctx.body = failed.length ? { status: 'unavailable', failed: failed.sort() } : { status: 'ok' };
  };
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
