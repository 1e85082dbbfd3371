import { agency } from '../config/agency.ts';
import { cms } from './cms-client.ts';
import { env } from './env.ts';
import './page-cache/index.ts';

/**
 * Runs when the production server process starts, before it listens (astro.config.mjs imports it into the
 * Node adapter's entry): a wrong environment stops the process with the zod message instead of failing every
 * request, and the CMS change-feed poller is already running when the first visitor arrives.
 */
void env;
void agency;
cms();
