import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { BenchOperation, BenchOptions, BenchSuite, BenchTarget, DatasetFacts } from './bench-suite';
import { describeMachine, machineSummary, type MachineDescription } from './machine';
import { runInShell, shellVersion } from './sqlite-shell';
import { round2, summarize, type Summary } from './stats';
import { complaintRegisterSuite } from './suites/complaint-register';
import { guestBookSuite } from './suites/guest-book';
import { lettersSuite } from './suites/letters';
import { workingCalendarSuite } from './suites/working-calendar';
import { workflowTraySuite } from './suites/workflow-tray';
import { archiveSuite } from './suites/archive';
import { scanOcrSuite } from './suites/scan-ocr';
import { claimLock } from './process-lock';

/**
 * `npm run bench [-- --rows N --iterations N --keep --suite NAME]`: runs each suite, writes
 * one JSON file per suite and run to bench/results/, and regenerates the table of the
 * newest figures in bench/README.md.
 */

/** Every suite of the harness; a feature adds its own here. */
const SUITES: BenchSuite[] = [guestBookSuite, complaintRegisterSuite, workingCalendarSuite, workflowTraySuite, lettersSuite, archiveSuite, scanOcrSuite];

const BENCH_DIR = import.meta.dirname;
const RESULTS_DIR = path.join(BENCH_DIR, 'results');
const README = path.join(BENCH_DIR, 'README.md');
const START_MARK = '<!-- results:start -->';
const END_MARK = '<!-- results:end -->';
/**
 * The shell prints wall time in whole milliseconds; below this median its CPU time
 * (microseconds) is the figure used, or a 0.3 ms query would read as 0 or 1 ms.
 */
const REAL_TIME_FLOOR_MS = 10;

interface CliOptions {
  rows: number;
  iterations: number;
  keep: boolean;
  suite: string | null;
}

interface ShellFigures extends Summary {
  /** Which of the shell's clocks the figures come from; see REAL_TIME_FLOOR_MS. */
  basis: 'real' | 'cpu';
  real: Summary;
  cpu: Summary;
}

interface OperationResult {
  key: string;
  label: string;
  target: BenchTarget;
  service: Summary & { samplesMs: number[] };
  shell: ShellFigures | null;
  /** Service p95 / shell p95. */
  ratio: number | null;
  met: { p95: boolean; ratio: boolean | null; all: boolean };
  note?: string;
}

interface SuiteResult {
  suite: string;
  title: string;
  startedAt: string;
  finishedAt: string;
  options: { rows: number; iterations: number; warmup: number };
  machine: MachineDescription;
  dataset: DatasetFacts;
  operations: OperationResult[];
}

