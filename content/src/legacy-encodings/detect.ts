import { isVietnameseSyllable } from './syllable.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeViqr } from './viqr.ts';
import { decodeVni } from './vni.ts';
import { asWindows1252Text, windows1252 } from './windows-1252.ts';

/**
 * Which encoding a Vietnamese text is in, decided by reading it every way it could be read and measuring how
 * Vietnamese each reading is — never from the file name. A reading scores by its words: a well-formed syllable
 * with diacritics counts for it ("Việt"), a word with a character no Vietnamese word has counts against it
 * ("ViÖt", "Vieät", "Vie^.t"), a plain ASCII word is neutral. The confidence (0–1) is high only when the best
 * reading is itself clean (few words against it) and clearly ahead of the next one on the words where they
 * differ; below `MIN_CONFIDENCE` the text is undecidable and must go to an editor, never in as mojibake.
 */

export const TEXT_ENCODINGS = ['unicode', 'windows-1252', 'tcvn3', 'vni', 'viqr'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];
/** The encodings a person may name to force a conversion (`npm run convert -- --from`). */
export const LEGACY_ENCODINGS = ['tcvn3', 'vni', 'viqr'] as const satisfies readonly TextEncoding[];
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** How each encoding is named to an editor. */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  unicode: 'Unicode',
  'windows-1252': 'Windows-1252 (Latin-1)',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  viqr: 'VIQR',
};

/** Below this confidence a text is undecidable: flagged for an editor, not converted. */
export const MIN_CONFIDENCE = 0.7;

export type EncodingReading = {
  encoding: TextEncoding;
  /** Share of the reading's words that read as Vietnamese or neutral (0–1). */
  quality: number;
};

export type EncodingVerdict = {
  /** The best reading's encoding. */
  encoding: TextEncoding;
  /** How sure (0–1): the best reading's own quality, times its lead over the next reading. */
  confidence: number;
  /** `confidence` reaches `MIN_CONFIDENCE`: `text` may be used. */
  decided: boolean;
  /** The best reading, Unicode NFC. */
  text: string;
  /** Every reading tried, best first. */
  readings: EncodingReading[];
};

/** Characters only a Unicode Vietnamese text has (ă, đ, ơ, ư, ĩ, ũ, the Latin Extended Additional letters, tone marks). */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]/;

/** A file's bytes as text: a BOM is obeyed, then UTF-8 if the bytes are valid UTF-8, else windows-1252. */
export function readBytes(bytes: Uint8Array): { text: string; unicode: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), unicode: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), unicode: true };
  try {
    // `fatal`: an invalid sequence throws instead of becoming U+FFFD; the BOM is dropped by the decoder.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), unicode: true };
  } catch {
    return { text: windows1252(bytes), unicode: false };
  }
}

/** The text in `encoding`, converted to Unicode NFC (a forced reading: no detection). */
export function convertFrom(input: string | Uint8Array, encoding: TextEncoding): string {
  const text = typeof input === 'string' ? input : readBytes(input).text;
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(asWindows1252Text(text));
    case 'vni':
      return decodeVni(asWindows1252Text(text));
    case 'viqr':
      return decodeViqr(text);
    default:
      return text.normalize('NFC');
  }
}

