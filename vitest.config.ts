import { defineConfig } from 'vitest/config';

// unit: pure code, no database. integration: services, routes and CLI on a real database —
// one PGlite per worker (isolate: false keeps it across files), a schema per test file.
// data: tests that read the public data sets in ../shared/data beside the clone (*.data.test.ts),
// run by `npm run test:data` only, so that `npm test` passes on a fresh clone with nothing beside it.
const DATA_TESTS = '**/*.data.test.ts';
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts', 'shared/**/*.test.ts', 'src/lib/**/*.test.ts', 'src/config.test.ts', 'web/src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/node_modules/**', DATA_TESTS],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/{db,services,server,cli}/**/*.test.ts', 'test/integration/**/*.test.ts'],
          exclude: ['**/node_modules/**', DATA_TESTS],
          pool: 'forks',
          isolate: false,
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'data',
          include: ['src/**/*.data.test.ts'],
          pool: 'forks',
          isolate: false,
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
