import { type ApiDirectoryEntry, foldedKey, toVCard } from '@cong/content';
import { z } from 'zod';
import { agency } from '../../config/agency.ts';
import { vi } from '../../i18n/vi.ts';
import { InvalidParamError, NotFoundError } from '../server/errors.ts';
import { type Official, officials, type Unit, units } from './portal.ts';
import { absoluteUrl, paths } from '../render/urls.ts';

/**
 * Danh bạ thư điện tử công vụ: every unit's mailbox and every official's, searchable (diacritics-insensitive:
 * "nguyen van an" finds "Nguyễn Văn An") and filterable by unit; one source for the page, the JSON API and vCards.
 */

export const DirectoryQuerySchema = z.object({
  q: z.string().trim().max(100).default(''),
  unit: z.string().trim().max(100).default(''),
});
export type DirectoryQuery = z.output<typeof DirectoryQuerySchema>;

export function readDirectoryQuery(params: URLSearchParams, names = { q: 'q', unit: 'don-vi' }): DirectoryQuery {
  const q = params.get(names.q) ?? '';
  const unit = params.get(names.unit) ?? '';
  if (q.length > 100) throw new InvalidParamError(names.q, vi.directory.searchLabel);
  return { q: q.trim(), unit: unit.trim() };
}

export interface Directory {
  units: Unit[];
  people: Official[];
  /** The people matching the query. */
  matches: Official[];
  unit: Unit | null;
}

export async function directory(query: DirectoryQuery, unitParam = 'don-vi'): Promise<Directory> {
  const [unitList, people] = await Promise.all([units(), officials()]);
  const unit = query.unit ? unitList.find((u) => u.slug === query.unit) ?? null : null;
  if (query.unit && !unit) throw new InvalidParamError(unitParam, vi.directory.unknownUnit(query.unit));
  const needle = foldedKey(query.q);
  const matches = people.filter((person) => {
    if (unit && person.unit?.documentId !== unit.documentId) return false;
    if (!needle) return true;
    return foldedKey([person.name, person.title ?? '', person.email, person.unit?.name ?? ''].join(' ')).includes(needle);
  });
  return { units: unitList, people, matches, unit };
}

export function toApiEntries(dir: Directory, includeUnits: boolean): ApiDirectoryEntry[] {
  const unitRows: ApiDirectoryEntry[] = includeUnits
    ? dir.units.filter((u) => u.email).map((u) => ({ kind: 'unit', name: u.name, title: null, unit: u.parent?.name ?? null, phone: u.phone, email: u.email, vcard: u.slug ? absoluteUrl(paths.unitVCard(u.slug)) : null }))
    : [];
  const people: ApiDirectoryEntry[] = dir.matches.map((p) => ({ kind: 'person', name: p.name, title: p.title, unit: p.unit?.name ?? null, phone: p.phone, email: p.email, vcard: p.slug ? absoluteUrl(paths.officialVCard(p.slug)) : null }));
  return [...unitRows, ...people];
}

export async function officialVCard(slug: string): Promise<{ fileName: string; body: string }> {
  const person = (await officials()).find((p) => p.slug === slug);
  if (!person) throw new NotFoundError(vi.directory.noOfficial(slug));
  return {
    fileName: `${slug}.vcf`,
    body: toVCard({ name: person.name, title: person.title, organization: agency.name, unit: person.unit?.name, email: person.email, phone: person.phone, url: absoluteUrl(paths.directory) }),
  };
}

export async function unitVCard(slug: string): Promise<{ fileName: string; body: string }> {
  const unit = (await units()).find((u) => u.slug === slug);
  if (!unit) throw new NotFoundError(vi.directory.noUnit(slug));
  return {
    fileName: `${slug}.vcf`,
    body: toVCard({ kind: 'org', name: unit.name, organization: agency.name, email: unit.email, phone: unit.phone, url: absoluteUrl(paths.directory) }),
  };
}

export function vcardResponse(card: { fileName: string; body: string }): Response {
  return new Response(card.body, {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8', 'Content-Disposition': `attachment; filename="${card.fileName}"` },
  });
}
