import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * Install and build only what is missing or stale, so a second `npm start` reuses everything and is up in
 * seconds. Staleness is the newest source mtime against a stamp written after a successful build.
 */
const SKIP = new Set(['node_modules', 'dist', 'build', '.cache', '.tmp', '.strapi', '.astro', 'types', 'public']);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    throw new Error(`«${command} ${args.join(' ')}» failed in ${cwd} (exit ${result.status ?? result.signal})`);
  }
}

/** `npm ci` when node_modules is missing or the lockfile changed since the last install. */
export function ensureInstalled(): void {
  const lock = readFileSync(join(ROOT, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const stamp = join(ROOT, 'node_modules', '.cong-lock-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  console.log('› Cài đặt thư viện (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], ROOT);
  writeFileSync(stamp, hash);
}

type Target = { name: string; inputs: string[]; stamp: string; build: () => void };

const TARGETS: Target[] = [
  {
    name: 'content',
    inputs: ['content'],
    stamp: 'content/dist/.stamp',
    build: () => run('npx', ['tsc', '-b', 'content'], ROOT),
  },
  {
    name: 'search',
    inputs: ['content', 'search'],
    stamp: 'search/dist/.stamp',
    build: () => existsSync(join(ROOT, 'search/tsconfig.json')) && run('npx', ['tsc', '-b', 'search'], ROOT),
  },
  {
    // Strapi's types (cms/types/generated) are generated from the schemas here, on every build that finds the CMS's
    // sources newer (or the folder gone), and never committed nor edited by hand; the typecheck reads them.
    name: 'cms-types',
    inputs: ['cms/src', 'cms/config'],
    stamp: 'cms/types/generated/.stamp',
    build: () => run('npx', ['strapi', 'ts:generate-types', '--silent'], join(ROOT, 'cms'), { STRAPI_TELEMETRY_DISABLED: 'true' }),
  },
  {
    name: 'cms',
    inputs: ['content', 'cms'],
    stamp: 'cms/dist/.stamp',
    build: () => run('npx', ['strapi', 'build'], join(ROOT, 'cms'), { STRAPI_TELEMETRY_DISABLED: 'true', NODE_OPTIONS: '--max-old-space-size=3072' }),
  },
  {
    name: 'site',
    inputs: ['content', 'search', 'site'],
    stamp: 'site/dist/.stamp',
    build: () => run('npx', ['astro', 'build'], join(ROOT, 'site'), { ASTRO_TELEMETRY_DISABLED: '1' }),
  },
];

/** Builds every stale target, or only those named in `only` (`npm run typecheck` needs content, search and cms-types). */
export function ensureBuilt(options: { force?: boolean; only?: readonly string[] } = {}): void {
  for (const target of TARGETS) {
    if (options.only && !options.only.includes(target.name)) continue;
    const stamp = join(ROOT, target.stamp);
    const sourceTime = Math.max(...target.inputs.map((dir) => newestMtime(join(ROOT, dir))));
    if (!options.force && existsSync(stamp) && statSync(stamp).mtimeMs >= sourceTime) continue;
    console.log(`› Biên dịch ${target.name}…`);
    target.build();
    mkdirSync(join(stamp, '..'), { recursive: true });
    writeFileSync(stamp, new Date().toISOString());
  }
}
