import type { APIRoute } from 'astro';
import { vi } from '../i18n/vi.ts';
import { NotFoundError } from '#lib/server/errors.ts';

/**
 * Astro 7.3 injects its image endpoint (/_image) into every server build, even one that uses no astro:assets
 * (astro/dist/core/routing/create-manifest.js, `injectImageEndpoint`). This site serves no transformed images,
 * so the endpoint's entrypoint is this 404: nothing of Astro's image pipeline is reachable from outside
 * (it answered 500 to some URLs anyone could send).
 */
export const ALL: APIRoute = () => {
  throw new NotFoundError(vi.api.routeNotFound);
};
