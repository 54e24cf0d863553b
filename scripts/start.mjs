// `npm start`: installs what is missing, builds, and opens Meja Aduan — in Electron where
// its runtime is installed (or can be downloaded), otherwise through the browser host on
// 127.0.0.1. Arguments after `--` are passed on (e.g. `npm start -- --demo`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled, root } from './lib/ensure-installed.mjs';

ensureInstalled();
const { buildAll } = await import('./build.mjs');
const { electronBinary, hasDisplay, tryInstallElectron } = await import('./lib/electron-runtime.mjs');

console.log('Membangun aplikasi…');
await buildAll({ quiet: true });

const args = process.argv.slice(2);
const wantBrowser = args.includes('--browser') || process.env.MEJA_ADUAN_BROWSER === '1';
const passOn = args.filter((a) => a !== '--browser');

let binary = null;
if (!wantBrowser && hasDisplay()) binary = electronBinary() ?? (tryInstallElectron() ? electronBinary() : null);

if (binary) {
  const child = spawn(binary, [path.join(root, 'dist', 'electron', 'main.cjs'), ...passOn], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!wantBrowser) {
    console.log('');
    console.log(
      hasDisplay()
        ? 'Runtime desktop (Electron) tidak terpasang di komputer ini dan tidak dapat diunduh.'
        : 'Tidak ada layar grafis (DISPLAY) untuk jendela desktop.',
    );
    console.log('Meja Aduan dibuka lewat peramban: data, tampilan dan fungsinya sama.');
  }
  const child = spawn(process.execPath, [path.join(root, 'dist', 'electron', 'browser-host.cjs'), ...passOn], { stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
