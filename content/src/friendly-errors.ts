import type { z } from 'zod';

/**
 * The one place where zod's issues become messages for people (as starlight's `utils/error-map.ts`): a citizen's
 * form, an API parameter, an operator reading a start-up error or a log. The schemas carry the Vietnamese
 * wording and how to fix it; this module only says where (the field, or the path inside a value) and joins them.
 */

/** What these helpers read of an issue: zod's, or any error that carries the same `issues` (a re-thrown ZodError). */
export type IssueLike = { readonly path: readonly PropertyKey[]; readonly message: string };
export type HasIssues = { readonly issues: readonly IssueLike[] };

/** Where an issue sits, as written in a config or a JSON body: "meta.total", "data.3.slug"; "(gốc)" for the whole value. */
export function issuePath(issue: IssueLike): string {
  return issue.path.map(String).join('.') || '(gốc)';
}

/** The top-level field an issue is about (a form field, a query parameter), or `fallback` for the value as a whole. */
export function issueField(issue: IssueLike, fallback = 'form'): string {
  const first = issue.path[0];
  return first === undefined ? fallback : String(first);
}

export type DescribeOptions = {
  /** At most this many issues, then "(và N lỗi khác)". Default: all. */
  limit?: number;
  /** Between issues; default "; ". */
  separator?: string;
  /** How to name where an issue sits; default `issuePath` (the environment's keys, say, for config). */
  where?: (issue: IssueLike) => string;
  /** Only the messages, without where (a message that already names its field). */
  messagesOnly?: boolean;
};

/** Every issue as "where: message", joined: for operators (start-up errors, logs, import reports). */
export function describeIssues(error: HasIssues, options: DescribeOptions = {}): string {
  const { limit = Infinity, separator = '; ', where = issuePath, messagesOnly = false } = options;
  const shown = error.issues.slice(0, limit).map((issue) => (messagesOnly ? issue.message : `${where(issue)}: ${issue.message}`));
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join(separator)}${separator}(và ${more} lỗi khác)` : shown.join(separator);
}

/** The first issue's message and field: for answers that name one problem (a bad query parameter). */
export function firstIssue(error: HasIssues, fallback = 'form'): { field: string; message: string } {
  const issue = error.issues[0];
  return issue ? { field: issueField(issue, fallback), message: issue.message } : { field: fallback, message: 'Dữ liệu không hợp lệ.' };
}

/**
 * One message per field (the first issue of each), for a form that shows them beside its fields. With `fields`,
 * issues about other keys are dropped; an issue about the value as a whole goes under `fallback`.
 */
export function fieldErrors<F extends string = string>(error: HasIssues, options: { fields?: readonly F[]; fallback?: string } = {}): Partial<Record<F, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = issueField(issue, options.fallback);
    if (options.fields && !(options.fields as readonly string[]).includes(field)) continue;
    errors[field] ??= issue.message;
  }
  return errors as Partial<Record<F, string>>;
}

/** A value that does not match its schema; `message` is the headline and every issue, `issues` zod's own. */
export class FriendlyParseError extends Error {
  override name = 'FriendlyParseError';
  readonly issues: readonly IssueLike[];
  constructor(headline: string, error: HasIssues, options: DescribeOptions = {}) {
    super(`${headline}: ${describeIssues(error, options)}`);
    this.issues = error.issues;
  }
}

/** Parses, or throws FriendlyParseError("<headline>: where: message; …"). */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, headline: string, options?: DescribeOptions): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new FriendlyParseError(headline, result.error, options);
  return result.data;
}
