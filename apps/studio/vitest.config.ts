import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds (or reuses) the seeded template once per run; every *.db.test.ts file clones it.
    globalSetup: ['./vitest.setup.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
