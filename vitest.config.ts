import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', root: './shared', include: ['src/**/*.test.ts'] } },
      { test: { name: 'server', root: './server', include: ['src/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'e2e',
          root: './test',
          include: ['**/*.test.ts'],
          exclude: ['**/node_modules/**', 'endurance/**'],
          globalSetup: ['./support/build-server.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Crash, fuzz and soak runs: a short form inside `npm test`, the full one with `npm run test:endurance`.
        test: {
          name: 'endurance',
          root: './test',
          include: ['endurance/**/*.test.ts'],
          globalSetup: ['./support/build-server.ts'],
          testTimeout: 1_800_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
