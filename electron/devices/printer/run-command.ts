import { execFile } from 'node:child_process';

export interface CommandResult {
  /** The exit code; null when the command was killed (time-out). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunCommandOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * Runs a program with an argument array (never through a shell, so a printer name or a
 * title cannot smuggle in a command) and collects its output. Resolves for any exit code;
 * rejects only when the program cannot be started (the error's `code` is 'ENOENT' when it
 * is not installed).
 */
export function runCommand(command: string, args: readonly string[], options: RunCommandOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { env: options.env ?? process.env, timeout: options.timeoutMs ?? 30_000, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (error && typeof error.code === 'string') return reject(error);
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code: error?.killed ? null : code, stdout, stderr });
      },
    );
  });
}
