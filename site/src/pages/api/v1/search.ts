import { SEARCH_TAG } from '@cong/content';
import { ApiSearchAnswerSchema } from '@cong/search';
import type { APIRoute } from 'astro';
import { apiAnswer } from '#lib/api/api-answer.ts';
import { recordTags } from '#lib/page-cache/request-tags.ts';
import { parseSearchParams, search } from '#lib/registry/search.ts';
import { absoluteUrl } from '#lib/render/urls.ts';

/**
 * GET /api/v1/search?q=&type=&issuer=&year=&status=&page=&pageSize= → { hits, total, facets, tookMs, partial,
 * allWordsTotal?, didYouMean? }. `highlight` holds `<mark>`-wrapped snippets with everything else escaped; `url` is
 * absolute. `partial: true`: too few documents had every word, so the first `allWordsTotal` hits have them all and
 * the rest only some (`didYouMean` then offers the words the best hit has).
 */
export const GET: APIRoute = async ({ url }) => {
  const query = parseSearchParams(url.searchParams);
  // Cached per query; any change to indexed content invalidates every cached search answer.
  recordTags([SEARCH_TAG]);
  const result = await search(query);
  return apiAnswer(ApiSearchAnswerSchema, {
    ...result,
    page: query.page,
    pageSize: query.pageSize,
    hits: result.hits.map((hit) => ({ ...hit, url: absoluteUrl(hit.url), ...(hit.attachment ? { attachment: { ...hit.attachment, url: absoluteUrl(hit.attachment.url) } } : {}) })),
  });
};

export const OPTIONS: APIRoute = () => new Response(null, { status: 204 });
