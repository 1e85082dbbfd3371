import { InvalidParamError } from '../server/errors.ts';
import { getTaxonomies, knownTerms } from '../registry/legal-documents.ts';
import { checkTerms, type ListQuery, parseListQuery } from '../registry/list-query.ts';

/** The list API's query, or InvalidParamError naming the first bad parameter (→ 400 JSON in the middleware). */
export async function apiListQuery(params: URLSearchParams): Promise<ListQuery> {
  const parsed = parseListQuery(params, { allowPageSize: true });
  const first = parsed.ok ? undefined : parsed.problems[0];
  if (first) throw new InvalidParamError(first.field, first.message);
  const unknown = checkTerms(parsed.query, knownTerms(await getTaxonomies()))[0];
  if (unknown) throw new InvalidParamError(unknown.field, unknown.message);
  return parsed.query;
}
