import { defineConfig } from 'vitest/config';

// unit: pure code, no database. integration: services, routes and CLI on a real database —
// one PGlite per worker (isolate: false keeps it across files), a schema per test file.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts', 'src/lib/**/*.test.ts', 'src/config.test.ts', 'web/src/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/{db,services,server,cli}/**/*.test.ts', 'test/integration/**/*.test.ts'],
          pool: 'forks',
          isolate: false,
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
