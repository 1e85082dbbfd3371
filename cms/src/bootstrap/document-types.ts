import type { Core } from '@strapi/strapi';
import { DOCUMENT_TYPES } from '@cong/content';
import { DOCUMENT_TYPE } from '../model/uids';

/** The document-type catalogue (content/src/document-types.ts) is part of the product, not demo content. */
export async function provisionDocumentTypes(strapi: Core.Strapi): Promise<void> {
  for (const type of DOCUMENT_TYPES) {
    const existing = await strapi.db.query(DOCUMENT_TYPE).findOne({ where: { slug: type.slug } });
    if (existing) continue;
    await strapi.documents(DOCUMENT_TYPE).create({
      data: { name: type.name, slug: type.slug, abbreviation: type.abbreviation ?? undefined, normative: type.normative, order: type.order },
    });
  }
}
