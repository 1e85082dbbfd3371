import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { CMS_DIR, ROOT, SITE_DIR } from './paths.ts';
import { recordCmsAddress } from './operator-cms.ts';

/**
 * Starting the real services (Strapi, the Astro server) the same way for `npm start`, the integration tests
 * and the benchmarks, so what the tests exercise is what an agency runs.
 */

export type CmsSecrets = Record<'APP_KEYS' | 'API_TOKEN_SALT' | 'ADMIN_JWT_SECRET' | 'TRANSFER_TOKEN_SALT' | 'JWT_SECRET' | 'ENCRYPTION_KEY' | 'COMMENT_HASH_SECRET', string>;

/**
 * Generated on first start into the data folder (never committed); reused afterwards so sessions and tokens
 * survive. A secret added in a later version (COMMENT_HASH_SECRET) is generated into an existing file too.
 */
export function loadOrCreateSecrets(dataDir: string): CmsSecrets {
  const file = join(dataDir, 'cms-secrets.json');
  const existing: Partial<CmsSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const key = () => randomBytes(24).toString('base64');
  const secrets: CmsSecrets = {
    APP_KEYS: existing.APP_KEYS ?? [key(), key(), key(), key()].join(','),
    API_TOKEN_SALT: existing.API_TOKEN_SALT ?? key(),
    ADMIN_JWT_SECRET: existing.ADMIN_JWT_SECRET ?? key(),
    TRANSFER_TOKEN_SALT: existing.TRANSFER_TOKEN_SALT ?? key(),
    JWT_SECRET: existing.JWT_SECRET ?? key(),
    ENCRYPTION_KEY: existing.ENCRYPTION_KEY ?? key(),
    COMMENT_HASH_SECRET: existing.COMMENT_HASH_SECRET ?? randomBytes(32).toString('base64'),
  };
  if (Object.keys(secrets).some((name) => !(name in existing))) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ ...existing, ...secrets }, null, 2), { mode: 0o600 });
  }
  return { ...existing, ...secrets };
}

export type Service = { url: string; process: ChildProcess; stop: () => Promise<void>; logs: () => string };

/**
 * What a service's output shows on this terminal (everything is kept for `logs()` either way):
 * 'warnings' — warnings, errors and failed requests (5xx); 'all' — every line; 'none' — nothing (the tests).
 */
export type LogEcho = 'warnings' | 'all' | 'none';

function launch(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, label: string, echo: LogEcho): Omit<Service, 'url'> {
  // CONG_PROFILE_DIR=<dir>: each service writes a V8 CPU profile there when it stops (for benchmarks).
  const profile = process.env.CONG_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CONG_PROFILE_DIR}`, `--cpu-prof-name=${label}-${Date.now()}.cpuprofile`] : [];
  const child = spawn(command, [...profile, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const partial = { stdout: '', stderr: '' };
  const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const text = chunk.toString();
    log = (log + text).slice(-200_000);
    if (echo === 'none') return;
    const lines = (partial[stream] + text).split('\n');
    partial[stream] = lines.pop()!;
    const shown = lines.map((line) => consoleLine(line, stream, echo)).filter((line) => line !== null);
    if (shown.length) process.stdout.write(shown.map((line) => `[${label}] ${line}\n`).join(''));
  };
  child.stdout!.on('data', collect('stdout'));
  child.stderr!.on('data', collect('stderr'));
  return { process: child, stop: () => stopChild(child, 10_000), logs: () => log };
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`; resolves once it has exited. */
export function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * One output line as the terminal shows it, or null to leave it out. A JSON request line (site/ops.mjs,
 * cms/src/middlewares/request-log.ts) becomes `GET /path 200 12ms id`; other lines stay as they are. Under
 * 'warnings': stderr, Strapi's `warn:`/`error:` lines, JSON lines at warn/error except client errors (4xx).
 */
export function consoleLine(line: string, stream: 'stdout' | 'stderr', echo: LogEcho): string | null {
  if (line.trim() === '') return null;
  // Strapi's logger colours its level names even into a pipe.
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  let entry: { level?: string; method?: string; path?: string; status?: number; durationMs?: number; requestId?: string } | null = null;
  if (line.startsWith('{')) {
    try {
      entry = JSON.parse(line);
    } catch {
      entry = null;
    }
  }
  if (echo === 'warnings') {
    const important = entry
      ? entry.level === 'error' || (entry.level === 'warn' && entry.status === undefined)
      : stream === 'stderr' || /^\[[^\]]*\]\s*(warn|error)\b/i.test(plain) || /\b(warn|warning|error)\b:/i.test(plain.slice(0, 60));
    if (!important) return null;
  }
  if (entry?.method) return `${entry.method} ${entry.path} ${entry.status} ${entry.durationMs}ms ${entry.requestId}`;
  return line;
}

