import type { APIRoute } from 'astro';
import { officialVCard, vcardResponse } from '#lib/portal/directory.ts';

/** /danh-ba/<slug>.vcf: one official's contact as a vCard 4.0 file. */
export const GET: APIRoute = async ({ params }) => vcardResponse(await officialVCard(params.slug ?? ''));
