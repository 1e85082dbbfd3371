import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A secret written for its reader only (0600): a generated password, the API tokens. */
export function writePrivate(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, { mode: 0o600 });
}
