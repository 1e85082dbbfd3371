import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, siteConnection, startCms, startSite, type RunningCms, type Service } from '../../scripts/lib/services.ts';
import { postgresForTests } from './postgres.ts';
import { loadDemoContent } from '../../scripts/lib/demo.ts';
import { addDays, isWorkingDay, todayInVietnam } from '../../content/src/index.ts';

/**
 * The real stack for the integration and end-to-end tests: Strapi on SQLite with the demo content and the built
 * Astro site in front of it, plus — for the integration project — Strapi on PostgreSQL (when one answers; under
 * CI=true it must). Each run gets fresh data.
 *
 * Both projects list this file as their globalSetup, and vitest calls it once per project in the same process.
 * The stack is kept on globalThis so a run of both starts it once (the projects' module graphs are separate),
 * and it stops when the last project tears down. `--project e2e` alone skips the PostgreSQL CMS, which no
 * browser test uses.
 */
export type StackInfo = {
  cms: Record<'sqlite' | 'postgres', { url: string; importerToken: string; siteToken: string; commentToken: string; publicInputToken: string; adminEmail: string; adminPassword: string } | null>;
  siteUrl: string;
  postgresSkipReason: string | null;
  /** PUBLIC_HOLIDAYS given to both CMSes and the site: a week of weekdays 3 weeks back, so the 15-working-day rule visibly moves. */
  publicHolidays: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

type CmsInfo = NonNullable<StackInfo['cms']['sqlite']>;
type Part<T> = { info: T; stop: () => Promise<void> };
type Shared = {
  users: number;
  publicHolidays: string;
  base?: Promise<Part<{ sqlite: CmsInfo; siteUrl: string }>>;
  postgres?: Promise<Part<{ postgres: CmsInfo | null; skipReason: string | null }>>;
};

const ADMIN = { adminEmail: 'quantri@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };
const SHARED = Symbol.for('cong.tests.stack');

export default async function setup(project: TestProject) {
  const global = globalThis as { [SHARED]?: Shared };
  const shared = (global[SHARED] ??= { users: 0, publicHolidays: testHolidays() });
  shared.users += 1;
  const release = async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete global[SHARED];
    // Each part cleans up after itself when it fails to start; only started parts are stopped here.
    const parts = await Promise.allSettled([shared.postgres, shared.base].filter((p) => p !== undefined));
    for (const part of parts) if (part.status === 'fulfilled') await part.value.stop();
  };
  try {
    // Kicked off together so both CMSes boot at once when the integration project is in the run.
    if (project.name === 'integration') shared.postgres ??= startPostgresCms(shared.publicHolidays);
    shared.base ??= startBase(shared.publicHolidays);
    // Awaited together: a failed part is handled at once, not reported as an unhandled rejection.
    const [base, withPostgres] = await Promise.all([shared.base, shared.postgres]);
    const postgres = withPostgres?.info ?? { postgres: null, skipReason: 'the PostgreSQL CMS starts only for the integration project' };
    project.provide('stack', {
      cms: { sqlite: base.info.sqlite, postgres: postgres.postgres },
      siteUrl: base.info.siteUrl,
      postgresSkipReason: postgres.skipReason,
      publicHolidays: shared.publicHolidays,
    });
    return release;
  } catch (error) {
    await release();
    throw error;
  }
}

/** Many test files log in as the same administrator within minutes: more than Strapi's 5 log-ins per 5 minutes. */
const cmsEnv = (publicHolidays: string) => ({ PUBLIC_HOLIDAYS: publicHolidays, ADMIN_LOGIN_RATE_MAX: '1000' });

function describeCms(cms: RunningCms): CmsInfo {
  return { url: cms.url, importerToken: cms.tokens.importer, siteToken: cms.tokens.site, commentToken: cms.tokens.comments, publicInputToken: cms.tokens.publicInput, ...ADMIN };
}

/** Runs `start` with a list of things to undo; on failure undoes them before rethrowing. */
async function withCleanup<T>(start: (services: Service[], dirs: string[]) => Promise<T>): Promise<Part<T>> {
  const services: Service[] = [];
  const dirs: string[] = [];
  const stop = async () => {
    await Promise.all(services.map((s) => s.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    return { info: await start(services, dirs), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Strapi on SQLite with the demo content, and the built site in front of it. */
function startBase(publicHolidays: string) {
  return withCleanup(async (services, dirs) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cong-sqlite-'));
    dirs.push(dataDir);
    const cms = await startCms({ port: await freePort(), dataDir, quiet: true, env: cmsEnv(publicHolidays), ...ADMIN });
    services.push(cms);
    // The site tests read the demo content, loaded the way `npm start` loads it.
    const demo = await loadDemoContent(cms.url, cms.tokens.importer);
    const failed = demo.filter((r) => r.action === 'failed');
    if (failed.length) throw new Error(`demo content failed to import: ${JSON.stringify(failed, null, 2)}`);
    const site = await startSite({
      port: await freePort(),
      ...siteConnection(cms),
      dataDir,
      quiet: true,
      // The tests stand in for the agency's proxy: an x-forwarded-for they send names a different citizen.
      env: { PUBLIC_HOLIDAYS: publicHolidays, TRUSTED_PROXIES: '127.0.0.1, ::1' },
    });
    services.push(site);
    return { sqlite: describeCms(cms), siteUrl: site.url };
  });
}

/** Strapi on a fresh database of the machine's PostgreSQL, or the reason there is none. */
async function startPostgresCms(publicHolidays: string) {
  const pg = await postgresForTests();
  if (!pg.url) return { info: { postgres: null, skipReason: pg.skipReason }, stop: async () => {} };
  const part = await withCleanup(async (services, dirs) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cong-pg-'));
    dirs.push(dataDir);
    const cms = await startCms({ port: await freePort(), dataDir, databaseUrl: pg.url!, quiet: true, env: cmsEnv(publicHolidays), ...ADMIN });
    services.push(cms);
    return { postgres: describeCms(cms), skipReason: null };
  }).catch(async (error: unknown) => {
    await pg.drop();
    throw error;
  });
  return {
    info: part.info,
    stop: async () => {
      await part.stop();
      await pg.drop();
    },
  };
}

/** The five working days from 20 calendar days ago onwards (a made-up Tết week). */
function testHolidays(): string {
  const days: string[] = [];
  for (let day = addDays(todayInVietnam(), -20); days.length < 5; day = addDays(day, 1)) {
    if (isWorkingDay(day, new Set())) days.push(day);
  }
  return days.join(',');
}
