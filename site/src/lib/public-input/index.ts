import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  type Acknowledgement,
  AcknowledgementSchema,
  fieldErrors,
  firstIssue,
  newLookupCode,
  newReceiptCode,
  parseLinkToken,
  parsePublicComment,
  type PublicSubmissionOutcome,
  QuestionSubmissionSchema,
  RATED_PATH,
  RatingScoreSchema,
  SubscriptionRequestSchema,
  type SubscriptionFormField,
  subscriptionFormField,
  subscriptionFromForm,
  SUBSCRIPTION_FORM_FIELDS,
  ReceiptSchema,
  type RefusalReason,
  submissionRetryAfter,
  submissionStatus,
  todayInVietnam,
} from '@cong/content';
import { vi } from '../../i18n/vi.ts';
import { cms } from '../cms/cms-client.ts';
import { commentApiTokens, commentFormSigner, commentInput } from '../consultations/comment-form.ts';
import { commentRelay, type RelayAnswer } from '../consultations/comment-relay.ts';
import { attachmentProblem, formFiles, getConsultation } from '../consultations/consultations.ts';
import { env } from '../server/env.ts';
import { CmsUnavailableError } from '../server/errors.ts';
import { FormSigner, HONEYPOT_FIELD, TOKEN_FIELD, type TokenCheck } from './form-guard.ts';
import { postPublicInput } from '../portal/question-relay.ts';
import { formKeys } from '../shared-state/form-secret.ts';
import { sharedState } from '../shared-state/index.ts';
import { cmsUnreachable, submissionJournal } from '../submission-journal/index.ts';
import { type FormUse, formUse, submissionKey } from './form-use.ts';
import { type LimitedForm, overLimit as limitOf } from './limits.ts';
import { readPublicBody } from './body.ts';
import { clientAddress, parseTrustedProxies } from './client-address.ts';
import { isCrossOriginWrite, ownOrigins } from './origin.ts';

/**
 * The one public-input pipeline: every public write of the site — a comment through the JSON API or the no-JS
 * form on /du-thao/<slug>, a question on /hoi-dap, a rating on /danh-gia, and any later form — goes through
 * here, in this order:
 *   1. cross-origin browser posts refused (origin.ts);
 *   2. the body read within its limit, never buffered past it (body.ts; server.mjs refuses the hopeless first);
 *   3. anti-automation: the honeypot and signed timing token of a form (form-guard.ts), the comment API's token
 *      (api-token.ts);
 *   4. validation with the content model's schema, before anything is relayed;
 *   5. rate limits per client address (client-address.ts: TRUSTED_PROXIES) and per mailbox (limits.ts; shared by
 *      every replica through shared-state/ when REDIS_URL is set);
 *   6. relayed to the CMS, whose answer becomes the outcome here, once; when the CMS is unreachable (no answer,
 *      time-out, 502/503/504), a comment or question validated fully is kept in the submission journal
 *      (src/lib/submission-journal/) and accepted as usual, with the receipt code the site stamped on it.
 * The result is the content model's `PublicSubmissionOutcome`, rendered once as JSON (`jsonAnswer`) and once
 * for a form page (`formPage`).
 */

/** What the pipeline needs of Astro's context (APIContext and the page's Astro global both have it). */
export type Intake = { request: Request; clientAddress: string; url: URL };

/** An outcome, and the fields as posted (a form page shows them again, so nothing typed is lost). */
export type Submission = { outcome: PublicSubmissionOutcome; fields: Record<string, unknown>; form: FormData | null };

const proxies = parseTrustedProxies(env.TRUSTED_PROXIES);

/** The citizen's address by the trusted-proxy rule (never a header from a peer that is not a proxy). */
export function addressOf(intake: Intake): string {
  return clientAddress(intake.clientAddress, intake.request.headers.get(env.CLIENT_ADDRESS_HEADER), proxies);
}

// Step 5 (limits.ts). The keyer hashes addresses and mailboxes with the forms' secret (formKeys: the same on
// every replica), for the limits' keys, a question's senderKey and a rating's visitorKey.
const keyer = new FormSigner(formKeys);
const overLimit = (form: LimitedForm, address: string, email?: string) => limitOf(sharedState(), keyer, form, address, email);

