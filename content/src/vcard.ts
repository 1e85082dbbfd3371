import { vietnameseNameParts } from './vietnamese-name.ts';

/**
 * vCard 4.0 (RFC 6350) for a directory entry, so a citizen can save an official's contact in one click.
 * Text values escape backslash, comma, semicolon and newlines (§3.4); lines are folded at 75 octets without
 * splitting a UTF-8 character (§3.2); lines end in CRLF.
 */
export interface VCardInput {
  name: string;
  title?: string | null | undefined;
  organization: string;
  unit?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  url?: string | null | undefined;
  /** Set for a unit's own mailbox rather than a person. */
  kind?: 'individual' | 'org';
}

export function escapeVCardText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

export function foldVCardLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function toVCard(input: VCardInput): string {
  const t = escapeVCardText;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `KIND:${input.kind ?? 'individual'}`, `FN:${t(input.name)}`];
  if ((input.kind ?? 'individual') === 'individual') {
    // N: family;given;additional;prefix;suffix (RFC 6350 §6.2.2): a Vietnamese name's family name comes first.
    const { family, middle, given } = vietnameseNameParts(input.name);
    lines.push(`N:${t(family)};${t(given)};${t(middle)};;`);
  }
  lines.push(`ORG:${[input.organization, input.unit].filter((v): v is string => Boolean(v)).map(t).join(';')}`);
  if (input.title) lines.push(`TITLE:${t(input.title)}`);
  if (input.email) lines.push(`EMAIL;TYPE=work:${t(input.email)}`);
  if (input.phone) lines.push(`TEL;VALUE=uri;TYPE=work:tel:${input.phone.replace(/[^\d+]/g, '')}`);
  if (input.url) lines.push(`URL:${input.url}`);
  lines.push('END:VCARD');
  return `${lines.map(foldVCardLine).join('\r\n')}\r\n`;
}
