import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'src/core/*.generated.js',
      'dist/',
      'node_modules/',
      'demo-sandbox/',
      'bench/.work/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The core must stay pure: no Actions toolkit, no process environment, no network.
      'no-restricted-imports': 'off',
    },
  },
  {
    // No shell strings anywhere: programs get argument arrays, so no name or payload is ever
    // parsed by a shell (SECURITY.md).
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='shell'][value.value!=false]",
          message: 'no shell: pass the program and an argument array',
        },
        {
          selector:
            'ImportDeclaration[source.value=/child_process$/] ImportSpecifier[imported.name=/^exec(Sync)?$/]',
          message: 'exec runs a shell string: use spawn or execFile with an argument array',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/*',
                '@octokit/*',
                'simple-git',
                'node:child_process',
                'node:fs*',
                'node:net',
                'node:http*',
              ],
              message: 'src/core is pure: data in, data out.',
            },
            {
              group: ['../git/*', '../registry/*', '../cli/*', '../action/*'],
              message: 'src/core must not depend on the shells around it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: pass what it needs as data.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
