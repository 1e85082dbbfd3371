/**
 * The Strapi release every file in this folder was checked against. Code here depends on what Strapi does not
 * promise (a file inside a package's dist/, an undocumented method, the storage layout), so a Strapi upgrade
 * re-checks each file, then moves this version: strapi-internals.test.ts fails, naming the files, until it does.
 */
export const STRAPI_CHECKED_AGAINST = '5.54.0';
