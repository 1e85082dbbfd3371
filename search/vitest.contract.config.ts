import { defineConfig } from 'vitest/config';

// The engine contract alone, without the integration project's CMS stack (its globalSetup takes minutes):
//   sh scripts/with-node.sh npx vitest run --config search/vitest.contract.config.ts
// It still runs in the integration project (`npm test -- --project integration`).
export default defineConfig({
  test: {
    include: ['search/src/**/*.int.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
