import { defineConfig } from 'vitest/config';
import { viteAliases } from './scripts/path-aliases.mjs';

export default defineConfig({
  resolve: { alias: viteAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/harness/**/*.test.ts'],
          globalSetup: ['test/harness/vitest-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          // One private engine is shared; files run one at a time so counts stay predictable.
          fileParallelism: false,
        },
      },
    ],
  },
});
