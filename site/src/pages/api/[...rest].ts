import type { APIRoute } from 'astro';
import { vi } from '../../i18n/vi.ts';
import { NotFoundError } from '#lib/server/errors.ts';

/** Any other /api/ path: a JSON 404 rather than the HTML error page. */
export const ALL: APIRoute = () => {
  throw new NotFoundError(vi.api.routeNotFound);
};
