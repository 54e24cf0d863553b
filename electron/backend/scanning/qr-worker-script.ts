import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The bundle scripts/build.mjs writes next to main.cjs and browser-host.cjs. */
export const QR_WORKER_BUNDLE = 'qr-worker.cjs';

/**
 * Starts the QR worker thread (qr-worker.ts) from wherever this code runs:
 * - built (`npm start`, the browser host, the packaged app): this file is bundled into
 *   dist/electron/*.cjs, so `__dirname` is dist/electron and the worker's own bundle sits
 *   beside it. In the packaged app that folder is inside app.asar; electron-builder.yml
 *   unpacks the bundle (asarUnpack) and the unpacked copy is started, a plain file on disk
 *   that any worker can read (the bundle includes jsqr and requires nothing else);
 * - from the TypeScript sources (vitest, tsx): vitest's transform does not reach a worker
 *   thread, which is plain Node, so the worker first registers tsx's require hook (a dev
 *   dependency, only ever loaded on this path) and then requires qr-worker.ts. Simpler and
 *   sturdier than building the worker on the fly, and `--import tsx` in a worker's execArgv
 *   does not reach the worker's own entry file on Node 20.
 */
export function startQrWorker(): Worker {
  const here = typeof __dirname !== 'undefined' ? __dirname : null;
  const bundle = here ? path.join(here, QR_WORKER_BUNDLE) : null;
  if (bundle && existsSync(bundle)) return new Worker(outsideAsar(bundle));
  // Sources: next to this file, or from the repository's root for tsx scripts run as ES
  // modules (those have no __dirname).
  const source = path.join(here ?? path.join(process.cwd(), 'electron', 'backend', 'scanning'), 'qr-worker.ts');
  if (!existsSync(source)) throw new Error(`Program pembaca kode QR (${QR_WORKER_BUNDLE}) tidak ditemukan di ${here ?? process.cwd()}; pasang ulang aplikasi.`);
  const tsx = createRequire(source).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { eval: true });
}

/** …/app.asar/dist/electron/qr-worker.cjs → …/app.asar.unpacked/…, when that copy exists. */
export function outsideAsar(file: string): string {
  const marker = `${path.sep}app.asar${path.sep}`;
  if (!file.includes(marker)) return file;
  const outside = file.replace(marker, `${path.sep}app.asar.unpacked${path.sep}`);
  // Electron's fs reads both; without the unpacked copy, Electron's own asar support in
  // worker threads is the fallback.
  return existsSync(outside) ? outside : file;
}
