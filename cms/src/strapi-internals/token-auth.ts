import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Core } from '@strapi/strapi';
import type { RequestContext } from '../model/request-context';

/**
 * Strapi's own API-token check, remembered for a short while, for the public-input routes (comments,
 * questions, ratings) that the site calls on every citizen's submission.
 *
 * Strapi checks a token with four queries (the token, its permissions, its admin permissions, its owner) and
 * builds a permission set, on every request; under a burst of comments that was a third of the CMS's database
 * work. The check itself stays Strapi's (same lookup, same expiry and kind rules, same `verify`); only its
 * result is kept, for TOKEN_CACHE_MS, and dropped at once when any API token is changed or deleted in the
 * admin, so a revoked token stops working immediately on this process.
 */
const TOKEN_CACHE_MS = 30_000;

type AuthResult = { authenticated: boolean; credentials?: unknown; ability?: unknown; error?: unknown };
type Strategy = { name: string; authenticate: (ctx: RequestContext) => Promise<AuthResult>; verify?: (auth: unknown, config: unknown) => unknown };

const remembered = new Map<string, { result: AuthResult; until: number }>();

/**
 * Strapi's content-API token strategy. It is not exported by @strapi/admin, so it is loaded from its file: checked
 * against @strapi/admin 5.54.0 (checked-against.ts; strapi-internals.test.ts fails when the file moves).
 */
function strapiTokenStrategy(): Strategy | null {
  try {
    const root = dirname(require.resolve('@strapi/admin/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(join(root, 'dist/server/server/src/strategies/content-api-token.js')).default as Strategy;
  } catch {
    return null;
  }
}

function bearerKey(ctx: RequestContext): string | null {
  const header: unknown = ctx.request?.header?.authorization;
  if (typeof header !== 'string') return null;
  const [scheme, token, extra] = header.split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !token || extra !== undefined) return null;
  return createHash('sha256').update(token).digest('hex');
}

let strategy: Strategy | null | undefined;

/**
 * Route `config.auth` for a public-input route: `{ strategies: [rememberedTokenStrategy] }` when Strapi's
 * strategy can be found, otherwise Strapi's default content-API authentication (nothing is weakened).
 */
export function rememberedTokenAuth(): { strategies: Strategy[] } | undefined {
  if (strategy === undefined) {
    const original = strapiTokenStrategy();
    strategy = original && {
      name: 'cong-remembered-api-token',
      async authenticate(ctx) {
        const key = bearerKey(ctx);
        const hit = key ? remembered.get(key) : undefined;
        if (hit && hit.until > Date.now()) return hit.result;
        const result = await original.authenticate(ctx);
        // Only successes are remembered: a wrong token is checked every time and never fills the map.
        if (key && result?.authenticated && !result.error) {
          if (remembered.size > 100) remembered.clear();
          remembered.set(key, { result, until: Date.now() + TOKEN_CACHE_MS });
        }
        return result;
      },
      // Strapi's verify re-checks the expiry date on every request, so a cached token still expires on time.
      verify: original.verify,
    };
  }
  return strategy ? { strategies: [strategy] } : undefined;
}

/** Any change to an API token (regenerated, permissions edited, revoked) forgets every remembered check. */
export function forgetTokensOnChange(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: ['admin::api-token', 'admin::api-token-permission'],
    afterCreate: () => remembered.clear(),
    afterUpdate: () => remembered.clear(),
    afterUpdateMany: () => remembered.clear(),
    afterDelete: () => remembered.clear(),
    afterDeleteMany: () => remembered.clear(),
  });
}
