import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, siteConnection, startCms, startSite, type RunningCms, type Service } from '../../scripts/lib/services.ts';
import { postgresForTests } from './postgres.ts';
import { loadDemoContent } from '../../scripts/lib/demo.ts';
import { addDays, isWorkingDay, todayInVietnam } from '../../content/src/index.ts';

/**
 * The real stack for the system tests: Strapi on SQLite, Strapi on PostgreSQL (when one answers; under
 * CI=true it must), and the built Astro site in front of the SQLite CMS. Each run gets fresh data.
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

const ADMIN = { adminEmail: 'quantri@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };

export default async function setup(project: TestProject) {
  const dirs: string[] = [];
  const services: Service[] = [];
  const teardown = async () => {
    await Promise.all(services.map((s) => s.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const publicHolidays = testHolidays();
    const holidayEnv = { PUBLIC_HOLIDAYS: publicHolidays };
    // Many test files log in as the same administrator within minutes: more than Strapi's 5 log-ins per 5 minutes.
    const cmsEnv = { ...holidayEnv, ADMIN_LOGIN_RATE_MAX: '1000' };
    const dataDir = mkdtempSync(join(tmpdir(), 'cong-sqlite-'));
    dirs.push(dataDir);
    const pg = await postgresForTests();
    const [sqliteCms, pgCms] = await Promise.all([
      startCms({ port: await freePort(), dataDir, quiet: true, env: cmsEnv, ...ADMIN }),
      pg.url
        ? (async () => {
            const pgDir = mkdtempSync(join(tmpdir(), 'cong-pg-'));
            dirs.push(pgDir);
            return startCms({ port: await freePort(), dataDir: pgDir, databaseUrl: pg.url!, quiet: true, env: cmsEnv, ...ADMIN });
          })()
        : Promise.resolve(null),
    ]);
    services.push(sqliteCms, ...(pgCms ? [pgCms] : []));
    // The site tests read the demo content, loaded the way `npm start` loads it.
    const demo = await loadDemoContent(sqliteCms.url, sqliteCms.tokens.importer);
    const failed = demo.filter((r) => r.action === 'failed');
    if (failed.length) throw new Error(`demo content failed to import: ${JSON.stringify(failed, null, 2)}`);
    const site = await startSite({
      port: await freePort(),
      ...siteConnection(sqliteCms),
      dataDir,
      quiet: true,
      // The tests stand in for the agency's proxy: an x-forwarded-for they send names a different citizen.
      env: { ...holidayEnv, TRUSTED_PROXIES: '127.0.0.1, ::1' },
    });
    services.push(site);
    const describe = (cms: RunningCms | null) =>
      cms && { url: cms.url, importerToken: cms.tokens.importer, siteToken: cms.tokens.site, commentToken: cms.tokens.comments, publicInputToken: cms.tokens.publicInput, ...ADMIN };
    project.provide('stack', {
      cms: { sqlite: describe(sqliteCms), postgres: describe(pgCms) },
      siteUrl: site.url,
      postgresSkipReason: pg.skipReason,
      publicHolidays,
    });
    return async () => {
      await teardown();
      await pg.drop();
    };
  } catch (error) {
    await teardown();
    throw error;
  }
}

/** The five working days from 20 calendar days ago onwards (a made-up Tết week). */
function testHolidays(): string {
  const days: string[] = [];
  for (let day = addDays(todayInVietnam(), -20); days.length < 5; day = addDays(day, 1)) {
    if (isWorkingDay(day, new Set())) days.push(day);
  }
  return days.join(',');
}
