import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Meja Aduan';

export interface LaunchOptions {
  /** Folder of the database and attachments. */
  dataDir: string;
  demo: boolean;
  /** Start time of a pinned clock (tests, demos); the real clock when absent. */
  startAt: Date | null;
}

function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(name + '=')) return arg.slice(name.length + 1);
  }
  return undefined;
}

/**
 * Where Electron's `app.getPath('userData')` puts a product's data, computed without
 * Electron so the browser host uses the very same folder as the desktop app.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

/**
 * Reads `--data-dir` (or MEJA_ADUAN_DATA_DIR), `--demo` and `--now` (or MEJA_ADUAN_NOW).
 * The demo office always lives in a `demo` subfolder, so demo data never mixes with real data.
 */
export function parseLaunchOptions(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): LaunchOptions {
  const demo = argv.includes('--demo');
  const base = path.resolve(argValue(argv, '--data-dir') || env.MEJA_ADUAN_DATA_DIR || userDataDir);
  const nowText = argValue(argv, '--now') || env.MEJA_ADUAN_NOW;
  const startAt = nowText ? new Date(nowText) : null;
  if (startAt && Number.isNaN(startAt.getTime())) throw new Error(`Waktu --now tidak valid: ${nowText}`);
  return { dataDir: demo ? path.join(base, 'demo') : base, demo, startAt };
}
