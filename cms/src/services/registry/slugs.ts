import type { Core } from '@strapi/strapi';
import { LEGAL_DOCUMENT } from '../../model/uids';

/** The slug is the number folded to ASCII; two bodies may issue the same number, so the second gets the body's slug appended. */
export async function uniqueSlug(strapi: Core.Strapi, base: string, issuerSlug: string | null, documentId: string | undefined): Promise<string> {
  const candidates = [base, issuerSlug ? `${base}-${issuerSlug}` : null].filter((s): s is string => !!s);
  for (const slug of candidates) {
    const taken = await strapi.db.query(LEGAL_DOCUMENT).findOne({
      where: { slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['id'],
    });
    if (!taken) return slug;
  }
  let n = 2;
  for (;;) {
    const slug = `${candidates.at(-1)}-${n++}`;
    const taken = await strapi.db.query(LEGAL_DOCUMENT).findOne({ where: { slug }, select: ['id'] });
    if (!taken) return slug;
  }
}
