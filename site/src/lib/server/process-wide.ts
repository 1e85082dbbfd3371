/**
 * One value per process, kept on globalThis under the registered symbol `cong.site.<name>`. The site's server
 * (server.mjs, ops.mjs) is not bundled by Astro and Vite may evaluate a module more than once, so a module-level
 * variable could exist in two copies: one poller, one journal, one request store per process instead. The plain
 * JavaScript side reaches the same value with `Symbol.for('cong.site.<name>')`. `create` runs the first time only.
 */
export function processWide<T>(name: string, create: () => T): T {
  const holder = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return (holder[Symbol.for(`cong.site.${name}`)] ??= create());
}
