/**
 * Legacy Vietnamese files are bytes that Windows showed through a Vietnamese font: a program without the font
 * reads them as windows-1252 ("ViÖt Nam" is TCVN3's "Việt Nam", "Vieät Nam" VNI's). The converters work on those
 * windows-1252 characters, so a file's bytes and mojibake text that was once such a file take the same path.
 */
const decoder = new TextDecoder('windows-1252');

/** Bytes as windows-1252 text (every byte gives one character). */
export function windows1252(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** The windows-1252 character of each byte 0x00–0xFF. */
export const BYTE_CHAR: readonly string[] = Array.from({ length: 256 }, (_, byte) => decoder.decode(new Uint8Array([byte])));

/** The character a legacy byte shows as: `byteChar(0xd6)` is "Ö". */
export function byteChar(byte: number): string {
  const char = BYTE_CHAR[byte];
  if (char === undefined) throw new RangeError(`not a byte: ${byte}`);
  return char;
}

/**
 * Text that was read as ISO-8859-1 instead carries C1 controls (U+0080–U+009F) where windows-1252 has quotes and
 * dashes: they are the same bytes, so they become windows-1252's characters.
 */
export function asWindows1252Text(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => BYTE_CHAR[c.charCodeAt(0)] ?? c);
}
