import type { LegalDocument, ValidityStatus } from '@cong/content';
import type { Agency } from '../../config/agency.ts';

/**
 * Page metadata: Dublin Core (TT 24/2011 and NĐ 224/2026 Điều 11 k5 ask for it on every page), Open Graph, and
 * schema.org `Legislation` for documents. Pure data; src/components/layout/PageHead.astro prints it.
 */

export interface PageMeta {
  /** The page's own title, without the portal suffix. */
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  /** Dublin Core date (YYYY-MM-DD): the document's issue date, or the page's last change. */
  date?: string | undefined;
  /** DC.type: "Text", or the document type name for a document. */
  type?: string | undefined;
  /** DC.subject: the document's fields. */
  subjects?: readonly string[] | undefined;
  /** og:type */
  ogType?: 'website' | 'article';
  /** Keep this page out of search engines (the print view, error pages). */
  noindex?: boolean;
  /** rel=prev / rel=next (paginated lists), absolute. */
  prev?: string | undefined;
  next?: string | undefined;
  /** og:image, absolute (an article's featured image). */
  image?: string | undefined;
  /** A JSON-LD object to embed. */
  jsonLd?: Record<string, unknown> | undefined;
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

export function metaTags(meta: PageMeta, agency: Agency, lang: 'vi' | 'en' = 'vi'): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'description', content: meta.description },
    { name: 'DC.title', content: meta.title },
    { name: 'DC.creator', content: agency.name },
    { name: 'DC.publisher', content: agency.name },
    { name: 'DC.description', content: meta.description },
    { name: 'DC.language', content: lang },
    { name: 'DC.identifier', content: meta.canonical },
    { name: 'DC.type', content: meta.type ?? 'Text' },
    { name: 'DC.format', content: 'text/html' },
  ];
  if (meta.date) tags.push({ name: 'DC.date', content: meta.date });
  if (meta.image) tags.push({ property: 'og:image', content: meta.image });
  for (const subject of meta.subjects ?? []) tags.push({ name: 'DC.subject', content: subject });
  tags.push(
    { property: 'og:type', content: meta.ogType ?? 'website' },
    { property: 'og:title', content: meta.title },
    { property: 'og:description', content: meta.description },
    { property: 'og:url', content: meta.canonical },
    { property: 'og:site_name', content: agency.portalName },
    { property: 'og:locale', content: lang === 'en' ? 'en_GB' : 'vi_VN' },
  );
  return tags;
}

/** schema.org LegalForceStatus for each tình trạng hiệu lực. */
const LEGAL_FORCE: Record<ValidityStatus, string> = {
  'in-force': 'https://schema.org/InForce',
  'partially-expired': 'https://schema.org/PartiallyInForce',
  expired: 'https://schema.org/NotInForce',
  'not-yet-effective': 'https://schema.org/NotInForce',
  suspended: 'https://schema.org/NotInForce',
};

export function legislationJsonLd(
  document: LegalDocument,
  options: { url: string; absolute: (path: string) => string },
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': options.url,
    url: options.url,
    name: document.title,
    inLanguage: 'vi',
    legislationLegalForce: LEGAL_FORCE[document.status],
  };
  if (document.number) json.legislationIdentifier = document.number;
  if (document.type) json.legislationType = document.type.name;
  if (document.issuedDate) json.legislationDate = document.issuedDate;
  if (document.gazetteDate ?? document.issuedDate) json.datePublished = document.gazetteDate ?? document.issuedDate;
  if (document.updatedAt) json.dateModified = document.updatedAt;
  if (document.issuer) json.legislationPassedBy = { '@type': 'GovernmentOrganization', name: document.issuer.name };
  if (document.signer) {
    json.legislationResponsible = { '@type': 'Person', name: document.signer.name, jobTitle: document.signer.title ?? undefined };
  }
  if (document.fields.length > 0) json.about = document.fields.map((field) => field.name);
  // schema.org's legislationChanges covers amendment, replacement, repeal and correction alike.
  const linked = (kinds: readonly string[]) =>
    document.relations
      .filter((relation) => relation.direction === 'outgoing' && kinds.includes(relation.kind))
      .map((relation) => ({
        '@type': 'Legislation',
        legislationIdentifier: relation.number,
        ...(relation.slug ? { url: options.absolute(`/van-ban/${encodeURIComponent(relation.slug)}`) } : {}),
      }));
  const changes = linked(['amends', 'replaces', 'repeals', 'corrects']);
  if (changes.length > 0) json.legislationChanges = changes;
  const consolidates = linked(['consolidates']);
  if (consolidates.length > 0) json.legislationConsolidates = consolidates;
  const attachments = document.attachments.map((file) => ({
    '@type': 'LegislationObject',
    contentUrl: options.absolute(file.url),
    encodingFormat: file.mime,
    name: file.name,
  }));
  if (attachments.length > 0) json.encoding = attachments;
  return json;
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text cannot close the script element. */
export function serializeJsonLd(json: Record<string, unknown>): string {
  return JSON.stringify(json).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