const refused = (reason: RefusalReason, message: string): PublicSubmissionOutcome => ({ kind: 'refused', reason, message });

const BODY_REFUSALS = {
  malformed: vi.publicInput.malformed,
  'unsupported-type': vi.publicInput.unsupportedType,
  'too-large': vi.publicInput.tooLarge,
} as const;

/** Steps 1 and 2, the same for every write. */
async function intake(ctx: Intake, body: { json: boolean; files: boolean }): Promise<{ fields: Record<string, unknown>; form: FormData | null } | PublicSubmissionOutcome> {
  if (isCrossOriginWrite(ctx.request.headers, ownOrigins(env.PUBLIC_SITE_URL, ctx.url))) return refused('cross-origin', vi.publicInput.crossOrigin);
  const read = await readPublicBody(ctx.request, body);
  if (!read.ok) return refused(read.reason, BODY_REFUSALS[read.reason]);
  return { fields: read.fields, form: read.form };
}

const isOutcome = (value: object): value is PublicSubmissionOutcome => 'kind' in value;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function formTokenRefusal(check: Exclude<TokenCheck, { ok: true }>, messages: { tooFast: string; expired: string }): PublicSubmissionOutcome {
  if (check.reason === 'too-fast') return refused('too-fast', messages.tooFast);
  return refused(check.reason === 'expired' ? 'token-expired' : 'token-invalid', messages.expired);
}

/**
 * A no-JavaScript form's post, read: its fields, and `done`, which pairs an outcome with the fields as posted so the
 * page can show them again. When the body itself is refused (cross-origin, too large…) the Submission is ready.
 */
async function readFormPost(ctx: Intake): Promise<{ fields: Record<string, unknown>; done: (outcome: PublicSubmissionOutcome) => Submission } | Submission> {
  const read = await intake(ctx, { json: false, files: false });
  if (isOutcome(read)) return { outcome: read, fields: {}, form: null };
  const { fields, form } = read;
  return { fields, done: (outcome) => ({ outcome, fields, form }) };
}

/**
 * A form post, read, then checked by its anti-spam fields (FormGuard.astro writes them): a filled honeypot is spam
 * (taken, never stored); a token too fresh, too old or not ours is refused in the form's own words. When both
 * pass, also the token's nonce. `bound` names what the token was issued for, when the form binds it (a page).
 */
async function readGuardedForm(
  ctx: Intake,
  signer: FormSigner,
  messages: { tooFast: string; expired: string },
  bound?: (fields: Record<string, unknown>) => string,
): Promise<{ fields: Record<string, unknown>; done: (outcome: PublicSubmissionOutcome) => Submission; nonce: string } | Submission> {
  const post = await readFormPost(ctx);
  if ('outcome' in post) return post;
  if (text(post.fields[HONEYPOT_FIELD]) !== '') return post.done({ kind: 'spam' });
  const token = signer.check(text(post.fields[TOKEN_FIELD]), Date.now(), bound?.(post.fields));
  return token.ok ? { ...post, nonce: token.nonce } : post.done(formTokenRefusal(token, messages));
}

/** How a form's fields are validated (step 4): what the schema reads of them, and its issues by form field. */
type FormValidation<T> = {
  schema: z.ZodType<T>;
  input: (fields: Record<string, unknown>) => unknown;
  errors: (error: z.ZodError) => Record<string, string>;
};

/**
 * Steps 3 and 4 for a no-JS form: read and guarded (readGuardedForm), then validated with the content model's
 * schema; an invalid post is answered with its errors by field, and the fields as posted for the page to show.
 */
async function readValidForm<T>(
  ctx: Intake,
  signer: FormSigner,
  messages: { tooFast: string; expired: string },
  validation: FormValidation<T>,
  bound?: (fields: Record<string, unknown>) => string,
): Promise<{ fields: Record<string, unknown>; done: (outcome: PublicSubmissionOutcome) => Submission; nonce: string; value: T } | Submission> {
  const post = await readGuardedForm(ctx, signer, messages, bound);
  if ('outcome' in post) return post;
  const parsed = validation.schema.safeParse(validation.input(post.fields));
  return parsed.success ? { ...post, value: parsed.data } : post.done({ kind: 'invalid', errors: validation.errors(parsed.error) });
}

