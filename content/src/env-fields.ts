import { z } from 'zod';

/**
 * How the CMS and the site read an environment variable (cms/src/env.ts, site/src/lib/server/env.ts), written
 * once so the two services agree on what "unset" and "invalid" mean.
 */

/** Empty strings from `.env` files and docker-compose's `${X:-}` mean "not set", so defaults still apply. */
export const optionalEnv = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** A variable whose value must pass a parser that throws; the parser's own message (naming the variable) is the error. */
export const parsedBy = (parse: (value: string) => unknown) =>
  z.string().superRefine((value, ctx) => {
    try {
      parse(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
