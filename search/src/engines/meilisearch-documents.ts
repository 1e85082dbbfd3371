import { foldedKey, numberKey } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { documentSections, type ArticleSection } from '../text/articles.ts';
import { toneCodeText } from '../text/tone-code.ts';

/**
 * How a `SearchDocument` is stored in Meilisearch: one record per article (Điều) and per page of an attached
 * original, all carrying the document's
 * metadata, grouped back by `distinctAttribute: "doc"`. Text is pre-normalised by the engine's own rules
 * (folded and tone-coded copies) so that Meilisearch only has to match tokens.
 */
export type MeilisearchRecord = {
  /** `<doc>__<ordinal>`: Meilisearch ids allow only letters, digits, "-" and "_". */
  id: string;
  /** The document this record belongs to (`docKey` of its `SearchDocument.id`). */
  doc: string;
  /** The `SearchDocument.id` as given. */
  sourceId: string;
  kind: string;
  slug: string;
  url: string;
  title: string;
  titleFolded: string;
  titleToned: string;
  number: string | null;
  numberKey: string | null;
  /** The number as words ("43 2011 nd cp"), so it is found by text too. */
  numberTokens: string;
  date: string | null;
  /** Unix seconds of `date`, for sorting and ranges. */
  dateTs: number | null;
  year: number | null;
  type: string | null;
  typeFacet: string | null;
  issuer: string | null;
  issuerFacet: string | null;
  status: string | null;
  citedNumbers: string[];
  articleOrd: number;
  articleAnchor: string | null;
  articleNumber: string | null;
  articleTitle: string;
  articleTitleFolded: string;
  articleTitleToned: string;
  text: string;
  textFolded: string;
  textToned: string;
  /** A page of an attached original: the file's name, its public link and the page (null without pages); else null. */
  attachmentFile: string | null;
  attachmentUrl: string | null;
  attachmentPage: number | null;
};

/** Facet values carry the display name after the slug, so a facet list needs no second lookup. */
export const FACET_SEPARATOR = '\u001f';

/**
 * Meilisearch accepts ids of [A-Za-z0-9_-] up to 511 bytes. Ids are `legal-document:15-ct-ttg`, so ":" and
 * any other character are written as "_xx" hex codes, which keeps the mapping reversible and collision-free.
 */
export function docKey(id: string): string {
  return [...id].map((ch) => (/[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`)).join('');
}

/**
 * An article longer than this many characters is split into several records with the same anchor, so that no
 * attribute nears Meilisearch's limit of 65,535 positions (about 10 characters a word leaves a wide margin).
 */
export const MAX_RECORD_TEXT = 200_000;

function chunks(section: ArticleSection): ArticleSection[] {
  if (section.text.length <= MAX_RECORD_TEXT) return [section];
  const parts: ArticleSection[] = [];
  let rest = section.text;
  while (rest.length > MAX_RECORD_TEXT) {
    const cut = rest.lastIndexOf('\n', MAX_RECORD_TEXT) > MAX_RECORD_TEXT / 2 ? rest.lastIndexOf('\n', MAX_RECORD_TEXT) : rest.lastIndexOf(' ', MAX_RECORD_TEXT);
    const at = cut > 0 ? cut : MAX_RECORD_TEXT;
    parts.push({ ...section, text: rest.slice(0, at) });
    rest = rest.slice(at).trimStart();
  }
  parts.push({ ...section, text: rest });
  return parts;
}

export function toMeilisearchRecords(doc: SearchDocument): MeilisearchRecord[] {
  const key = docKey(doc.id);
  const sections = documentSections(doc).flatMap(chunks);
  const titleFolded = foldedKey(doc.title);
  const titleToned = toneCodeText(doc.title);
  const ts = doc.date === null ? null : Math.floor(Date.parse(`${doc.date}T00:00:00+07:00`) / 1000);
  return sections.map((section, ord) => ({
    id: `${key}__${ord}`,
    doc: key,
    sourceId: doc.id,
    kind: doc.kind,
    slug: doc.slug,
    url: doc.url,
    title: doc.title,
    titleFolded,
    titleToned,
    number: doc.number,
    numberKey: doc.number === null ? null : numberKey(doc.number),
    numberTokens: doc.number === null ? '' : foldedKey(doc.number).replace(/[^a-z0-9]+/g, ' ').trim(),
    date: doc.date,
    dateTs: ts !== null && Number.isFinite(ts) ? ts : null,
    year: doc.year,
    type: doc.type?.slug ?? null,
    typeFacet: doc.type === null ? null : `${doc.type.slug}${FACET_SEPARATOR}${doc.type.name}`,
    issuer: doc.issuer?.slug ?? null,
    issuerFacet: doc.issuer === null ? null : `${doc.issuer.slug}${FACET_SEPARATOR}${doc.issuer.name}`,
    status: doc.status,
    citedNumbers: doc.citedNumbers,
    articleOrd: ord,
    articleAnchor: section.anchor,
    articleNumber: section.number,
    articleTitle: section.title,
    articleTitleFolded: foldedKey(section.title),
    articleTitleToned: toneCodeText(section.title),
    text: section.text,
    textFolded: foldedKey(section.text),
    textToned: toneCodeText(section.text),
    attachmentFile: section.attachment?.file ?? null,
    attachmentUrl: section.attachment?.url ?? null,
    attachmentPage: section.attachment?.page ?? null,
  }));
}