function unavailable(what: string, error: CmsUnavailableError, message: string): PublicSubmissionOutcome {
  console.error(`[site] ${what} not relayed: ${error.message}\n  hint: ${error.hint}`);
  return { kind: 'unavailable', retryAfter: 30, message };
}

/**
 * The answer to a form submission: an accepted one is recorded against its token and sender (form-use.ts) here,
 * once, whichever way it was accepted (the CMS took it, or the journal kept it).
 */
function answerRecordingUse(use: FormUse | null, done: (outcome: PublicSubmissionOutcome) => Submission) {
  return async (outcome: PublicSubmissionOutcome): Promise<Submission> => {
    if (use && outcome.kind === 'accepted') await use.accepted();
    return done(outcome);
  };
}

/**
 * Steps 3b and 5 for a guarded form whose token is used once per sender (the question and subscription forms; the
 * comment form's token is optional, see submitComment): the submission's key derived from the token's nonce and the
 * fields that make two posts the same one (form-use.ts), the token refused when this sender already used it for
 * something else, then the sender's rate limit. Admitted: the address, the key and the answer that records the use.
 */
async function admitSender(
  ctx: Intake,
  form: LimitedForm,
  post: { fields: Record<string, unknown>; done: (outcome: PublicSubmissionOutcome) => Submission; nonce: string },
  keyFields: readonly string[],
  email: string,
  messages: { used: string; rateLimited: string },
): Promise<{ address: string; key: string; accepted: (outcome: PublicSubmissionOutcome) => Promise<Submission> } | Submission> {
  const address = addressOf(ctx);
  const key = submissionKey(form, post.nonce, post.fields, keyFields);
  const use = formUse(sharedState(), keyer, form, post.nonce, { address, email }, key);
  if (!(await use.allowed())) return post.done(refused('token-expired', messages.used));
  const accepted = answerRecordingUse(use, post.done);
  const wait = await overLimit(form, address, email);
  if (wait !== null) return post.done({ kind: 'rate-limited', retryAfter: wait, message: messages.rateLimited });
  return { address, key, accepted };
}

/** A CMS desk's answer to a form it did not take: 400 names the field path at fault (Strapi's validation error). */
type DeskRejection = { path: string[]; message: string | undefined };

/**
 * Step 6's reading of a CMS desk's answer (question-desk, subscription-desk): 2xx is taken, 400 is the rejection
 * the form shows, anything else means the CMS could not take it now (CmsUnavailableError, mapped to 503).
 */
function deskAnswer(answer: { status: number; body: unknown }, what: string): { ok: true } | { ok: false; rejection: DeskRejection } {
  if (answer.status === 400) {
    const body = answer.body as { error?: { message?: string; details?: { errors?: { path?: string[] }[] } } } | null;
    return { ok: false, rejection: { path: body?.error?.details?.errors?.[0]?.path ?? [], message: body?.error?.message } };
  }
  if (answer.status < 200 || answer.status >= 300) throw new CmsUnavailableError(`CMS answered ${answer.status} to a ${what}`, 'See the CMS log; check the cong-public-input token.', { status: answer.status });
  return { ok: true };
}

// ── Comments (góp ý) ────────────────────────────────────────────────────────────────────────────────────────

/** What makes two posts of the comment form the same comment (form-use.ts), besides its token and draft. */
const COMMENT_KEY_FIELDS = ['name', 'email', 'phone', 'organization', 'anonymous', 'article', 'content', 'consent'] as const;

/**
 * A comment on a draft, from the JSON API (`via: 'api'`: needs the API token) or the page's form (`'form'`:
 * honeypot and timing token; the page passes the draft's article anchors, so an unknown article is named).
 */
