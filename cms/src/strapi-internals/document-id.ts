import { randomBytes } from 'node:crypto';

/**
 * A new Strapi document id, for rows written without the document service (batch import, comment intake).
 * Strapi's ids are 24 lower-case alphanumerics starting with a letter (cuid2); any unique string of that shape works.
 * Checked against Strapi 5.54.0 (checked-against.ts).
 */
export function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(24), (b, i) => alphabet[i === 0 ? b % 26 : b % 36]).join('');
}
