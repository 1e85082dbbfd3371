import { defineConfig } from 'vitest/config';

// Two kinds of runs, each runnable on its own (`vitest run --project unit`):
// unit = pure rules next to their code, no services; system = the real stack (Strapi on SQLite and
// PostgreSQL, the built Astro site, Debian's Chromium), started once by tests/setup/stack.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{content,search,site,cms,scripts}/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'system',
          include: ['tests/integration/**/*.int.test.ts', '{search,cms}/src/**/*.int.test.ts', 'tests/e2e/**/*.spec.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['tests/setup/stack.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
