// @ts-check
import node from '@astrojs/node';
import { PUBLIC_BODY_LIMITS } from '@cong/content';
import { defineConfig, passthroughImageService } from 'astro/config';

const startup = new URL('./src/lib/server/startup.ts', import.meta.url).pathname;

/**
 * Astro loads pages and middleware on the first request; this makes the production server import
 * src/lib/server/startup.ts as it boots, so the environment is validated (and the CMS poller started) at start-up.
 * @returns {import('vite').Plugin}
 */
function validateAtStartup() {
  return {
    name: 'cong:validate-at-startup',
    apply: 'build',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/@astrojs/node/dist/server.js')) return null;
      return { code: `import ${JSON.stringify(startup)};\n${code}`, map: null };
    },
  };
}

// Every page is rendered on demand from the CMS (through the in-process cache in src/lib/cms/cms-client.ts),
// so content published in Strapi shows up without a rebuild.
export default defineConfig({
  output: 'server',
  // Middleware mode: server.mjs is the HTTP server (assets from memory, everything else straight to Astro).
  // The adapter stops reading any body past the largest a public route takes (1 GiB by default); each route's
  // own limit is the public-input pipeline's (src/lib/public-input/body.ts), counted as the body streams in.
  adapter: node({ mode: 'middleware', bodySizeLimit: PUBLIC_BODY_LIMITS.multipart }),
  // The site uses no astro:assets: no image service, and /_image (which Astro injects anyway) is a plain 404.
  image: { service: passthroughImageService(), endpoint: { route: '/_image', entrypoint: './src/astro-internals/no-image-endpoint.ts' } },
  // The rendered-page cache (src/lib/page-cache/): Astro's route caching with the site's own provider, which keeps
  // each cacheable answer as bytes (identity, gzip, brotli) that server.mjs serves before Astro on later requests.
  // Which answers are cacheable, and their tags, is decided per response in src/middleware.ts (`context.cache.set`).
  cache: { provider: { name: 'cong-page-cache', entrypoint: './src/lib/page-cache/provider.ts' } },
  // The site ships no client JavaScript: no prefetch script, no dev toolbar island.
  prefetch: false,
  devToolbar: { enabled: false },
  // Cross-origin writes are refused by the public-input pipeline (src/lib/public-input/origin.ts), not by Astro's
  // check: Astro's refuses a form post that has no Origin at all (curl, a program using the public comment API),
  // compares with the URL Astro rebuilt behind the proxy rather than PUBLIC_SITE_URL, and answers in English.
  security: { checkOrigin: false },
  vite: {
    // One tsconfig for everything the site bundles, instead of each file's nearest one: the workspace root's
    // tsconfig.json lists project references that Vite cannot follow.
    tsconfig: './tsconfig.json',
    plugins: [validateAtStartup()],
  },
});
