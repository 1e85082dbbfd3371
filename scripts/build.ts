/**
 * npm run build [-- --force] [-- --only content,search,cms-types]
 * Builds what is out of date (content, search, CMS types, CMS, site), the same step `npm start` and `npm test` take
 * first. `--only` builds just the named targets and installs nothing: `npm run typecheck` uses it for what the
 * typecheck reads (the packages' declarations and Strapi's generated types) on a clone that was never built.
 */
import { parseArgs } from 'node:util';
import { ensureBuilt, ensureInstalled } from './lib/build.ts';

const { values } = parseArgs({ options: { force: { type: 'boolean', default: false }, only: { type: 'string' } } });
const only = values.only?.split(',').map((name) => name.trim());
if (!only) ensureInstalled();
ensureBuilt({ force: values.force, only });
