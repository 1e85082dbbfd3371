// @ts-check
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

const startup = new URL('./src/lib/startup.ts', import.meta.url).pathname;

/**
 * Astro loads pages and middleware on the first request; this makes the production server import
 * src/lib/startup.ts as it boots, so the environment is validated (and the CMS poller started) at start-up.
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

// Every page is rendered on demand from the CMS (through the in-process cache in src/lib/cms-client.ts),
// so content published in Strapi shows up without a rebuild.
export default defineConfig({
  output: 'server',
  // Middleware mode: server.mjs is the HTTP server (assets from memory, everything else straight to Astro).
  adapter: node({ mode: 'middleware' }),
  // The site ships no client JavaScript: no prefetch script, no dev toolbar island.
  prefetch: false,
  devToolbar: { enabled: false },
  // The site keeps no cookies or sessions, so a cross-site POST cannot act for anyone: the origin check guards
  // nothing, and it would refuse form-encoded POSTs to the public comment API from other sites and tools. The
  // comment form carries its own signed token instead (src/lib/comment-form.ts).
  security: { checkOrigin: false },
  vite: {
    // One tsconfig for everything the site bundles, instead of each file's nearest one: the workspace root's
    // tsconfig.json lists project references that Vite cannot follow.
    tsconfig: './tsconfig.json',
    plugins: [validateAtStartup()],
  },
});
