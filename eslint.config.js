// Lint rules that keep the layers apart: renderer → shared ← electron. The per-layer
// tsconfigs catch wrong globals and cross-folder files; these rules catch package imports
// (a Node built-in or 'electron' in shared/, Node or Electron in the renderer).
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'timers',
  'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const nodeImports = { group: ['node:*', ...NODE_BUILTINS], message: 'Modul Node tidak boleh dipakai di lapisan ini.' };
const electronImports = { group: ['electron', 'electron/*'], message: 'Electron hanya boleh dipakai di electron/.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          nodeImports, electronImports,
          { group: ['react', 'react-dom', 'react/*'], message: 'shared/ tidak memakai React.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ tidak mengimpor dari electron/ atau renderer/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          nodeImports, electronImports,
          { group: ['**/electron/**'], message: 'renderer/ tidak boleh mengimpor dari electron/; pakai kontrak di shared/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ tidak mengimpor kode tampilan dari renderer/.' }],
      }],
    },
  },
);
