/**
 * The admin panel's own settings that Strapi keeps in the browser's localStorage and offers no configuration for
 * (checked against @strapi/admin 5.54.0; strapi-internals.test.ts checks the keys are still read):
 *
 * - `strapi-admin-language`: the admin's language. Strapi renders English when the key is unset
 *   (`StrapiApp.render`: `localStorage.getItem(…) || 'en'`), with no setting for another default. Setting it before
 *   the first render makes Vietnamese the default; a person who picks English in their profile writes the key
 *   (and their `preferedLanguage`, applied at each log-in), so their choice is kept.
 * - `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_<legacy flag>:<project uuid>`: the "Introducing the new Media
 *   Library" banner (components/MediaLibraryBanner), shown until a person closes it, with no setting to turn it off.
 *   The uuid is what `/admin/init` answers: always `false` here, as cms/package.json disables telemetry.
 *
 * Runs in the browser, from cms/src/admin/app.tsx's `register`, before Strapi reads either key.
 */
export const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';
export const MEDIA_LIBRARY_BANNER_KEY = 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_';
/** `/admin/init`'s uuid with `strapi.telemetryDisabled: true` (cms/package.json): the key's scope. */
const PROJECT_UUID = false;

export function defaultAdminLanguage(storage: Storage, locale: string): void {
  if (storage.getItem(ADMIN_LANGUAGE_KEY) === null) storage.setItem(ADMIN_LANGUAGE_KEY, locale);
}

export function dismissMediaLibraryBanner(storage: Storage): void {
  // Both states of the `useLegacyMediaLibrary` flag: each has its own banner text and key.
  for (const legacy of [false, true]) storage.setItem(`${MEDIA_LIBRARY_BANNER_KEY}${legacy}:${PROJECT_UUID}`, 'true');
}
