import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import that must not appear in a folder, matched against the import path. */
const forbid = (regex, message) => ({ regex, message, allowTypeImports: false });
const forbidValue = (regex, message) => ({ regex, message, allowTypeImports: true });

const HONO = forbid('^(hono|@hono/)', 'Only routes/ and http/ speak HTTP.');
const ROUTES = forbid('(^|/)routes/', 'Routes sit on top: nothing below them imports a route.');
const PRESENTERS = forbid('(^|/)presenters/', 'Presenters turn rows into JSON for routes only.');
const HTTP = forbid('(^|/)http/', 'HTTP middleware belongs to the routes.');

/**
 * The direction of the server's layers: routes → commands, queries, policies, presenters, announcers;
 * commands and queries → text, sync, db; policies are pure. Each folder lists what it must not import.
 */
const layerRules = [
  ['server/src/commands/**', [HONO, ROUTES, PRESENTERS, HTTP]],
  [
    'server/src/queries/**',
    [HONO, ROUTES, PRESENTERS, HTTP, forbid('(^|/)(commands|announcers)/', 'Queries read; they never write or announce.')],
  ],
  [
    'server/src/announcers/**',
    [HONO, ROUTES, PRESENTERS, HTTP, forbid('(^|/)commands/(?!proposal-change)', 'Announcers publish what commands return.')],
  ],
  [
    'server/src/policies/**',
    [
      HONO,
      ROUTES,
      PRESENTERS,
      HTTP,
      forbid('^drizzle-orm', 'Policies are pure: no database.'),
      forbid('(^|/)db/(client|schema)', 'Policies are pure: no database.'),
      forbid('(^|/)errors', 'Policies answer yes or no; the routes turn a no into an HTTP error.'),
      forbidValue('(^|/)(queries|commands|sync|text)/', 'Policies are pure functions of (actor, target, row).'),
    ],
  ],
  [
    'server/src/presenters/**',
    [HONO, ROUTES, HTTP, forbid('(^|/)commands/', 'Presenters only shape rows.'), forbid('(^|/)db/client', 'Presenters never query.')],
  ],
  [
    'server/src/exports/**',
    [HONO, ROUTES, PRESENTERS, HTTP, forbid('(^|/)(commands|announcers)/', 'Exports read; routes hand them what presenters show.')],
  ],
  ['server/src/text/**', [HONO, ROUTES, PRESENTERS, HTTP, forbid('(^|/)(commands|queries|announcers)/', 'text/ only walks Y.Docs.')]],
  [
    'server/src/sync/**',
    [HONO, ROUTES, PRESENTERS, HTTP, forbid('(^|/)(commands|announcers)/', 'sync/ is transport-free storage and rooms.')],
  ],
  [
    'server/src/limits/**',
    [
      HONO,
      ROUTES,
      PRESENTERS,
      HTTP,
      forbid('(^|/)(commands|queries|announcers|policies|sync|text|db)/', 'limits/ is plain arithmetic on rates.'),
    ],
  ],
  [
    'server/src/db/**',
    [HONO, ROUTES, PRESENTERS, HTTP, forbid('(^|/)(commands|queries|announcers|policies|sync|text)/', 'db/ is the bottom layer.')],
  ],
  ['shared/src/**', [forbid('(^|/)(server|client)/|^@plenary/(server|client)', 'shared/ is imported by both sides and imports neither.')]],
  ['client/src/**', [forbid('(^|/)server/|^@plenary/server', 'The client reaches the server over HTTP only.')]],
].map(([files, patterns]) => ({
  files: [files],
  ignores: ['**/*.test.ts'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
}));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'server/src/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Config files and scripts belong to no tsconfig: they get the rules that need no types.
    files: ['**/*.{js,mjs,cjs}', 'scripts/*.d.mts', 'vitest.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  ...layerRules,
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests read untyped JSON answers and SQLite rows as `any`; the assertions are the type check there.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
