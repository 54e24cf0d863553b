// `npm run bench`: installs what a fresh clone is missing, then runs the benchmark harness
// (bench/run-bench.ts) through tsx with the arguments given after `--`, e.g.
// `npm run bench -- --rows 100000 --keep`. See bench/README.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled, root } from './lib/ensure-installed.mjs';

ensureInstalled();
// tsx's CLI run by this very Node: no shell, no npx lookup, same on Windows.
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const result = spawnSync(process.execPath, [tsx, path.join(root, 'bench', 'run-bench.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (result.error) console.error(result.error.message);
process.exit(result.status ?? 1);