async function waitFor(url: string, service: Omit<Service, 'url'>, label: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null) {
      throw new Error(`${label} exited with code ${service.process.exitCode}:\n${service.logs().slice(-4000)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await service.stop();
  throw new Error(`${label} did not answer ${url} within ${timeoutMs / 1000}s:\n${service.logs().slice(-4000)}`);
}

export type CmsOptions = {
  port: number;
  dataDir: string;
  /** postgres://… to use PostgreSQL; SQLite in dataDir otherwise. */
  databaseUrl?: string;
  adminEmail?: string;
  adminPassword?: string;
  /** Show nothing of the service's output on this terminal (the tests); `echo` says what to show otherwise. */
  quiet?: boolean;
  echo?: LogEcho;
  /** Extra environment, e.g. SMTP_URL, CONSULTATION_MIN_DAYS, OFFICIAL_EMAIL_DOMAINS, PUBLIC_HOLIDAYS. */
  env?: NodeJS.ProcessEnv;
} & RedisOptions;

/**
 * Redis shared by the CMS and several site processes (REDIS_URL), and the key prefix of one group of them
 * (REDIS_PREFIX): tests and benchmarks on one Redis keep apart by prefix.
 */
export type RedisOptions = { redisUrl?: string; redisPrefix?: string };

function redisEnv(options: RedisOptions): NodeJS.ProcessEnv {
  return { ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}), ...(options.redisPrefix ? { REDIS_PREFIX: options.redisPrefix } : {}) };
}

/** `tokenFile` holds every token (the importer's full-access one included); `siteTokenFile` only what the site may hold. */
export type RunningCms = Service & {
  tokens: { site: string; importer: string; comments: string; publicInput: string };
  adminPasswordFile: string;
  tokenFile: string;
  siteTokenFile: string;
};

/** How a site reaches this CMS with the least it needs: its URL and the site's tokens one by one (never the importer's). */
export function siteConnection(cms: Pick<RunningCms, 'url' | 'tokens'>): Pick<SiteOptions, 'cmsUrl' | 'cmsToken' | 'cmsCommentToken' | 'publicInputToken'> {
  return { cmsUrl: cms.url, cmsToken: cms.tokens.site, cmsCommentToken: cms.tokens.comments, publicInputToken: cms.tokens.publicInput };
}

export async function startCms(options: CmsOptions): Promise<RunningCms> {
  mkdirSync(options.dataDir, { recursive: true });
  const tokenFile = join(options.dataDir, 'cms-tokens.json');
  const siteTokenFile = join(options.dataDir, 'site-tokens.json');
  const adminPasswordFile = join(options.dataDir, 'admin-password.txt');
  const publicDir = join(options.dataDir, 'public');
  mkdirSync(join(publicDir, 'uploads'), { recursive: true });
  copyFileSync(join(CMS_DIR, 'public/robots.txt'), join(publicDir, 'robots.txt'));
  const env: NodeJS.ProcessEnv = {
    ...loadOrCreateSecrets(options.dataDir),
    HOST: '127.0.0.1',
    PORT: String(options.port),
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    CMS_TOKEN_FILE: tokenFile,
    CMS_SITE_TOKEN_FILE: siteTokenFile,
    CMS_PUBLIC_DIR: publicDir,
    // Comment attachments (personal data): beside the public folder, never inside it.
    CMS_PRIVATE_DIR: join(options.dataDir, 'private'),
    SEARCH_DB_PATH: join(options.dataDir, 'search.db'),
    CMS_ADMIN_PASSWORD_FILE: adminPasswordFile,
    ...(options.adminEmail ? { CMS_ADMIN_EMAIL: options.adminEmail } : {}),
    ...(options.adminPassword ? { CMS_ADMIN_PASSWORD: options.adminPassword } : {}),
    ...(options.databaseUrl
      ? { DATABASE_URL: options.databaseUrl, DATABASE_CLIENT: 'postgres' }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(options.dataDir, 'cms.db') }),
    ...redisEnv(options),
    ...options.env,
  };
  const strapiBin = join(CMS_DIR, 'node_modules/.bin/strapi');
  const bin = existsSync(strapiBin) ? strapiBin : join(CMS_DIR, '../node_modules/.bin/strapi');
  const service = launch(process.execPath, [bin, 'start'], CMS_DIR, env, 'cms', echoOf(options));
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(`${url}/readyz`, service, 'CMS (Strapi)', 120_000);
  const tokens = JSON.parse(readFileSync(tokenFile, 'utf8'));
  // Beside its tokens, where it listens: `npm run import` / `reindex` find this CMS, not port 1337 (operator-cms.ts).
  const forgetAddress = recordCmsAddress(options.dataDir, url);
  const stop = async () => {
    forgetAddress();
    await service.stop();
  };
  return { ...service, stop, url, tokens, adminPasswordFile, tokenFile, siteTokenFile };
}

export type SiteOptions = {
  port: number;
  cmsUrl: string;
  /** The site's tokens: `cmsToken` (and the two below) one by one, or `tokenFile`, the CMS's site-only token file. */
  cmsToken?: string;
  tokenFile?: string;
  /** The `cong-site-comments` token (submits comments only); without it the comment form answers 503. */
  cmsCommentToken?: string;
  /** The data folder of the CMS it reads from: the embedded search index lives there (default: .data). */
  dataDir?: string;
  /** The `cong-public-input` token: the site files citizens' questions and page ratings with it. */
  publicInputToken?: string;
  publicUrl?: string;
  quiet?: boolean;
  echo?: LogEcho;
  env?: NodeJS.ProcessEnv;
  /** The path whose answer (below 500) says the site is up: `/` by default; `/healthz` for a site started while its CMS is away. */
  readyPath?: string;
} & RedisOptions;

export async function startSite(options: SiteOptions): Promise<Service> {
  const url = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    HOST: '127.0.0.1',
    PORT: String(options.port),
    CMS_URL: options.cmsUrl,
    ...(options.cmsToken ? { CMS_TOKEN: options.cmsToken } : {}),
    ...(options.tokenFile ? { CMS_TOKEN_FILE: options.tokenFile } : {}),
    ...(options.cmsCommentToken ? { CMS_COMMENT_TOKEN: options.cmsCommentToken } : {}),
    ...(options.dataDir ? { SEARCH_DB_PATH: join(options.dataDir, 'search.db') } : {}),
    ...(options.publicInputToken ? { CMS_PUBLIC_INPUT_TOKEN: options.publicInputToken } : {}),
    PUBLIC_SITE_URL: options.publicUrl ?? `http://localhost:${options.port}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...redisEnv(options),
    ...options.env,
  };
  const service = launch(process.execPath, [join(SITE_DIR, 'server.mjs')], SITE_DIR, env, 'site', echoOf(options));
  await waitFor(`${url}${options.readyPath ?? '/'}`, service, 'Site (Astro)', 60_000);
  return { ...service, url };
}

