/**
 * Whether a word is a well-formed Vietnamese syllable: onset + rhyme, at most one tone mark, sitting on a vowel,
 * and a stop ending (-p, -t, -c, -ch) only with sắc or nặng. It is the detector's measure of "how Vietnamese" a
 * decoding reads: a right decoding gives almost only such syllables, a wrong one gives "ViÖt", "Vieät", "Vieọt".
 * Deliberately lenient (loan spellings such as "ôtô" pass if they fit the shape), strict where mojibake shows.
 */

const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?';

// Every rhyme of the standard orthography, without its tone (after "qu" the "u" belongs to the onset, so "quyết"
// is qu + "yêt" and "quốc" is qu + "ôc": both are in the list for other onsets too).
const RHYMES = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'ă ăc ăm ăn ăng ăp ăt',
  'â âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
  'o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet oi om on ong ooc oong op ot',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uân uâng uât uây uc uê uêch uênh ui um un ung uôc uôi uôm uôn uông uôt up ut uy uya uych uyên uyêt uynh uyt uyu uơ',
  'ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu',
  'y yêm yên yêng yêt yêu ych ynh yt',
].join(' ');

const SYLLABLE = new RegExp(`^${ONSET}(${RHYMES.split(' ').join('|')})$`);

/** The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const TONE = /[\u0300\u0301\u0309\u0303\u0323]/g;

/** A word of letters only (any case, NFC or NFD); digits and punctuation make it not a syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE) ?? [];
  if (tones.length > 1) return false;
  const tone = tones[0];
  if (tone !== undefined) {
    // NFD puts the tone after its letter (and after a circumflex, breve or horn): that letter must be a vowel.
    const at = nfd.indexOf(tone);
    const carrier = nfd.slice(0, at).replace(/[\u0302\u0306\u031b]$/, '').slice(-1);
    if (!'aeiouy'.includes(carrier)) return false;
  }
  const bare = nfd.replace(TONE, '').normalize('NFC');
  const match = SYLLABLE.exec(bare);
  if (!match) return false;
  const rhyme = match[1] ?? '';
  // A syllable closed by a stop takes only sắc or nặng ("tiết", "việc"; never "tiềt").
  if (/(?:c|ch|p|t)$/.test(rhyme) && tone !== undefined && tone !== '\u0301' && tone !== '\u0323') return false;
  return true;
}
