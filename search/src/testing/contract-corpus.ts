import { foldedKey } from '@cong/content';
import { DEMO_TODAY, demoRecords } from '@cong/content/demo';
import { legalDocumentToSearchDocument } from '../mappers/legal-document.ts';
import type { SearchDocument } from '../search-document.ts';
import { syllables } from '../text/syllables.ts';
import { registryFixturesDir, seedCorpusAvailable, seedCorpusDir, seedCorpusMissing } from '@cong/content/fixtures';
import { hasManifest, readManifestFolder, toLegalDocuments } from './fixture-corpus.ts';

/**
 * The documents every engine is tested on: the shared seed corpus (five real public documents), the project's
 * registry fixtures and the demo registry, each as the CMS would hand them to search. Missing folders are
 * reported, not silently skipped (and under CI=true a missing seed corpus fails: see `seedCorpusAvailable`).
 */
export type ContractCorpus = { docs: SearchDocument[]; missing: string[] };

export function contractCorpus(): ContractCorpus {
  const missing: string[] = [];
  const docs: SearchDocument[] = [];
  if (seedCorpusAvailable()) docs.push(...toLegalDocuments(readManifestFolder(seedCorpusDir)).map(legalDocumentToSearchDocument));
  else missing.push(seedCorpusMissing);
  if (hasManifest(registryFixturesDir)) docs.push(...toLegalDocuments(readManifestFolder(registryFixturesDir)).map(legalDocumentToSearchDocument));
  else missing.push(`registry fixtures (${registryFixturesDir})`);
  docs.push(...toLegalDocuments(demoRecords, DEMO_TODAY).map(legalDocumentToSearchDocument));
  const seen = new Set<string>();
  return { docs: docs.filter((doc) => !seen.has(doc.id) && seen.add(doc.id)), missing };
}

/** Whether a document's title or text contains a phrase, compared on folded syllables (the test's own oracle). */
export function containsPhrase(doc: SearchDocument, phrase: string): boolean {
  const words = (text: string) => ` ${syllables(text).map((s) => s.folded).join(' ')} `;
  const needle = words(phrase);
  return words(doc.title).includes(needle) || words(doc.text).includes(needle);
}

/** Whether a document contains a syllable with exactly these accents. */
export function containsExact(doc: SearchDocument, exact: string): boolean {
  return syllables(`${doc.title} ${doc.text}`).some((s) => s.exact === exact);
}

export function folded(text: string): string {
  return foldedKey(text);
}