export async function submitComment(ctx: Intake, slug: string, via: 'api' | 'form', articleAnchors?: readonly string[]): Promise<Submission> {
  const read = await intake(ctx, { json: via === 'api', files: true });
  if (isOutcome(read)) return { outcome: read, fields: {}, form: null };
  const { fields, form } = read;
  const done = (outcome: PublicSubmissionOutcome): Submission => ({ outcome, fields, form });

  let formNonce: string | null = null;
  if (via === 'api') {
    // An unknown draft is a 404 before its token is asked for (no token can exist for it); the read is cached.
    try {
      if (!(await getConsultation(slug))) return done({ kind: 'not-found', message: vi.consultation.apiNotFound(slug) });
    } catch (error) {
      if (!(error instanceof CmsUnavailableError)) throw error;
      return done(unavailable(`comment on ${slug}`, error, vi.consultation.unavailable));
    }
    const token = commentApiTokens.check(slug, fields.commentToken);
    if (token === 'missing') return done(refused('token-missing', vi.publicInput.commentTokenMissing(slug)));
    if (token === 'invalid') return done(refused('token-invalid', vi.publicInput.commentTokenInvalid(slug)));
    if (token === 'expired') return done(refused('token-expired', vi.publicInput.commentTokenExpired(slug)));
  } else {
    if (text(fields[HONEYPOT_FIELD]) !== '') return done({ kind: 'spam' });
    const token = commentFormSigner.check(text(fields.formToken));
    if (!token.ok) return done(formTokenRefusal(token, { tooFast: vi.consultation.tooFast, expired: vi.consultation.formExpired }));
    formNonce = token.nonce;
  }

  // The form's idempotency key is derived from its (shared) token and what was sent: a double submit is one key.
  const input = commentInput(fields);
  if (formNonce) input.idempotencyKey = submissionKey(`comment|${slug}`, formNonce, fields, COMMENT_KEY_FIELDS);
  const parsed = parsePublicComment(input, articleAnchors);
  if (!parsed.ok) return done({ kind: 'invalid', errors: parsed.errors as Record<string, string> });
  const files = formFiles(form);
  const fileProblem = await attachmentProblem(files);
  if (fileProblem) return done({ kind: 'invalid', errors: { attachments: fileProblem } });

  const address = addressOf(ctx);
  const use = formNonce ? formUse(sharedState(), keyer, 'comment', formNonce, { address, email: parsed.value.email }, String(input.idempotencyKey)) : null;
  if (use && !(await use.allowed())) return done(refused('token-expired', vi.publicInput.commentFormUsed));
  const wait = await overLimit('comment', address, parsed.value.email);
  if (wait !== null) return done({ kind: 'rate-limited', retryAfter: wait, message: vi.consultation.rateLimited(wait) });

  // What the CMS receives is the validated value: one oversized or malformed item never reaches a batch. The
  // site's stamp goes with it from the first attempt (content/src/relayed-submission.ts: receipt code, time
  // received), and a key when a program sent none, so that a journaled resend is a repeat with the same code.
  const value: Record<string, unknown> = { ...parsed.value, idempotencyKey: parsed.value.idempotencyKey || randomUUID(), receipt: newReceiptCode(), receivedAt: new Date().toISOString() };
  const accepted = answerRecordingUse(use, done);
  // While the CMS is known to be away, a comment goes straight to the journal, behind those already waiting.
  if (!files.length && submissionJournal().deliverer.cmsAway) {
    const kept = await keepComment(slug, fields, value, address);
    if (kept) return accepted(kept);
  }
  try {
    let answer: RelayAnswer;
    if (files.length) {
      const upload = new FormData();
      for (const [key, item] of Object.entries(value)) if (item !== null && item !== undefined) upload.set(key, String(item));
      for (const file of files) upload.append('attachments', file, file.name);
      const sent = await cms().post(`/api/consultations/${slug}/comments`, upload, { token: env.CMS_COMMENT_TOKEN, headers: { 'X-Cong-Client-Address': address } });
      answer = { status: sent.status, body: (sent.body ?? {}) as Record<string, any>, retryAfter: Number(sent.headers.get('retry-after')) || null };
    } else {
      // Without files, with the comments arriving at the same moment (comment-relay.ts).
      answer = await commentRelay(env.CMS_COMMENT_TOKEN).relay(slug, value, address);
    }
    const outcome = commentOutcome(slug, answer);
    if (outcome.kind === 'accepted') submissionJournal().learnMail(outcome.acknowledgement);
    return accepted(outcome);
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    // Comments with files are not journaled (up to 30 MB each): those still answer 503 and keep the text.
    const kept = !files.length && cmsUnreachable(error) ? await keepComment(slug, fields, value, address) : null;
    if (kept) return accepted(kept);
    return done(unavailable(`comment on ${slug}`, error, vi.consultation.unavailable));
  }
}

