import { AsyncLocalStorage } from 'node:async_hooks';
import { processWide } from './process-wide.ts';

/**
 * The request a piece of server code is working for, without passing it down every call: server.mjs (through
 * site/ops.mjs) runs each request inside `requestContext.run({ requestId })`, and every call to the CMS sends that
 * id as `X-Request-Id`, so the CMS's log line for the call carries the same id as the site's line for the request.
 *
 * ops.mjs is not bundled by Astro, so the store lives on globalThis under a shared symbol: both sides get the same
 * instance whichever loads first.
 */
export type RequestContext = {
  requestId: string;
  /** Cache tags of the response being rendered (page-cache/request-tags.ts). */
  tags?: Set<string>;
  /** When what the response shows changes with the clock alone, as epoch ms (page-cache/fresh-until.ts). */
  freshUntil?: number;
};

export const requestContext: AsyncLocalStorage<RequestContext> = processWide('requestContext', () => new AsyncLocalStorage<RequestContext>());

/** `{ 'X-Request-Id': … }` inside a request, `{}` outside one (the change-feed poller): spread into a CMS call's headers. */
export function requestIdHeader(): Record<string, string> {
  const id = requestContext.getStore()?.requestId;
  return id ? { 'X-Request-Id': id } : {};
}
