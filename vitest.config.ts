import { defineConfig } from 'vitest/config';

// Three kinds of tests, each runnable on its own (`npm test -- --project integration`):
// unit = pure rules next to their code, no services; integration = the real CMS (Strapi on SQLite and
// PostgreSQL), the built site, the search engines and databases; e2e = Debian's Chromium driving the site and
// the CMS admin. integration and e2e share one stack (tests/setup/stack.ts), started once per run however
// many of the two are in it, and run one file at a time (the files share that stack's data).
const stack = {
  globalSetup: ['tests/setup/stack.ts'],
  testTimeout: 60_000,
  hookTimeout: 180_000,
  fileParallelism: false,
  exclude: ['**/node_modules/**'],
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{content,search,site,cms,scripts}/src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts', '{search,cms}/src/**/*.int.test.ts'],
          ...stack,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          ...stack,
        },
      },
    ],
  },
});
