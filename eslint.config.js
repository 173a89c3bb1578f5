// ESLint: the recommended TypeScript rules, plus the house rules a code review asked for
// (docs/architecture.md says where each kind of thing lives; these rules keep it so).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The layers, lowest first: a layer may import only from the layers before it (STYLE.md §1). */
const LAYERS = ['model', 'i18n', 'load', 'check', 'compute', 'render', 'import', 'cli'];

function layerRules(layer) {
  const above = LAYERS.slice(LAYERS.indexOf(layer) + 1);
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: above.map((name) => ({ group: [`../${name}/*`, `../../${name}/*`], message: `src/${layer} may not import from src/${name} (layers point one way).` })) },
      ],
    },
  };
}

/** compute and render are pure: no file system, no process, no clock (STYLE.md §4). */
const PURE = {
  files: ['src/compute/**/*.ts', 'src/render/**/*.ts', 'src/check/**/*.ts', 'src/model/**/*.ts'],
  rules: {
    'no-restricted-globals': ['error', { name: 'process', message: 'Only load and cli touch process; pass what you need as an argument.' }],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date']", message: 'No clock and no Date parsing in pure layers: dates are YYYY-MM-DD strings or day numbers.' },
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in pure layers.' },
      { selector: "ImportDeclaration[source.value=/^node:(fs|child_process|os)/]", message: 'Only load and cli touch the file system.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**', 'reports/**', 'templates/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: false, ignoreTemplateLiterals: false, ignoreRegExpLiterals: true }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    // render lays out figures that compute made: a value it looks up must be guarded, not asserted.
    files: ['src/render/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // The catalogues are lists of sentences: one message a line, however long, so that a
    // message is found by grepping for its words.
    files: ['src/i18n/vi.ts', 'src/i18n/en.ts'],
    rules: { 'max-len': 'off', 'max-lines': 'off' },
  },
  ...LAYERS.map(layerRules),
  PURE,
  {
    files: ['test/**/*.ts', 'bench/**/*.js', 'scripts/**/*.mjs', 'scripts/**/*.js', 'bin/**/*.js', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
    },
  },
);
