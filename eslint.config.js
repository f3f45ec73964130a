import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

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
  prettier,
);
