import { agency } from '../../config/agency.ts';
import { cms } from '../cms/cms-client.ts';
import { env } from './env.ts';
import '../page-cache/index.ts';
import { formSecretAdvice, loadSharedFormSecret } from '../shared-state/form-secret.ts';
import { submissionJournal } from '../submission-journal/index.ts';

/**
 * Runs when the production server process starts, before it listens (astro.config.mjs imports it into the
 * Node adapter's entry): a wrong environment stops the process with the zod message instead of failing every
 * request, the CMS change-feed poller is already running when the first visitor arrives, and the submission
 * journal is open, its deliverer sending what a previous run left as soon as the CMS answers.
 */
void env;
void agency;
cms();

// The forms' secret shared by the replicas (REDIS_URL without FORM_SECRET) is read before the first request:
// this module's top-level await holds server.mjs's import of the entry, so nothing listens until it is done, and
// FormSigner never has to wait for Redis in a request (shared-state/form-secret.ts).
const advice = formSecretAdvice(env);
if (advice) console.warn(advice);
await loadSharedFormSecret();
// Comments and questions taken while the CMS was away are delivered from here (submission-journal/).
submissionJournal();
