/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts before it renders the error page, so that page can word the failure. */
    failure?: 'unavailable' | 'bad-request' | 'error';
    /** The Vietnamese explanation of a bad request. */
    failureMessage?: string;
  }
}
