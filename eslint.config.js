// ESLint over the whole tree (`npm run lint`, part of `npm test`, zero warnings): JavaScript's and TypeScript's
// recommended rules everywhere; the rules of hooks and jsx-a11y's recommended checks for the React client.
// Types are tsc's job (`npm run typecheck`), so no type-aware rules here and no second report of unused names.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'data/', 'test-artifacts/', 'node_modules/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // tsc reports these already (noUnusedLocals, noUnusedParameters), with its own rules for `_` names.
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['client/**/*.{ts,tsx}', 'test/client/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    rules: {
      // React Compiler rules: the client does not use the compiler, and these flag patterns it uses on purpose
      // (a ref that holds the latest callback, state reset when a key changes). Rewriting them would change
      // when things render; revisit together if the compiler is adopted. rules-of-hooks and exhaustive-deps stay.
      'react-hooks/refs': 'off',
      'react-hooks/purity': 'off',
      'react-hooks/set-state-in-effect': 'off',
      // `role` on our own components is a game role ('USA'), not an ARIA role.
      'jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
      // A scrollable table is a focusable region (axe's scrollable-region-focusable); tab panels as recommended.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
      // autoFocus is used only where a control appears in answer to the person's own action (a confirmation,
      // the hot-seat pass screen), which is where focus should move.
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
]);
