import { defineProject } from 'vitest/config';

// Cross-cutting proof of the whole API: several instances, load, hostile input, faults.
export default defineProject({
  test: {
    name: 'proof',
    environment: 'node',
    include: ['**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['../../apps/api/src/test/setup.ts'],
    globalSetup: ['../../apps/api/src/test/global-setup.ts'],
  },
});
