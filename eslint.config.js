import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'web/dist', 'test-results', 'coverage', 'src/db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', window: 'readonly', document: 'readonly', localStorage: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.ts' }],
    },
  },
  {
    // Business dates come from src/domain/shared/business-time.ts (KEJIN_TIMEZONE), never from the UTC date of an instant.
    files: ['src/**/*.ts', 'web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(slice|substring|substr)$/][arguments.0.value=0][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
          message: 'A UTC slice of toISOString() is not a business date: use businessDateOf/todayOf (src/domain/shared/business-time.ts, src/services/shared/context.ts)',
        },
        {
          selector: "CallExpression[callee.property.name='split'][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
          message: 'A UTC slice of toISOString() is not a business date: use businessDateOf/todayOf (src/domain/shared/business-time.ts, src/services/shared/context.ts)',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/db/**', '**/server/**', '**/services/**', '**/cli/**', '**/config.ts'], message: 'src/domain is pure: it imports nothing from db, server, services, cli or config' }] }],
    },
  },
  {
    // shared/ holds the vocabularies and pure checks both the server and the web import: it imports only itself.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', '**/web/**', 'node:*'], message: 'shared/ is imported by the server and the web: it imports nothing but shared/' }] }],
    },
  },
  {
    // The web knows the server only through the generated contract (web/src/api/schema.gen.ts) and shared/.
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/domain/**', '**/src/server/**', '**/src/services/**', '**/src/db/**', '**/src/cli/**', '**/src/lib/**', '**/src/config.ts'], message: 'The web imports the server only through web/src/api (generated from OpenAPI) and shared/' }] }],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'drizzle-orm', message: 'SQL lives in src/db/repositories' }], patterns: [{ group: ['drizzle-orm/*', '**/db/schema', '**/db/schema/**'], message: 'SQL lives in src/db/repositories: services call repository functions (row types come re-exported from there)' }] }],
    },
  },
  {
    files: ['src/config.ts', '**/*.test.ts', 'test/**', 'bin/**', 'bench/**', '*.config.ts', 'web/vite.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
