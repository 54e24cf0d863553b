import { spawnSync } from 'node:child_process';
import os from 'node:os';

/**
 * The raw baseline: the same SQL run by the `sqlite3` command-line shell on the same
 * database file, timed by the shell itself (`.timer on`), so the figures carry no Node,
 * no driver and no application code.
 */

/** The shell to run; `BENCH_SQLITE3=/path/to/sqlite3` picks another build. */
const SHELL = process.env.BENCH_SQLITE3 ?? 'sqlite3';

/**
 * The pragmas electron/db/open-database.ts sets on every connection; the shell gets the
 * same so both sides run with the same journal, sync and lock settings.
 */
export const APP_PRAGMAS = [
  'PRAGMA journal_mode = WAL;',
  'PRAGMA busy_timeout = 5000;',
  'PRAGMA foreign_keys = ON;',
  'PRAGMA synchronous = NORMAL;',
  'PRAGMA cache_size = -65536;',
];

/** One timed line as the shell reports it, in milliseconds. */
export interface ShellSample {
  /** Wall clock. The shell reads it from the VFS clock in whole milliseconds. */
  realMs: number;
  /** CPU time (user + sys) from getrusage, in microseconds: usable below 1 ms. */
  cpuMs: number;
}

/** "3.40.1 2022-12-28 …", or null when no shell is installed. */
export function shellVersion(): string | null {
  const r = spawnSync(SHELL, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** A value as an SQL literal, for SQL the shell runs (it has no bound parameters). */
export function sqlLiteral(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

// "Run Time: real 0.004 user 0.003412 sys 0.000521". Every version since 3.x prints it with
// printf to stdout, not to the shell's `.output` target, so `.output /dev/null` throws away
// the rows while the timings still reach us.
const RUN_TIME = /^Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)/;

export interface ShellRunOptions {
  /** Lines run before the timer is switched on (warm the cache the same way as the app side). */
  warmup: readonly string[];
  /** One line per iteration; each line may hold several statements (timed together). */
  measured: readonly string[];
}

/**
 * Runs every line in one shell process, on `databaseFile`, and returns one sample per
 * measured line. The shell times each input line as a unit, so a line like
 * "BEGIN; INSERT …; INSERT …; COMMIT;" yields a single time covering the transaction.
 */
export function runInShell(databaseFile: string, options: ShellRunOptions): ShellSample[] {
  const oneLine = (sql: string) => sql.replace(/\s*\n\s*/g, ' ').trim();
  const script = [
    '.bail on',
    '.mode list',
    `.output ${os.devNull}`,
    ...APP_PRAGMAS,
    ...options.warmup.map(oneLine),
    '.timer on',
    ...options.measured.map(oneLine),
    '.timer off',
    '',
  ].join('\n');
  // -init keeps a developer's ~/.sqliterc (modes, headers, its own .timer) out of the run.
  const args = process.platform === 'win32' ? [databaseFile] : ['-init', os.devNull, databaseFile];
  const r = spawnSync(SHELL, args, { input: script, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`cannot run ${SHELL}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${SHELL} failed (exit ${r.status}): ${r.stderr.trim().slice(0, 2000)}`);

  const samples: ShellSample[] = [];
  for (const line of r.stdout.split(/\r?\n/)) {
    const m = RUN_TIME.exec(line);
    if (!m) continue;
    samples.push({ realMs: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 });
  }
  if (samples.length !== options.measured.length) {
    throw new Error(
      `${SHELL} printed ${samples.length} timings for ${options.measured.length} statements; ` +
        `stderr: ${r.stderr.trim().slice(0, 500) || '(empty)'}`,
    );
  }
  return samples;
}
