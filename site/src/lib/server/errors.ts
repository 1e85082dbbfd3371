/**
 * The site's error taxonomy. Pages and endpoints throw these; src/middleware.ts maps them to HTTP once
 * (HTML page or JSON body depending on the route).
 */

/** The CMS could not answer (down, timed out, refused the token, or sent something we cannot read). → 503 */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
  /** How an operator fixes it; logged, never shown to the public. */
  readonly hint: string;
  /**
   * The CMS's HTTP status when it answered (a 5xx, a refused token); undefined when it did not answer at all
   * (refused connection, time-out: then `cause` holds the network error). The submission journal tells an
   * unreachable CMS (no answer, 502/503/504) from one that answered wrongly.
   */
  readonly status: number | undefined;
  constructor(message: string, hint: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.hint = hint;
    this.status = options?.status;
  }
}

/** The requested thing does not exist (unknown slug, unpublished document, unknown file). → 404 */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** One public input parameter is invalid. The message is Vietnamese and safe to show. → 400 */
export class InvalidParamError extends Error {
  override name = 'InvalidParamError';
  /** The query parameter at fault (`type`, `year`, …). */
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/**
 * A request refused before any page or endpoint ran (a POST where the route takes none: 405 with Allow). The
 * message is Vietnamese and safe to show. → its status
 */
export class RefusedRequestError extends Error {
  override name = 'RefusedRequestError';
  constructor(
    readonly status: 405,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
