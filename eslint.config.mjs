// ESLint flat config: typescript-eslint with type information (for no-floating-promises).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'bin/**', 'scripts/*.mjs', 'eslint.config.mjs', 'docs/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    // STYLE.md §2: the engine and the rules are pure (no I/O, no editor, no process); one engine for
    // the CLI, the language server and a future web worker. test/catalog.test.ts checks it too.
    files: ['server/src/engine/**/*.ts', 'rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^(node:.*|fs|path|os|child_process|process|crypto|vscode|vscode-languageserver(/.*)?|vscode-languageclient(/.*)?|vscode-jsonrpc(/.*)?)$', message: 'The engine is pure (STYLE.md §2): no I/O, editor or process modules.' }],
          // docs/decisions.md: in the bundle each call of a named import from 'yaml' is a getter call.
          paths: [{ name: 'yaml', importNames: ['isAlias', 'isMap', 'isPair', 'isScalar', 'isSeq', 'isNode', 'isCollection', 'isDocument'], message: 'Import the node predicates from server/src/engine/yaml-nodes.ts (read once; see docs/decisions.md).' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The engine is pure: callers pass configuration in.' }],
    },
  },
);