/**
 * Keeps a comment the CMS cannot take now in the submission journal — only when the site can check all the CMS
 * will: the draft is known (its cached copy serves while the CMS is away), open at this instant, and the
 * article one of its anchors. Otherwise null, and the caller answers 503 as before.
 */
async function keepComment(slug: string, fields: Record<string, unknown>, value: Record<string, unknown>, address: string): Promise<PublicSubmissionOutcome | null> {
  const draft = await getConsultation(slug).catch(() => null);
  if (!draft || draft.status !== 'open') return null;
  const checked = parsePublicComment(commentInput(fields), draft.articles.map((a) => a.anchor));
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors as Record<string, string> };
  const journal = submissionJournal();
  const kept = await journal.append(`comment|${slug}|${value.idempotencyKey}`, String(value.receipt), new Date(String(value.receivedAt)), { kind: 'comment', slug, body: value, address });
  // The id of a journaled comment is its receipt code: the CMS gives it a document id only when it stores it.
  return { kind: 'accepted', id: kept.receipt, receipt: kept.receipt, acknowledgement: null, repeat: false, journaled: { mailLater: journal.mailOn } };
}

const receiptOf = (value: unknown) => (ReceiptSchema.safeParse(value).success ? (value as string) : null);
const acknowledgementOf = (value: unknown): Acknowledgement | null => AcknowledgementSchema.safeParse(value).data ?? null;

/** The CMS's answer to one comment (its own route, or one item of a batch), as an outcome: the one translation. */
function commentOutcome(slug: string, answer: RelayAnswer): PublicSubmissionOutcome {
  const body = answer.body;
  switch (answer.status) {
    case 200:
    case 202:
      return { kind: 'accepted', id: String(body.id), receipt: receiptOf(body.receipt), acknowledgement: acknowledgementOf(body.acknowledgement), repeat: false };
    case 400:
      return { kind: 'invalid', errors: body.errors && typeof body.errors === 'object' ? (body.errors as Record<string, string>) : { form: vi.publicInput.malformed } };
    case 404:
      return { kind: 'not-found', message: vi.consultation.apiNotFound(slug) };
    case 409:
      return { kind: 'closed', message: String(body.error?.message ?? vi.consultation.formClosed) };
    case 429: {
      const wait = Math.max(1, Math.ceil(Number(answer.retryAfter ?? body.error?.retryAfter ?? 60)) || 60);
      return { kind: 'rate-limited', retryAfter: wait, message: vi.consultation.rateLimited(wait) };
    }
    default:
      return unavailable(`comment on ${slug}`, new CmsUnavailableError(`CMS answered ${answer.status}`, 'See the CMS log; check the cong-site-comments token.'), vi.consultation.unavailable);
  }
}

// ── Questions (hỏi đáp) ─────────────────────────────────────────────────────────────────────────────────────

export const QUESTION_FIELDS = ['name', 'email', 'phone', 'subject', 'body'] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number] | 'consent';
export type QuestionValues = Record<(typeof QUESTION_FIELDS)[number], string> & { consent: boolean };

const questionSigner = new FormSigner(formKeys);
export const issueQuestionToken = () => questionSigner.issue();

/** The question form's fields as posted, for showing them again. */
export function questionValues(fields: Record<string, unknown>): QuestionValues {
  return {
    ...(Object.fromEntries(QUESTION_FIELDS.map((f) => [f, text(fields[f]).normalize('NFC').slice(0, 6000)])) as Record<(typeof QUESTION_FIELDS)[number], string>),
    consent: fields.consent === 'yes',
  };
}

