import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Where things live, named once for every script. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA_DIR = process.env.CONG_DATA_DIR ?? join(ROOT, '.data');
export const CMS_DIR = join(ROOT, 'cms');
export const SITE_DIR = join(ROOT, 'site');
