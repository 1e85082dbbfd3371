import { InvalidParamError } from './errors.ts';

/**
 * The small sections' read APIs (/api/v1/schedule, services, projects, statistics, questions) answer the whole
 * list in the envelope of /api/v1/documents: `{ data, meta: { total, page, pageSize, pageCount } }`.
 */
export function wholeList<T>(data: T[]): Response {
  return Response.json({ data, meta: { total: data.length, page: 1, pageSize: data.length, pageCount: 1 } });
}

export function badParam(field: string, message: string): never {
  throw new InvalidParamError(field, message);
}