/** A question from the no-JS form on /hoi-dap; filed with the `cong-public-input` token. */
export async function submitQuestion(ctx: Intake): Promise<Submission> {
  const post = await readValidForm(
    ctx,
    questionSigner,
    { tooFast: vi.publicInput.questionTooFast, expired: vi.publicInput.questionExpired },
    { schema: QuestionSubmissionSchema, input: questionValues, errors: (error) => fieldErrors(error) as Record<string, string> },
  );
  if ('outcome' in post) return post;
  const { done, value: question } = post;
  // As the comment form's (form-use.ts): the key is derived from the shared token and the question; one per sender.
  const admitted = await admitSender(ctx, 'question', post, QUESTION_FIELDS, question.email, { used: vi.publicInput.questionFormUsed, rateLimited: vi.publicInput.questionRateLimited });
  if ('outcome' in admitted) return admitted;
  const { address, key: idempotencyKey, accepted } = admitted;

  // The site's stamp (content/src/relayed-submission.ts): the lookup code and the time received go with the
  // first attempt, so a question kept in the journal and delivered later is filed under the code shown now.
  const receivedAt = new Date();
  const data = {
    ...question,
    idempotencyKey,
    senderKey: keyer.key(`ip:${address}`),
    code: newLookupCode(receivedAt.getUTCFullYear()),
    receivedAt: receivedAt.toISOString(),
  };
  const keep = async (): Promise<Submission> => {
    const journal = submissionJournal();
    const kept = await journal.append(`question|${idempotencyKey}`, data.code, receivedAt, { kind: 'question', data });
    return accepted({ kind: 'accepted', id: kept.receipt, receipt: kept.receipt, acknowledgement: null, repeat: kept.repeat, journaled: { mailLater: journal.mailOn } });
  };
  if (submissionJournal().deliverer.cmsAway) return keep();
  try {
    const answer = await postPublicInput('/api/question-desk/submit', data);
    const read = deskAnswer(answer, 'question');
    if (!read.ok) return done({ kind: 'invalid', errors: { [read.rejection.path[0] ?? 'form']: read.rejection.message ?? vi.publicInput.questionRejected } });
    const body = answer.body as { data: { code: string; duplicate: boolean; acknowledgement?: unknown } };
    const code = body.data.code;
    submissionJournal().learnMail(acknowledgementOf(body.data.acknowledgement));
    return accepted({ kind: 'accepted', id: code, receipt: receiptOf(code), acknowledgement: acknowledgementOf(body.data.acknowledgement), repeat: body.data.duplicate });
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    if (cmsUnreachable(error)) return keep();
    return done(unavailable('question', error, vi.questionForm.unavailable));
  }
}

// ── Ratings (đánh giá mức độ hài lòng) ──────────────────────────────────────────────────────────────────────

/**
 * The rating form's token is bound to the page it was rendered on. Only a page the site rendered with its rating
 * form (a page that exists: error pages and noindex pages have no form) yields a token for its path, so a vote
 * for a path the site never served is refused without a route table to keep in step with the pages, and without
 * rendering the page again for every vote. A person takes a moment to choose; the form may sit in an open tab
 * (or a cache) for a day.
 */
const ratingSigner = new FormSigner(formKeys, { minAgeMs: 1_500, maxAgeMs: 24 * 3600_000 });
export const issueRatingToken = (path: string) => ratingSigner.issue(Date.now(), `rate|${path}`);

/** The page being rated, if it is a same-site path (RATED_PATH: not "//x" or "/\x"); else the home page. */
export function ratedPath(raw: unknown): string {
  return typeof raw === 'string' && RATED_PATH.test(raw) ? raw : '/';
}

