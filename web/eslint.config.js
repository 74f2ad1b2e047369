// ESLint for the web front end: the recommended sets of ESLint, typescript-eslint and React hooks,
// plus the layering rules of the bulletproof-react layout (see README.md, "Layout"):
//   src/lib and src/components import no feature and nothing of src/app;
//   a feature imports no other feature and nothing of src/app (src/app assembles the features).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const layerZones = [
  { target: './src/lib', from: ['./src/features', './src/app'], message: 'src/lib is shared by everything: it imports no feature and no app code.' },
  { target: './src/components', from: ['./src/features', './src/app'], message: 'Shared components import no feature and no app code.' },
  { target: './src/features', from: './src/app', message: 'Features do not import src/app: the app assembles the features.' },
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature imports no other feature: move the shared part to src/lib or src/components, or compose in src/app.',
  })),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/'] },
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
  },
  {
    files: ['e2e/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.app.json' } } },
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones }],
      // An import that does not resolve would slip past the zones above.
      'import/no-unresolved': 'error',
      // Each feature's messages.ts adds its keys to lib/i18n's `Messages` by declaration merging,
      // which takes an interface with one `extends` and no members.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
);
