/**
 * npm run build [-- --force]
 * Builds what is out of date (content, search, CMS, site), the same step `npm start` and `npm test` take first.
 */
import { parseArgs } from 'node:util';
import { ensureBuilt, ensureInstalled } from './lib/build.ts';

const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
ensureInstalled();
ensureBuilt({ force: values.force });
