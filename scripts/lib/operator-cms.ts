import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './paths.ts';

/**
 * The CMS an operator's command (`npm run import`, `npm run reindex`) talks to, and the full-access token it uses.
 * Both come from one place unless given: the data folder of the local `npm start` CMS, which holds the importer
 * token it provisioned and, since it was started, its address (`cms-address.json`, written by startCms). So with
 * `CMS_PORT=11337 npm start`, `npm run import -- <folder>` reaches port 11337 with that CMS's own token, instead of
 * port 1337 — a 401, or worse, another instance's registry (product audit, issue 13).
 */
export const CMS_ADDRESS_FILE = 'cms-address.json';
const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';

/** Where a started CMS says it listens; removed when it stops. */
export function recordCmsAddress(dataDir: string, url: string): () => void {
  const file = join(dataDir, CMS_ADDRESS_FILE);
  writeFileSync(file, `${JSON.stringify({ url }, null, 2)}\n`);
  return () => rmSync(file, { force: true });
}

export type CmsUrlSources = {
  /** `--cms <url>` */
  flag?: string | undefined;
  env: Record<string, string | undefined>;
  /** The address the local CMS recorded, if any. */
  recorded?: string | undefined;
};

/** `--cms`, else CMS_URL, else CMS_PORT on this machine, else the address `npm start`'s CMS recorded, else port 1337. */
export function resolveCmsUrl({ flag, env, recorded }: CmsUrlSources): { url: string; from: 'flag' | 'CMS_URL' | 'CMS_PORT' | 'recorded' | 'default' } {
  if (flag) return { url: flag, from: 'flag' };
  if (env.CMS_URL) return { url: env.CMS_URL, from: 'CMS_URL' };
  if (env.CMS_PORT) return { url: `http://127.0.0.1:${Number(env.CMS_PORT)}`, from: 'CMS_PORT' };
  if (recorded) return { url: recorded, from: 'recorded' };
  return { url: DEFAULT_CMS_URL, from: 'default' };
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The URL and token for an operator's command; exits with a Vietnamese hint when there is no token. */
export function operatorCms(given: { cms?: string | undefined; token?: string | undefined }, dataDir = DATA_DIR): { url: string; token: string } {
  const recorded = readJson(join(dataDir, CMS_ADDRESS_FILE))?.url;
  const { url } = resolveCmsUrl({ flag: given.cms, env: process.env, recorded: typeof recorded === 'string' ? recorded : undefined });
  const provisioned = readJson(join(dataDir, 'cms-tokens.json'))?.importer;
  const token = given.token ?? process.env.CMS_IMPORT_TOKEN ?? (typeof provisioned === 'string' ? provisioned : undefined);
  if (!token) {
    console.error('Thiếu API token: chạy `npm start` trước, hoặc truyền --token <API token full-access của CMS>.');
    process.exit(2);
  }
  return { url: url.replace(/\/$/, ''), token };
}
