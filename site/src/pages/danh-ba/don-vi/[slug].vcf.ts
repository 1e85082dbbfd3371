import type { APIRoute } from 'astro';
import { unitVCard, vcardResponse } from '#lib/portal/directory.ts';

/** /danh-ba/don-vi/<slug>.vcf: a unit's official mailbox as a vCard 4.0 file. */
export const GET: APIRoute = async ({ params }) => vcardResponse(await unitVCard(params.slug ?? ''));
