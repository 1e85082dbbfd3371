import { z } from 'zod';

/**
 * Field shapes of what the CMS delivers (Strapi 5 stores and answers the same flat records): an optional text is
 * `null`, `undefined` (a list request that did not select it) or a string, and reaches its readers as string or null.
 */
export const OptionalTextSchema = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