/** A vote from the form at the foot of a page: one per address, page and Vietnamese day (no browser in the key). */
export async function submitRating(ctx: Intake): Promise<Submission> {
  const post = await readValidForm(
    ctx,
    ratingSigner,
    { tooFast: vi.publicInput.ratingTooFast, expired: vi.publicInput.ratingExpired },
    { schema: RatingScoreSchema, input: (fields) => fields.muc, errors: (error) => ({ muc: firstIssue(error).message }) },
    (fields) => `rate|${ratedPath(fields.trang)}`,
  );
  if ('outcome' in post) return post;
  const { fields, done, value: score } = post;
  const path = ratedPath(fields.trang);

  const address = addressOf(ctx);
  const wait = await overLimit('rating', address);
  if (wait !== null) return done({ kind: 'rate-limited', retryAfter: wait, message: vi.publicInput.ratingRateLimited });
  const visitorKey = keyer.key(`rate|${todayInVietnam()}|${path}|${address}`);
  try {
    const answer = await postPublicInput('/api/rating-desk/rate', { path, score, visitorKey });
    if (answer.status < 200 || answer.status >= 300) throw new CmsUnavailableError(`CMS answered ${answer.status} to a rating`, 'Check the cong-public-input token.');
    const body = answer.body as { data: { counted: boolean } };
    return done({ kind: 'accepted', id: null, receipt: null, acknowledgement: null, repeat: !body.data.counted });
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return done(unavailable('rating', error, vi.publicInput.ratingUnavailable));
  }
}

// ── Subscriptions (nhận tin qua thư điện tử) ────────────────────────────────────────────────────────────────

const subscriptionSigner = new FormSigner(formKeys);
export const issueSubscriptionToken = () => subscriptionSigner.issue();
export type SubscriptionValues = Record<SubscriptionFormField, string>;

/** The subscription form's fields as posted, for showing them again. */
export function subscriptionValues(fields: Record<string, unknown>): SubscriptionValues {
  return Object.fromEntries(SUBSCRIPTION_FORM_FIELDS.map((f) => [f, text(fields[f]).normalize('NFC').slice(0, 300)])) as SubscriptionValues;
}

/** The subscription form's issues by its own field names; a topic missing is asked for in the form's words. */
function subscriptionErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = subscriptionFormField(issue.path);
    errors[field] ??= field === 'chu-de' ? vi.subscriptions.chooseTopic : issue.message;
  }
  return errors;
}

/**
 * A subscription from the no-JS form on /nhan-tin (issue 13 §6). Accepted means "a confirmation mail goes out if
 * that is due": the CMS answers the same whether the address is new, pending or already subscribed, and so does
 * this page (no enumeration). Not journaled while the CMS is away: nothing is promised but a mail the CMS must
 * decide on, and the citizen loses nothing typed (one address, one choice) with the 503 and the form kept.
 */
export async function submitSubscription(ctx: Intake): Promise<Submission> {
  const post = await readValidForm(
    ctx,
    subscriptionSigner,
    { tooFast: vi.subscriptions.tooFast, expired: vi.subscriptions.expired },
    { schema: SubscriptionRequestSchema, input: subscriptionFromForm, errors: subscriptionErrors },
  );
  if ('outcome' in post) return post;
  const { done, value: request } = post;
  const admitted = await admitSender(ctx, 'subscription', post, SUBSCRIPTION_FORM_FIELDS, request.email, { used: vi.subscriptions.formUsed, rateLimited: vi.subscriptions.rateLimited });
  if ('outcome' in admitted) return admitted;
  const { accepted } = admitted;
  try {
    const answer = await postPublicInput('/api/subscription-desk/subscribe', request);
    const read = deskAnswer(answer, 'subscription');
    if (!read.ok) {
      const path = read.rejection.path;
      const field = subscriptionFormField(path[0] === 'email' ? ['email'] : ['topic', ...path]);
      return done({ kind: 'invalid', errors: { [field]: read.rejection.message ?? vi.publicInput.malformed } });
    }
    // 'mail-off' when the agency sends no mail at all: the page then promises no confirmation (the same for every address).
    const mailOff = (answer.body as { data?: { mailOff?: unknown } } | null)?.data?.mailOff === true;
    return accepted({ kind: 'accepted', id: null, receipt: null, acknowledgement: mailOff ? 'mail-off' : null, repeat: false });
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return done(unavailable('subscription', error, vi.subscriptions.unavailable));
  }
}

/**
 * A link of a subscription mail, posted back to its page: the confirmation (`confirm`), or unsubscribing — by the
 * page's button or by a mail client's RFC 8058 one-click POST (`List-Unsubscribe=One-Click`, no form token: the
 * link's own secret is what authorises it). The token is in the URL (`?t=`), or a form field `t`.
 */
