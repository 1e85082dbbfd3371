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

const TITLE = /^(phó chủ tịch thường trực|phó chủ tịch|chủ tịch)\s+(ủy ban nhân dân|hội đồng nhân dân)(?:\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))?$/;

export function englishOfficialTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  // Old and new tone placement ("Uỷ"/"Ủy") are the same word.
  const key = title.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/uỷ/g, 'ủy');
  const match = TITLE.exec(key);
  if (!match) return null;
  const [, role, body, level] = match as unknown as [string, string, string, string | undefined];
  return `${ROLES[role]} of the ${level ? `${LEVELS[level]} ` : ''}${BODIES[body]}`;
}
