import { agency } from '../config/agency.ts';
import { cms } from './cms-client.ts';
import { env } from './env.ts';
import { submissionJournal } from './submission-journal/index.ts';

/**
 * Runs when the production server process starts, before it listens (astro.config.mjs imports it into the
 * Node adapter's entry): a wrong environment stops the process with the zod message instead of failing every
 * request, the CMS change-feed poller is already running when the first visitor arrives, and the submission
 * journal is open, its deliverer sending what a previous run left as soon as the CMS answers.
 */
void env;
void agency;
cms();
submissionJournal();
