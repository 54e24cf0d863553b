// Where the Electron runtime binary is, if this machine has it. Electron downloads its
// binary on first use (not at npm install), and that download needs access to GitHub.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const electronDir = path.resolve(import.meta.dirname, '..', '..', 'node_modules', 'electron');

/** The executable's path when installed, else null. */
export function electronBinary() {
  try {
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Tries Electron's own installer once (bounded in time); true when the binary is there after. */
export function tryInstallElectron(timeoutMs = 180_000) {
  if (electronBinary()) return true;
  if (!fs.existsSync(path.join(electronDir, 'install.js'))) return false;
  console.log('Mengunduh runtime desktop Electron…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: timeoutMs });
  return electronBinary() !== null;
}

/** Electron needs a display on Linux; without one we serve the browser host instead. */
export function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}
