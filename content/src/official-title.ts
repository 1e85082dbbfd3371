import { normalizeToneMarks } from './vietnamese-text.ts';

/**
 * The English form of the standard leadership titles of Vietnamese state bodies, for the English pages (NĐ 43/2011
 * Điều 13): "Phó Chủ tịch Ủy ban nhân dân tỉnh" → "Vice Chairperson of the Provincial People's Committee". The
 * renderings follow the ones the Government's own English pages use. A title not in the table returns null and the
 * page shows it in Vietnamese, marked lang="vi" — a wrong translation of an official's title is worse than none.
 */
const LEVELS: Record<string, string> = {
  'tỉnh': 'Provincial',
  'thành phố': 'City',
  'huyện': 'District',
  'quận': 'District',
  'thị xã': 'Town',
  'xã': 'Commune',
  'phường': 'Ward',
  'thị trấn': 'Township',
};
const BODIES: Record<string, string> = {
  'ủy ban nhân dân': "People's Committee",
  'hội đồng nhân dân': "People's Council",
};
const ROLES: Record<string, string> = {
  'chủ tịch': 'Chairperson',
  'phó chủ tịch': 'Vice Chairperson',
  'phó chủ tịch thường trực': 'Standing Vice Chairperson',
};

/** Longest first, so "phó chủ tịch thường trực" is not read as "phó chủ tịch" followed by junk. */
const alternatives = (table: Record<string, string>) => Object.keys(table).sort((a, b) => b.length - a.length).join('|');
const TITLE = new RegExp(`^(${alternatives(ROLES)})\\s+(${alternatives(BODIES)})(?:\\s+(${alternatives(LEVELS)}))?$`);

export function englishOfficialTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  // Old and new tone placement ("Uỷ"/"Ủy") are the same word (content's normalizeToneMarks).
  const key = normalizeToneMarks(title).trim().toLowerCase().replace(/\s+/g, ' ');
  const match = TITLE.exec(key);
  if (!match) return null;
  const [, role, body, level] = match as unknown as [string, string, string, string | undefined];
  return `${ROLES[role]} of the ${level ? `${LEVELS[level]} ` : ''}${BODIES[body]}`;
}