// A word with VIQR marks inside it ("Vie^.t", "a(n", "ddi.nh", "ma`"): VIQR is worth trying only with enough of them,
// so plain ASCII ("Ha Noi.") stays itself.
const VIQR_WORD = /[aeiouy][(^+]|[aeiouy][`'?~.][a-z]|^[(\["]?dd[aeiouy]|[aeiouy][`'~][,;:)"]?$/i;

function viqrLikely(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const marked = words.filter((w) => VIQR_WORD.test(w)).length;
  return marked > 0 && marked >= words.length * 0.1;
}

/**
 * A file that is valid UTF-8 is Unicode unless a legacy reading is clearly better: a tie on a phrase that reads
 * well both ways ("Công an" as it is, "Cụng an" as TCVN3) goes to Unicode. Worth half a word of evidence.
 */
const UNICODE_PRIOR = 0.5;

type Reading = { encoding: TextEncoding; text: string; prior: number };

function readingsOf(input: string | Uint8Array): Reading[] {
  const { text, unicode } = typeof input === 'string' ? { text: input, unicode: true } : readBytes(input);
  const asIs: Reading = { encoding: unicode ? 'unicode' : 'windows-1252', text: text.normalize('NFC'), prior: unicode ? UNICODE_PRIOR : 0 };
  const readings = [asIs];
  // Unicode Vietnamese letters cannot come from a one-byte legacy font: such a text is not TCVN3 or VNI mojibake.
  if (!VIETNAMESE_UNICODE.test(text)) {
    const bytes = asWindows1252Text(text);
    readings.push({ encoding: 'tcvn3', text: decodeTcvn3(bytes), prior: 0 }, { encoding: 'vni', text: decodeVni(bytes), prior: 0 });
    if (viqrLikely(text)) readings.push({ encoding: 'viqr', text: decodeViqr(text), prior: 0 });
  }
  // A reading that changes nothing is the text as it is ("Ha Noi" is not VIQR, "Ha Noi" is not TCVN3).
  return readings.filter((r, i) => i === 0 || r.text !== asIs.text);
}

type WordClass = 'vietnamese' | 'neutral' | 'foreign';
const WORD_VALUE: Record<WordClass, number> = { vietnamese: 1, neutral: 0.5, foreign: 0 };

// Punctuation around a word; the symbols legacy bytes show as (§ ® © µ ·) are not in it, so "®Þnh" stays foreign.
const EDGE_PUNCTUATION = /^[!-/:-@[-`{-~“”‘’«»…–—]+|[!-/:-@[-`{-~“”‘’«»…–—]+$/g;

function classify(chunk: string): WordClass {
  let result: WordClass = 'neutral';
  for (const raw of chunk.split(/[-/]/)) {
    const part = raw.replace(EDGE_PUNCTUATION, '');
    if (part === '' || /[\d@]/.test(part)) continue;
    if (/^[a-z]+$/i.test(part)) continue;
    if (/^\p{L}+$/u.test(part)) {
      if (isVietnameseSyllable(part)) result = 'vietnamese';
      // An abbreviation in capitals ("HĐND", "QĐ") is neither for nor against.
      else if (!/^[A-ZĐ]{2,}$/.test(part)) return 'foreign';
      continue;
    }
    return 'foreign';
  }
  return result;
}

/** Reads a text (a string, or a file's bytes) every plausible way and says which reading is right and how sure. */
export function detectEncoding(input: string | Uint8Array): EncodingVerdict {
  const readings = readingsOf(input);
  // Texts repeat a few thousand words: each is classified once per call.
  const classes = new Map<string, WordClass>();
  const classOf = (chunk: string) => {
    let kind = classes.get(chunk);
    if (kind === undefined) classes.set(chunk, (kind = classify(chunk)));
    return kind;
  };
  const chunked = readings.map((r) => r.text.split(/\s+/).filter(Boolean));
  const aligned = chunked.every((c) => c.length === chunked[0]?.length);
  const scored = readings.map((reading, r) => {
    const chunks = chunked[r] ?? [];
    const counts = { vietnamese: 0, neutral: 0, foreign: 0 };
    let evidence = reading.prior;
    chunks.forEach((chunk, i) => {
      const kind = classOf(chunk);
      counts[kind]++;
      // Only the words the readings disagree on tell them apart.
      if (!aligned || chunked.some((other) => other[i] !== chunk)) evidence += WORD_VALUE[kind];
    });
    const weighed = counts.vietnamese + counts.neutral * 0.5;
    const quality = weighed + counts.foreign === 0 ? 1 : weighed / (weighed + counts.foreign);
    return { ...reading, quality, evidence };
  });
  scored.sort((a, b) => b.evidence - a.evidence);
  const [best, second] = scored;
  if (best === undefined) throw new Error('unreachable: the text as it is is always a reading');
  // The lead is in words: 1 word ahead gives 0.39, 3 give 0.78, 6 give 0.95 — a phrase decides, a word does not.
  // Quality 0.5 (as many words against as for) gives 0; a clean reading (1.0) keeps the whole lead.
  const lead = second === undefined ? 1 : 1 - Math.exp(-(best.evidence - second.evidence) / 2);
  const confidence = Math.round(Math.max(0, (best.quality - 0.5) / 0.5) * lead * 100) / 100;
  return {
    encoding: best.encoding,
    confidence,
    decided: confidence >= MIN_CONFIDENCE,
    text: best.text,
    readings: scored.map((s) => ({ encoding: s.encoding, quality: Math.round(s.quality * 100) / 100 })),
  };
}
