import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startCms, startSite, type RunningCms, type Service } from '../../scripts/lib/services.ts';
import { CmsApi } from './cms-api.ts';

/** A CMS and a site of one test file's own, on free ports and a temporary data folder. */
export type OwnPortal = { cms: RunningCms; site: Service; api: CmsApi; dataDir: string; stop: () => Promise<void> };

/**
 * Starts a portal for a test that would disturb the shared stack (a notice every page shows, a CMS it stops).
 * `name` marks the data folder; `stop` stops both and removes the folder, and is safe to call twice.
 */
export async function startOwnPortal(name: string, admin: { adminEmail: string; adminPassword: string }, siteEnv: NodeJS.ProcessEnv = {}): Promise<OwnPortal> {
  const dataDir = mkdtempSync(join(tmpdir(), `cong-${name}-`));
  let cms: RunningCms | undefined;
  let site: Service | undefined;
  const stop = async () => {
    await Promise.all([site?.stop(), cms?.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    cms = await startCms({ port: await freePort(), dataDir, quiet: true, ...admin });
    site = await startSite({ port: await freePort(), cmsUrl: cms.url, cmsToken: cms.tokens.site, dataDir, quiet: true, env: siteEnv });
  } catch (error) {
    await stop();
    throw error;
  }
  return { cms, site, api: new CmsApi(cms.url, cms.tokens.importer, admin), dataDir, stop };
}
