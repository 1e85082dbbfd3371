/**
 * What the admin's fetch client (`useFetchClient`) throws, read in one place: it puts the HTTP status on the
 * error or on its `response`, and the CMS's own message in `response.data.error.message`.
 */
type FetchError = { status?: number; response?: { status?: number; data?: { error?: { message?: string } } } } | null | undefined;

export function httpStatusOf(error: unknown): number | undefined {
  const e = error as FetchError;
  return e?.status ?? e?.response?.status;
}

/** A 401: the user's role may not do this (the panels say so instead of "failed"). */
export function isUnauthorised(error: unknown): boolean {
  return httpStatusOf(error) === 401;
}

/** The CMS's own message for a refused request, when it sent one. */
export function cmsMessageOf(error: unknown): string | undefined {
  return (error as FetchError)?.response?.data?.error?.message;
}
