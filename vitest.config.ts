import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/shared', 'apps/api', 'apps/web', 'tests/proof'],
    // Vitest keeps a core free for itself (one worker on two cores), but it sits idle while the
    // files run: on two cores, two workers take a third less time. Every file has its own database.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
