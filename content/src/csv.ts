/**
 * CSV for people who open it in Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as
 * Windows-1252), CRLF line ends, quotes only where needed. Cell text is data, never a formula: a cell that
 * starts with = + - @ (or a tab or carriage return) gets a leading apostrophe (OWASP "CSV injection").
 */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
