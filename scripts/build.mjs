// Builds the renderer (Vite) and the main process, preload and browser host (esbuild)
// into dist/. Native and file-reading packages stay external and load from node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

export async function buildAll({ quiet = false } = {}) {
  await vite({ root: path.join(root, 'renderer'), configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  await esbuild({
    absWorkingDir: root,
    entryPoints: {
      main: 'electron/main.ts',
      preload: 'electron/preload.ts',
      'browser-host': 'electron/host/run-browser-host.ts',
      // jsQR's worker thread, started from a file of its own (electron/backend/scanning/qr-worker-script.ts).
      'qr-worker': 'electron/backend/scanning/qr-worker.ts',
    },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    // sqlite3 is native; pdfmake/pdfkit read their font metrics from their own folders;
    // exceljs and qrcode load optional parts at run time; sharp finds its native libvips
    // binding from its own package (bundled, its createRequire(import.meta.url) fails);
    // tesseract.js starts its worker thread from a script in its own folder: all stay in
    // node_modules.
    external: ['electron', 'sqlite3', 'pdfmake', 'exceljs', 'qrcode', 'sharp', 'tesseract.js'],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    logLevel: quiet ? 'warning' : 'info',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildAll();
}