export async function followSubscriptionLink(ctx: Intake, action: 'confirm' | 'unsubscribe'): Promise<Submission> {
  const post = await readFormPost(ctx);
  if ('outcome' in post) return post;
  const { fields, done } = post;
  const token = ctx.url.searchParams.get('t') ?? text(fields.t);
  if (!parseLinkToken(token)) return done(refused('token-invalid', vi.subscriptions.linkInvalid));
  const wait = await overLimit('subscription-link', addressOf(ctx));
  if (wait !== null) return done({ kind: 'rate-limited', retryAfter: wait, message: vi.subscriptions.linkRateLimited });
  try {
    const answer = await postPublicInput(`/api/subscription-desk/${action}`, { token });
    if (answer.status < 200 || answer.status >= 300) throw new CmsUnavailableError(`CMS answered ${answer.status} to ${action}`, 'See the CMS log; check the cong-public-input token.', { status: answer.status });
    const outcome = (answer.body as { data?: { outcome?: string } } | null)?.data?.outcome;
    if (outcome === 'confirmed' || outcome === 'unsubscribed') return done({ kind: 'accepted', id: null, receipt: null, acknowledgement: null, repeat: false });
    if (outcome === 'expired') return done(refused('token-expired', vi.subscriptions.linkExpired));
    return done(refused('token-invalid', vi.subscriptions.linkInvalid));
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    return done(unavailable(`subscription ${action}`, error, vi.subscriptions.linkUnavailable));
  }
}

// ── The two renderings of an outcome ────────────────────────────────────────────────────────────────────────

function answerHeaders(outcome: PublicSubmissionOutcome): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  const retryAfter = submissionRetryAfter(outcome);
  if (retryAfter !== null) headers['Retry-After'] = String(retryAfter);
  return headers;
}

/**
 * The JSON API's answer: 202 { id, receipt, status: "pending", acknowledgement } for a stored comment;
 * 400 { errors: { field: message } }; any other refusal { error: { message, reason? } } with its status.
 */
export function jsonAnswer(outcome: PublicSubmissionOutcome): Response {
  const init = { status: submissionStatus(outcome), headers: answerHeaders(outcome) };
  switch (outcome.kind) {
    case 'accepted':
      return Response.json({ id: outcome.id, receipt: outcome.receipt, status: 'pending', acknowledgement: outcome.acknowledgement }, init);
    case 'spam':
      return Response.json({ id: null, receipt: null, status: 'pending', acknowledgement: null }, init);
    case 'invalid':
      return Response.json({ errors: outcome.errors }, init);
    case 'refused':
      return Response.json({ error: { message: outcome.message, reason: outcome.reason } }, init);
    default:
      return Response.json({ error: { message: outcome.message } }, init);
  }
}

/** What a form page shows for an outcome; sets the page's status and headers. */
export type FormPage = {
  /** Stored (or taken for spam): show the confirmation. */
  done: boolean;
  /** A message for the whole form (refusals, window closed, limits, CMS down). */
  notice: string | null;
  /** A message per field. */
  errors: Record<string, string>;
};

export function formPage(outcome: PublicSubmissionOutcome, response: { status?: number; headers: Headers }): FormPage {
  response.status = submissionStatus(outcome);
  for (const [name, value] of Object.entries(answerHeaders(outcome))) response.headers.set(name, value);
  switch (outcome.kind) {
    case 'accepted':
    case 'spam':
      return { done: true, notice: null, errors: {} };
    case 'invalid': {
      const { form, ...errors } = outcome.errors;
      return { done: false, notice: form ?? null, errors };
    }
    default:
      return { done: false, notice: outcome.message, errors: {} };
  }
}

/**
 * A subscription mail's link page (confirm, unsubscribe): GET only shows the button, so a mail scanner that fetches
 * the link changes nothing; POST follows the link and answers as any form page.
 */
export async function subscriptionLinkPage(
  ctx: Intake & { response: { status?: number; headers: Headers } },
  action: 'confirm' | 'unsubscribe',
): Promise<Pick<FormPage, 'done' | 'notice'>> {
  if (ctx.request.method !== 'POST') return { done: false, notice: null };
  return formPage((await followSubscriptionLink(ctx, action)).outcome, ctx.response);
}
