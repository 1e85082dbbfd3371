/**
 * npm test — the whole suite, as CI runs it: installs and builds what is missing, lints (`npm run lint`) and
 * type-checks every package (`npm run typecheck`), then runs the three vitest projects: unit, integration (the
 * real CMS on SQLite and PostgreSQL, the site, the search engines) and e2e (Debian's Chromium); the last two
 * share one stack, started once (tests/setup/stack.ts).
 * Arguments go to vitest and run only what they select, without the lint and typecheck steps
 * (e.g. `npm test -- --project integration`, `npm test -- tests/e2e/registry.spec.ts`).
 */
import { spawnSync } from 'node:child_process';
import { ensureBuilt, ensureInstalled } from './lib/build.ts';
import { ROOT } from './lib/paths.ts';

ensureInstalled();
ensureBuilt();
const args = process.argv.slice(2);
if (args.length === 0) {
  for (const script of ['lint', 'typecheck']) {
    const started = Date.now();
    const check = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' });
    if (check.status !== 0) {
      console.error(`✗ npm run ${script} failed: fix it, or run one kind of test alone with npm test -- --project unit`);
      process.exit(check.status ?? 1);
    }
    console.log(`✓ npm run ${script} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}
const result = spawnSync('npx', ['vitest', 'run', ...args], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
