// `npm test`: installs what is missing, then runs every check in order — types, layer
// rules, unit and integration tests (Vitest, real SQLite files), end-to-end specs
// (Playwright, real renderer in a real browser) — and closes with one summary line.
import fs from 'node:fs';
import path from 'node:path';
import { ensureInstalled, root, run } from './lib/ensure-installed.mjs';

ensureInstalled();
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });

const steps = [
  ['Pemeriksaan tipe (tsc -b)', bin('tsc'), ['-b']],
  ['Aturan lapisan dan gaya (eslint)', bin('eslint'), ['.', '--max-warnings=0']],
  ['Uji unit dan integrasi (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'vitest.json')}`]],
  ['Uji ujung-ke-ujung (playwright)', bin('playwright'), ['test']],
];

let failedStep = null;
for (const [title, command, args] of steps) {
  console.log(`\n=== ${title} ===`);
  if (run(command, args) !== 0) {
    failedStep = title;
    break;
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(results, file), 'utf8'));
  } catch {
    return null;
  }
}

const vitest = readJson('vitest.json');
const playwright = readJson('playwright.json');
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0);

console.log('');
if (failedStep) console.log(`Gagal pada: ${failedStep}`);
console.log(`${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed, ${skipped} skipped`);
process.exit(failedStep ? 1 : 0);