const USAGE = `Usage: npm run bench -- [--rows N] [--iterations N] [--keep] [--suite NAME]
  --rows N         rows in the benchmark database (default 1,000,000)
  --iterations N   measured calls per operation and side (default 200)
  --keep           keep the database in bench/tmp/ for the next run with the same --rows
  --suite NAME     run one suite only (${SUITES.map((s) => s.name).join(', ')})`;

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { rows: 1_000_000, iterations: 200, keep: false, suite: null };
  const count = (flag: string, raw: string | undefined) => {
    const n = Number((raw ?? '').replace(/[_,.]/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number\n${USAGE}`);
    return n;
  };
  for (let k = 0; k < argv.length; k++) {
    const [flag, inline] = argv[k]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++k];
    if (flag === '--rows') options.rows = count(flag, value());
    else if (flag === '--iterations') options.iterations = count(flag, value());
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--suite') options.suite = value() ?? null;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

const log = (message: string) => process.stderr.write(message + '\n');

// A full collection before each series, so the garbage of one operation (today's list
// leaves megabytes) is not collected in, and charged to, the next one's samples.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

async function measureService(op: BenchOperation, warmup: number, iterations: number): Promise<number[]> {
  // Before the warm-up, so the collector's follow-up work lands in calls that do not count.
  collectGarbage();
  for (let i = 0; i < warmup; i++) await op.service(i);
  const samples: number[] = [];
  for (let i = warmup; i < warmup + iterations; i++) {
    const started = performance.now();
    await op.service(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Reads the whole database file once. The service side runs first and would otherwise
 * pay for every page the OS had not cached yet, and the shell, running the same inputs
 * next, would find them cached: both sides should start from the same warm file.
 *
 * In a child process, never here: closing any descriptor of the file drops every POSIX
 * lock this process holds on it, including the open backend's, and the shell then
 * checkpoints and resets the WAL under it (this corrupted a database once).
 */
function warmFile(file: string): void {
  const read = `const fs = require('fs'); const fd = fs.openSync(process.argv[1], 'r'); const b = Buffer.alloc(1 << 22);
    while (fs.readSync(fd, b, 0, b.length, null) > 0);`;
  const r = spawnSync(process.execPath, ['-e', read, file], { stdio: 'inherit' });
  if (r.status !== 0) log(`  (could not pre-read ${file}; first reads may be slower)`);
}

function measureShell(databaseFile: string, op: BenchOperation, warmup: number, iterations: number): ShellFigures {
  const lines = Array.from({ length: warmup + iterations }, (_, i) => op.shellSql(i));
  const samples = runInShell(databaseFile, { warmup: lines.slice(0, warmup), measured: lines.slice(warmup) });
  const real = summarize(samples.map((s) => s.realMs));
  const cpu = summarize(samples.map((s) => s.cpuMs));
  const basis = real.p50 >= REAL_TIME_FLOOR_MS ? 'real' : 'cpu';
  return { ...(basis === 'real' ? real : cpu), basis, real, cpu };
}

async function runSuite(suite: BenchSuite, cli: CliOptions, shell: string | null): Promise<SuiteResult> {
  const startedAt = new Date().toISOString();
  const options: BenchOptions = {
    rows: cli.rows,
    iterations: cli.iterations,
    warmup: Math.min(20, Math.ceil(cli.iterations / 10)),
    keep: cli.keep,
    tmpDir: path.join(BENCH_DIR, 'tmp'),
    log,
  };
  log(`\n== ${suite.title} ==`);
  const prepared = await suite.setup(options);
  warmFile(prepared.databaseFile);
  // Described after the build, so the load average shows what else ran while measuring.
  const machine = describeMachine(shell);
  // Above one runnable process per core, other programs compete with the measurement.
  if ((machine.loadAverage[0] ?? 0) > machine.cores) {
    log(`  warning: load average ${machine.loadAverage.join(' / ')} on ${machine.cores} cores — the figures will be noisy`);
  }
  const operations: OperationResult[] = [];
  try {
    for (const op of prepared.operations) {
      log(`  ${op.label}: ${options.iterations} calls through the service layer…`);
      const samplesMs = await measureService(op, options.warmup, options.iterations);
      const service = { ...summarize(samplesMs), samplesMs: samplesMs.map(round2) };
      let shellFigures: ShellFigures | null = null;
      if (shell) {
        log(`  ${op.label}: ${options.iterations} runs in the sqlite3 shell…`);
        shellFigures = measureShell(prepared.databaseFile, op, options.warmup, options.iterations);
      }
      const ratio = shellFigures && shellFigures.p95 > 0 ? round2(service.p95 / shellFigures.p95) : null;
      const p95Met = service.p95 <= op.target.p95Ms;
      const ratioMet = ratio === null ? null : ratio <= op.target.maxRatio;
      operations.push({
        key: op.key,
        label: op.label,
        target: op.target,
        service,
        shell: shellFigures,
        ratio,
        met: { p95: p95Met, ratio: ratioMet, all: p95Met && ratioMet !== false },
        ...(op.note ? { note: op.note } : {}),
      });
    }
  } finally {
    await prepared.teardown();
  }
  return {
    suite: suite.name,
    title: suite.title,
    startedAt,
    finishedAt: new Date().toISOString(),
    options: { rows: options.rows, iterations: options.iterations, warmup: options.warmup },
    machine,
    dataset: prepared.dataset,
    operations,
  };
}

// ---------------------------------------------------------------------------------------
// Reporting.

const ms = (n: number) => `${n.toFixed(2)} ms`;
const verdict = (op: OperationResult) => {
  if (op.met.all) return op.met.ratio === null ? 'yes (p95; no shell)' : 'yes';
  const missed = [!op.met.p95 && `p95 > ${op.target.p95Ms} ms`, op.met.ratio === false && `ratio > ${op.target.maxRatio}×`];
  return `no (${missed.filter(Boolean).join(', ')})`;
};
const shellCell = (op: OperationResult, n: number | undefined) =>
  op.shell && n !== undefined ? `${ms(n)}${op.shell.basis === 'cpu' ? ' ᶜ' : ''}` : '–';

function rowsOf(result: SuiteResult): string[][] {
  return result.operations.map((op) => [
    op.label,
    ms(op.service.p50),
    ms(op.service.p95),
    shellCell(op, op.shell?.p50),
    shellCell(op, op.shell?.p95),
    op.ratio === null ? '–' : `${op.ratio.toFixed(2)}×`,
    verdict(op),
  ]);
}
const HEADER = ['Operation', 'Service p50', 'Service p95', 'Shell p50', 'Shell p95', 'Ratio (p95)', 'Target met'];

function printTable(result: SuiteResult): void {
  const rows = [HEADER, ...rowsOf(result)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(`\n${result.title} — ${result.options.rows.toLocaleString('en-US')} rows, ${result.options.iterations} iterations`);
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log(`Machine: ${machineSummary(result.machine)}`);
  const built = result.dataset.buildSeconds === null ? 'build time not recorded' : `built in ${result.dataset.buildSeconds} s`;
  const build = result.dataset.reused ? `reused (${built})` : built;
  console.log(`Database: ${build}`);
}

function markdownSection(result: SuiteResult, file: string): string {
  const d = result.dataset;
  const out = [
    `### ${result.title}`,
    '',
    `${result.options.rows.toLocaleString('en-US')} rows · ${result.options.iterations} iterations per side ` +
      `(after ${result.options.warmup} warm-up) · run ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC · ` +
      `[${path.basename(file)}](results/${path.basename(file)})`,
    '',
    `Machine: ${machineSummary(result.machine)} · load average ${result.machine.loadAverage.join(' / ')}`,
    '',
    `Database: ${d.reused ? 'reused, ' : ''}${d.buildSeconds === null ? 'build time not recorded' : `built in ${d.buildSeconds} s`}, ${d.databaseMiB} MiB`,
    '',
    `| ${HEADER.join(' | ')} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rowsOf(result).map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
  if (result.operations.some((op) => op.shell?.basis === 'cpu')) {
    out.push('ᶜ shell CPU time (user + sys): the shell reports wall time in whole milliseconds only.', '');
  }
  for (const op of result.operations.filter((o) => o.note)) out.push(`- ${op.label}: ${op.note}`);
  if (result.operations.some((o) => o.note)) out.push('');
  return out.join('\n');
}

/** The newest result file of each suite (file names start with a sortable timestamp). */
function newestResults(): Map<string, { file: string; result: SuiteResult }> {
  const newest = new Map<string, { file: string; result: SuiteResult }>();
  const files = fs.existsSync(RESULTS_DIR) ? fs.readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json')).sort() : [];
  for (const name of files) {
    const file = path.join(RESULTS_DIR, name);
    try {
      const result = JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResult;
      if (typeof result.suite === 'string') newest.set(result.suite, { file, result });
    } catch {
      log(`  (skipping unreadable ${name})`);
    }
  }
  return newest;
}

function updateReadme(): void {
  const sections = [...newestResults().entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, { file, result }]) => markdownSection(result, file));
  const generated = [START_MARK, '<!-- Generated by `npm run bench` from the newest file of each suite in results/. -->', '', ...sections, END_MARK].join('\n');
  const current = fs.existsSync(README) ? fs.readFileSync(README, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START_MARK);
  const end = current.indexOf(END_MARK);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + generated + current.slice(end + END_MARK.length)
      : current.trimEnd() + '\n\n' + generated + '\n';
  fs.writeFileSync(README, next);
}

/** One run at a time per working tree (see claimLock). Returns the release function. */
function claimHarness(): () => void {
  const lockFile = path.join(BENCH_DIR, 'tmp', 'run.lock');
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  return claimLock(lockFile, 'running in this tree');
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  const suites = cli.suite ? SUITES.filter((s) => s.name === cli.suite) : SUITES;
  if (suites.length === 0) throw new Error(`no suite named "${cli.suite}"\n${USAGE}`);
  const release = claimHarness();
  try {
    await runSuites(cli, suites);
  } finally {
    release();
  }
}

async function runSuites(cli: CliOptions, suites: BenchSuite[]): Promise<void> {
  const shell = shellVersion();
  if (!shell) log('sqlite3 shell not found: only service-layer figures (install it, e.g. `apt-get install sqlite3`).');

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const missed: string[] = [];
  for (const suite of suites) {
    const result = await runSuite(suite, cli, shell);
    const stamp = result.startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
    const file = path.join(RESULTS_DIR, `${stamp}-${suite.name}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    printTable(result);
    console.log(`Result: ${path.relative(process.cwd(), file)}`);
    missed.push(...result.operations.filter((op) => !op.met.all).map((op) => `${suite.name}: ${op.label} — ${verdict(op)}`));
  }
  updateReadme();
  console.log(`\nbench/README.md updated.${missed.length ? `\nTargets missed:\n  ${missed.join('\n  ')}` : ' All targets met.'}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
