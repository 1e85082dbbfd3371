import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './paths.ts';

/**
 * The full-access token an operator's command (import, reindex) uses: the one given (--token or
 * CMS_IMPORT_TOKEN), else the importer token the local `npm start` CMS provisioned. Exits with a Vietnamese
 * hint when there is none.
 */
export function operatorToken(given: string | undefined): string {
  const tokenFile = join(DATA_DIR, 'cms-tokens.json');
  const token = given ?? (existsSync(tokenFile) ? (JSON.parse(readFileSync(tokenFile, 'utf8')).importer as string | undefined) : undefined);
  if (!token) {
    console.error('Thiếu API token: chạy `npm start` trước, hoặc truyền --token <API token full-access của CMS>.');
    process.exit(2);
  }
  return token;
}
