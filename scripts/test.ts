/**
 * npm test — the whole suite: installs and builds what is missing, then runs the unit tests and the system
 * tests, which start the real services themselves (Strapi on SQLite and PostgreSQL, the site, Chromium).
 * Extra arguments go to vitest (e.g. `npm test -- --project unit`).
 */
import { spawnSync } from 'node:child_process';
import { ensureBuilt, ensureInstalled } from './lib/build.ts';
import { ROOT } from './lib/paths.ts';

ensureInstalled();
ensureBuilt();
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
