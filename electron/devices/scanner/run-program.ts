import { spawn } from 'node:child_process';

export interface ProgramResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Ended because the signal aborted it (or the time ran out). */
  aborted: boolean;
  timedOut: boolean;
  /** Said it had finished (`finishedWhen`) but did not exit, so it was killed; its output is whole. */
  lingered: boolean;
  /** Wrote nothing for `stallMs` and was stopped (also `aborted`). */
  stalled: boolean;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Each complete stdout line as it arrives (progress), awaited in order. */
  onLine?: (line: string) => Promise<void> | void;
  /** Each stderr chunk as it arrives (scanimage's "Progress: 42.3%" within a page). */
  onStderr?: (chunk: string) => void;
  /**
   * What the program writes on stderr once its work is done. Some SANE backends hang while
   * closing the device after the last page (the `test` backend does so about one run in
   * seven after an I/O error): the scan is complete, so after `exitGraceMs` it is killed
   * and its result kept instead of leaving the counter waiting for ever.
   */
  finishedWhen?: RegExp;
  /** How long a finished program may take to exit (default 5 s). */
  exitGraceMs?: number;
  /** Stop the program when it writes nothing, on stdout or stderr, for this long. */
  stallMs?: number;
}

/** Said when the program itself cannot be started. */
export class ProgramMissingError extends Error {
  constructor(readonly program: string, cause: unknown) {
    super(`${program} tidak dapat dijalankan`, { cause });
    this.name = 'ProgramMissingError';
  }
}

/**
 * Runs a program with an argument ARRAY (never through a shell, so a device or file name
 * can never become a command). An abort asks it to stop (SIGTERM lets scanimage cancel the
 * scanner cleanly), and kills it if it has not stopped two seconds later.
 */
export function runProgram(program: string, args: readonly string[], options: RunOptions = {}): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stdout = '';
    let stderr = '';
    let pending = '';
    let aborted = false;
    let timedOut = false;
    let lingered = false;
    let stalled = false;
    let stallTimer: NodeJS.Timeout | undefined;
    let graceTimer: NodeJS.Timeout | undefined;
    let lines: Promise<void> = Promise.resolve();
    let killTimer: NodeJS.Timeout | undefined;

    const stop = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      aborted = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
    };
    const onAbort = () => stop();
    if (options.signal?.aborted) queueMicrotask(stop);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          stop();
        }, options.timeoutMs)
      : undefined;

    // Restarted by every output: a program that falls silent for stallMs is stopped.
    const watch = () => {
      if (!options.stallMs) return;
      clearTimeout(stallTimer);
      stallTimer = setTimeout(() => {
        stalled = true;
        stop();
      }, options.stallMs);
    };
    watch();

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      watch();
      stdout += chunk;
      if (!options.onLine) return;
      pending += chunk;
      const parts = pending.split(/\r?\n/);
      pending = parts.pop() ?? '';
      for (const line of parts) {
        const onLine = options.onLine;
        lines = lines.then(() => onLine(line));
      }
    });
    child.stderr.on('data', (chunk: string) => {
      watch();
      // Keep the tail only: a long batch prints a line per page.
      stderr = (stderr + chunk).slice(-20_000);
      options.onStderr?.(chunk);
      if (options.finishedWhen && !graceTimer && options.finishedWhen.test(stderr)) {
        graceTimer = setTimeout(() => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          lingered = true;
          child.kill('SIGKILL');
        }, options.exitGraceMs ?? 5000);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      clearTimeout(graceTimer);
      clearTimeout(stallTimer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(new ProgramMissingError(program, error));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      clearTimeout(graceTimer);
      clearTimeout(stallTimer);
      options.signal?.removeEventListener('abort', onAbort);
      if (options.onLine && pending !== '') {
        const onLine = options.onLine;
        const last = pending;
        lines = lines.then(() => onLine(last));
      }
      lines.then(
        () => resolve({ code, stdout, stderr, aborted, timedOut, lingered, stalled }),
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      );
    });
  });
}