function echoOf(options: { quiet?: boolean; echo?: LogEcho }): LogEcho {
  return options.quiet ? 'none' : (options.echo ?? 'all');
}

export type MailCatcherOptions = { smtpPort: number; webPort: number; dataDir: string; quiet?: boolean };

/**
 * The local mail catcher of `npm start` (MailDev): an SMTP server on 127.0.0.1 that keeps every mail the demo
 * sends, and a web inbox to read them. Only when SMTP_URL is not set: nothing leaves the machine. The mails are
 * kept under <dataDir>/mail (the newest 500).
 */
export async function startMailCatcher(options: MailCatcherOptions): Promise<Service & { smtpUrl: string }> {
  const bin = join(ROOT, 'node_modules/maildev/dist/bin/maildev.js');
  const mailDir = join(options.dataDir, 'mail');
  mkdirSync(mailDir, { recursive: true });
  const args = [
    bin,
    '--smtp', String(options.smtpPort),
    '--web', String(options.webPort),
    '--ip', '127.0.0.1',
    '--web-ip', '127.0.0.1',
    '--mail-directory', mailDir,
    '--max-emails', '500',
  ];
  const service = launch(process.execPath, args, ROOT, {}, 'mail', options.quiet ? 'none' : 'warnings');
  const url = `http://localhost:${options.webPort}`;
  await waitFor(`http://127.0.0.1:${options.webPort}/api/healthz`, service, 'Mail catcher (MailDev)', 30_000);
  return { ...service, url, smtpUrl: `smtp://127.0.0.1:${options.smtpPort}` };
}

/** A port the OS says is free right now (tests and benchmarks run beside a developer's own `npm start`). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
