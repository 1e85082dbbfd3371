import { BARE_VOWELS, toned } from './letters.ts';
import { byteChar } from './windows-1252.ts';

/**
 * TCVN3 ("ABC", TCVN 5712:1993 VN3; fonts .VnTime, .VnArial): one byte per precomposed lower-case letter.
 * VN3 has no capital with a tone: those were typed with the lower-case codes in an upper-case font (.VnTimeH), so
 * "CéNG HOµ" on disk is "CỘNG HOÀ" on paper. The byte values are TCVN 5712:1993's, checked byte for byte against
 * glibc's TCVN5712-1 converter (VN1, of which VN3 is the subset without the tone-marked capitals in 0x80–0x9F).
 */

/** Bytes of each vowel by tone (none, huyền, sắc, hỏi, ngã, nặng); an ASCII letter where the vowel is plain. */
const VOWEL_BYTES: Record<(typeof BARE_VOWELS)[number], readonly [number | string, number, number, number, number, number]> = {
  a: ['a', 0xb5, 0xb8, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb],
  e: ['e', 0xcc, 0xd0, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6],
  i: ['i', 0xd7, 0xdd, 0xd8, 0xdc, 0xde],
  o: ['o', 0xdf, 0xe3, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xea, 0xed, 0xeb, 0xec, 0xee],
  u: ['u', 0xef, 0xf3, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9],
  y: ['y', 0xfa, 0xfd, 0xfb, 0xfc, 0xfe],
};

/** The other letters: đ, the capitals VN3 keeps, and VN1's tone-marked capitals in the code points VN3 leaves free. */
const OTHER_BYTES: ReadonlyArray<readonly [number, string]> = [
  [0xae, 'đ'], [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xaf, 'Ằ'], [0xba, 'Ẳ'], [0xbf, 'Ẵ'], [0xc0, 'Ắ'], [0xc1, 'Ầ'], [0xc2, 'Ẩ'], [0xc3, 'Ẫ'], [0xc4, 'Ấ'],
  [0xc5, 'Ề'], [0xcd, 'Ể'], [0xd9, 'Ễ'], [0xda, 'Ế'], [0xdb, 'Ồ'], [0xe0, 'Ổ'], [0xf0, 'Ỗ'], [0xff, 'Ố'],
  // VN1's combining tone marks (grave, hook, tilde, acute, dot below): NFC composes them with the vowel before.
  [0xb0, '\u0300'], [0xb1, '\u0309'], [0xb2, '\u0303'], [0xb3, '\u0301'], [0xb4, '\u0323'],
];

/** windows-1252 character of a TCVN3 byte → the Unicode letter it stands for. */
const DECODE = new Map<string, string>();
/** Unicode letter → its TCVN3 byte (as a windows-1252 character); for the inverse conversion the tests use. */
const ENCODE = new Map<string, string>();

for (const vowel of BARE_VOWELS) {
  VOWEL_BYTES[vowel].forEach((code, tone) => {
    if (typeof code === 'string') return;
    DECODE.set(byteChar(code), toned(vowel, tone));
    ENCODE.set(toned(vowel, tone), byteChar(code));
  });
}
for (const [code, letter] of OTHER_BYTES) {
  DECODE.set(byteChar(code), letter);
  ENCODE.set(letter, byteChar(code));
}

// A line typed in an upper-case font: its ASCII letters are all capitals (at least three of them).
const UPPER_LINE = /^[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*$/;
// A word in an upper-case font amid ordinary text: two or more ASCII letters, all capitals ("CéNG", "§éC LËP").
const UPPER_WORD = /^[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*$/;

/**
 * TCVN3 text (as windows-1252 characters) → Unicode NFC. A line or word whose ASCII letters are all capitals was
 * typed in .VnTimeH, so its lower-case codes are capitals too; where that cannot be seen (a word with one capital
 * and no other ASCII letter, "Tõ") the letter stays as coded.
 */
export function decodeTcvn3(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const upperLine = UPPER_LINE.test(line);
      return line.replace(/\S+/g, (word) => {
        let hasCode = false;
        const decoded = word.replace(/[\u00a1-\u00ff]/g, (c) => {
          const letter = DECODE.get(c);
          if (letter === undefined) return c;
          hasCode = true;
          return letter;
        });
        return hasCode && (upperLine || UPPER_WORD.test(word)) ? decoded.toUpperCase() : decoded;
      });
    })
    .join('\n')
    .normalize('NFC');
}

/**
 * Unicode → TCVN3 (windows-1252 characters), the inverse of `decodeTcvn3` for the tests' round trips. A
 * tone-marked capital VN3 lacks is written with its lower-case code, as a typist with .VnTimeH did.
 */
export function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => ENCODE.get(c) ?? ENCODE.get(c.toLowerCase()) ?? c)
    .join('');
}
