import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPageQr } from '../../../electron/backend/scanning/page-qr-reader';
import { QrWorker } from '../../../electron/backend/scanning/qr-worker-client';
import { outsideAsar, QR_WORKER_BUNDLE } from '../../../electron/backend/scanning/qr-worker-script';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

// The worker as the packaged app starts it: esbuild's bundle (as scripts/build.mjs makes it),
// from app.asar.unpacked, a plain file with nothing to require from inside the archive.

let dir: string;
let worker: QrWorker | undefined;
beforeEach(() => {
  dir = makeTempDir('meja-qr-bundle-');
});
afterEach(async () => {
  await worker?.close();
  worker = undefined;
  removeTempDir(dir);
});

describe('QR worker bundle', () => {
  it('needs only jsqr and Node, and reads a page when started from app.asar.unpacked', async () => {
    const inAsar = path.join(dir, 'resources', 'app.asar', 'dist', 'electron', QR_WORKER_BUNDLE);
    const unpacked = path.join(dir, 'resources', 'app.asar.unpacked', 'dist', 'electron', QR_WORKER_BUNDLE);
    const result = await build({
      entryPoints: ['electron/backend/scanning/qr-worker.ts'],
      outfile: unpacked,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((file) => !file.startsWith('node_modules/jsqr/'))).toEqual(['electron/backend/scanning/qr-worker.ts']);
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
    expect(imports).toEqual(['node:worker_threads']);

    // Inside the archive the file is only listed (here: a stand-in that would fail if started).
    mkdirSync(path.dirname(inAsar), { recursive: true });
    writeFileSync(inAsar, "throw new Error('dari dalam arsip');");
    expect(outsideAsar(inAsar)).toBe(unpacked);
    expect(outsideAsar(path.join(dir, 'dist', 'electron', QR_WORKER_BUNDLE))).toBe(path.join(dir, 'dist', 'electron', QR_WORKER_BUNDLE));

    worker = new QrWorker({ spawn: () => new Worker(outsideAsar(inAsar)) });
    const qr = await QRCode.toBuffer('meja-aduan:pengaduan:9ZX47JZA2', { errorCorrectionLevel: 'Q', scale: 4, margin: 2 });
    const page = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#ffffff' } }).composite([{ input: qr, left: 950, top: 120 }]).png().toBuffer();
    expect(await readPageQr(sharp(page), worker)).toEqual(['meja-aduan:pengaduan:9ZX47JZA2']);
  });
});
