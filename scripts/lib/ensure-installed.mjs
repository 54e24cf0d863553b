// Installs what a fresh clone is missing, using only Node's own modules (this runs before
// node_modules exists). Shared by `npm start` and `npm test`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  return result.status ?? 1;
}

function newerThan(a, b) {
  return fs.existsSync(a) && fs.existsSync(b) && fs.statSync(a).mtimeMs > fs.statSync(b).mtimeMs;
}

function sqliteLoads() {
  const probe = spawnSync(process.execPath, ['-e', "require('sqlite3')"], { cwd: root, stdio: 'ignore' });
  return probe.status === 0;
}

/**
 * npm install when node_modules is missing or older than the lockfile. The Electron binary
 * is not part of installation (Electron downloads it on first use), so an offline machine
 * installs fine; sqlite3 falls back to building from source when no prebuilt binary can be
 * fetched.
 */
export function ensureInstalled() {
  const stamp = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (!fs.existsSync(stamp) || newerThan(lock, stamp)) {
    console.log('Memasang dependensi (npm install)… pertama kali bisa beberapa menit.');
    if (run(npm, ['install', '--no-audit', '--no-fund']) !== 0) {
      console.error('Pemasangan dependensi gagal. Periksa koneksi ke registri npm lalu ulangi.');
      process.exit(1);
    }
  }
  if (!sqliteLoads()) {
    console.log('Modul sqlite3 belum siap; membangun dari sumber (±2 menit)…');
    if (run(npm, ['rebuild', 'sqlite3', '--build-from-source']) !== 0 || !sqliteLoads()) {
      console.error('sqlite3 tidak dapat dibangun. Pasang python3, make dan kompiler C++ lalu ulangi.');
      process.exit(1);
    }
  }
}
