import { ApiPageMetaSchema } from '@cong/content';
import type { z } from 'zod';
import { InvalidParamError } from '../server/errors.ts';

/**
 * Every /api/v1 answer is built through its published schema (content/src/public-api.ts, served as OpenAPI at
 * /api/v1/openapi.json): what the route passes is type-checked against it, and parsing drops any field the
 * contract does not name, so an internal DTO that grows a field does not grow the public API. A value that breaks
 * the contract is a bug in the site and fails loudly (500) rather than reaching re-users.
 */
export function apiAnswer<S extends z.ZodType>(schema: S, body: z.input<S>, init?: ResponseInit): Response {
  return Response.json(schema.parse(body), init);
}

/** The envelope's paging for a list answered whole: page 1 of 1. */
export function wholeListMeta(count: number): z.input<typeof ApiPageMetaSchema> {
  return { total: count, page: 1, pageSize: count, pageCount: 1 };
}

export function badParam(field: string, message: string): never {
  throw new InvalidParamError(field, message);
}
