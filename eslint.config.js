import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/bench/results.json',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Playwright fixtures call a parameter named `use`; the hooks rules are for React code only.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Everything the extension shows is text: codes, pastes and TikTok's answers are hostile
      // input, and React escapes text but not this.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text; HTML strings are never inserted.',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error', 'debug'] }],
    },
  },
  {
    // lib/ is pure logic shared by every entrypoint: no WXT, no React.
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt',
            'wxt/*',
            '#imports',
            'react',
            'react-dom',
            'react/*',
            '@/components/*',
            '@/entrypoints/*',
          ],
        },
      ],
    },
  },
  {
    // Every word the buyer reads comes from public/_locales through @wxt-dev/i18n: this fails on
    // text written in JSX and on string or template literals in the attributes a buyer sees or
    // hears (tests/unit/literal-string-lint.test.ts shows what it catches and what it leaves).
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    ignores: [
      // Tests look for the English the buyer sees.
      '**/*.test.tsx',
      '**/test-utils.tsx',
    ],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          'jsx-attributes': {
            // Only these carry words; ids, classes, roles and test ids are never read out.
            include: [
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'title',
              'placeholder',
              'alt',
              'label',
            ],
          },
          // Arguments and object fields inside JSX are data (ids, field names, input types), and
          // a message name passed to t() is one of them; the words a buyer reads are JSX text,
          // a literal child or one of the attributes above.
          callees: { exclude: ['.*'] },
          'object-properties': { exclude: ['.*'] },
          words: {
            // Numbers, punctuation and symbols alone (·, ×, —, …) need no translation.
            exclude: [/^[\p{P}\p{S}\p{N}\s]+$/u],
          },
        },
      ],
    },
  },
  prettier,
);
