// Legacy Vietnamese encodings (TCVN3, VNI, VIQR): detection and conversion to Unicode NFC, for the importer and
// `npm run convert`. Not part of @cong/content's main entry: only the operator's scripts need it.
export * from './detect.ts';
export { isVietnameseSyllable } from './syllable.ts';
export { decodeTcvn3, encodeTcvn3 } from './tcvn3.ts';
export { decodeVni, encodeVni } from './vni.ts';
export { decodeViqr, encodeViqr } from './viqr.ts';
export * from './import-text.ts';
