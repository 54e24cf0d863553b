/**
 * What a feature adds to `npm run bench`: a suite that prepares a realistic database and
 * lists the operations to measure, each twice — through the app's service layer and as
 * the equivalent raw SQL in the `sqlite3` shell on the same file — so the harness can
 * report both and their ratio. Register a new suite in run-bench.ts.
 */

export interface BenchTarget {
  /** p95 through the service layer must not exceed this. */
  p95Ms: number;
  /** Service p95 / shell p95 must not exceed this. */
  maxRatio: number;
}

export interface BenchOperation {
  /** Stable key used in result files, e.g. "guests.today". Renaming it breaks comparisons. */
  key: string;
  /** How the table names it, e.g. "Today's list (≈1,300 rows)". */
  label: string;
  target: BenchTarget;
  /**
   * One iteration through the service layer (the app's real validation + service + SQL
   * path). `i` picks the iteration's input; it must throw if the call fails, so a broken
   * call never passes for a fast one.
   */
  service(i: number): Promise<void>;
  /**
   * The same work as raw SQL for iteration `i`: one line, possibly several statements
   * (the shell times a line as a whole). Same input as `service(i)` where the operation
   * only reads; a fresh one where it writes.
   */
  shellSql(i: number): string;
  /** What a reader of the table should know about the comparison (shown under the table). */
  note?: string;
}

export interface BenchOptions {
  rows: number;
  /** Measured iterations per operation and per side. */
  iterations: number;
  /** Iterations run first and thrown away (caches, JIT), per operation and per side. */
  warmup: number;
  /** Keep the built database for the next run. */
  keep: boolean;
  /** The folder suites build their databases in (git-ignored). */
  tmpDir: string;
  /** Progress for a human, on stderr. */
  log(message: string): void;
}

/** Facts about the data a suite measured, written into the result file as they are. */
export type DatasetFacts = Record<string, string | number | boolean | null>;

export interface PreparedSuite {
  /** The SQLite file both sides run on. */
  databaseFile: string;
  dataset: DatasetFacts;
  /** In order: a suite puts writes last so they do not change what the reads see. */
  operations: BenchOperation[];
  /** Undoes what the measurements wrote, closes the database, removes it unless kept. */
  teardown(): Promise<void>;
}

export interface BenchSuite {
  /** Used in file names and `--suite`: lowercase, dashes. */
  name: string;
  /** Heading in bench/README.md. */
  title: string;
  setup(options: BenchOptions): Promise<PreparedSuite>;
}
