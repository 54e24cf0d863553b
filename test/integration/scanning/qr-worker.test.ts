import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { readPageQr } from '../../../electron/backend/scanning/page-qr-reader';
import { QrReadError, QrWorker, type GreyPicture } from '../../../electron/backend/scanning/qr-worker-client';
import type { QrDecodeRequest } from '../../../electron/backend/scanning/qr-worker';
import { startQrWorker } from '../../../electron/backend/scanning/qr-worker-script';

// jsQR runs in a worker thread: the main process keeps answering while a page is read, and a
// worker that crashes or hangs costs one page, never the batch behind it.

const PAYLOAD = 'meja-aduan:pengaduan:9ZX47JZA2';

let worker: QrWorker | undefined;
afterEach(async () => {
  await worker?.close();
  worker = undefined;
});

/** An A4 page at 150 dpi in grey, a receipt's QR code in its top right corner, as raw pixels. */
async function greyPage(): Promise<GreyPicture> {
  const qr = await QRCode.toBuffer(PAYLOAD, { errorCorrectionLevel: 'Q', scale: 4, margin: 2 });
  const { data, info } = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#fbfbfb' } })
    .composite([{ input: qr, left: 950, top: 120 }])
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** A worker thread that misbehaves on its first picture, for the cases the real one never shows. */
function brokenWorker(onMessage: string): Worker {
  return new Worker(`require('node:worker_threads').parentPort.on('message', () => { ${onMessage} });`, { eval: true });
}

/** The real qr-worker, already started and through one picture (from source, tsx takes a moment). */
async function warmWorker(): Promise<Worker> {
  const thread = startQrWorker();
  thread.postMessage({ id: 0, pixels: new ArrayBuffer(1), width: 1, height: 1, channels: 1 } satisfies QrDecodeRequest);
  await once(thread, 'message');
  return thread;
}

/** The first worker is `first`, the next `second` (default: the real qr-worker, started then). */
function spawnFirst(first: () => Worker, second: () => Worker = startQrWorker): { spawn: () => Worker; count: () => number } {
  let spawned = 0;
  return { spawn: () => (spawned++ === 0 ? first() : second()), count: () => spawned };
}

describe('QR worker', () => {
  it('reads a page while the main thread keeps running its timers', async () => {
    worker = new QrWorker();
    const page = await greyPage();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 2);
    try {
      // Counted from the moment the pixels are posted until the answer comes back: jsQR on
      // the main thread would run in one piece in between, and no timer could fire.
      const read = await worker.page(async (decode) => {
        const before = ticks;
        const text = await decode(page);
        return { text, ticks: ticks - before };
      });
      expect(read.text).toBe(PAYLOAD);
      expect(read.ticks).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
  });

  it('keeps one worker for page after page, and readPageQr still finds the code', async () => {
    const spawn = spawnFirst(startQrWorker);
    worker = new QrWorker({ spawn: spawn.spawn });
    const page = await greyPage();
    const png = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 1 } }).png().toBuffer();
    const blank = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const reads = await Promise.all([readPageQr(sharp(png), worker), readPageQr(sharp(blank), worker), readPageQr(sharp(png), worker)]);
    expect(reads).toEqual([[PAYLOAD], [], [PAYLOAD]]);
    expect(spawn.count()).toBe(1);
  });

  it('a worker that crashes fails that page with a clear message; the next page gets a fresh worker', async () => {
    const spawn = spawnFirst(() => brokenWorker("throw new Error('jsQR rusak');"));
    worker = new QrWorker({ spawn: spawn.spawn });
    const page = await greyPage();
    const first = worker.page((decode) => decode(page));
    const second = worker.page((decode) => decode(page));
    await expect(first).rejects.toThrow(QrReadError);
    await expect(first).rejects.toThrow('Pembaca kode QR berhenti tiba-tiba (jsQR rusak); halaman ini disimpan tanpa kode QR.');
    expect(await second).toBe(PAYLOAD);
    expect(spawn.count()).toBe(2);
  });

  it('a worker that exits on its own fails that page, not the next', async () => {
    const spawn = spawnFirst(() => brokenWorker('process.exit(3);'));
    worker = new QrWorker({ spawn: spawn.spawn });
    const page = await greyPage();
    await expect(worker.page((decode) => decode(page))).rejects.toThrow('Pembaca kode QR berhenti tiba-tiba (kode keluar 3); halaman ini disimpan tanpa kode QR.');
    expect(await worker.page((decode) => decode(page))).toBe(PAYLOAD);
  });

  it('a worker that hangs is stopped at the page time limit; the next page still decodes', async () => {
    const next = await warmWorker();
    const spawn = spawnFirst(() => brokenWorker('for (;;) {}'), () => next);
    // Long enough for the next page on a busy two-core test machine.
    worker = new QrWorker({ spawn: spawn.spawn, timeoutMs: 3_000 });
    const page = await greyPage();
    const hung = worker.page((decode) => decode(page));
    const after = worker.page((decode) => decode(page));
    await expect(hung).rejects.toThrow('Pembacaan kode QR halaman ini melewati batas waktu 3 detik dan dihentikan; halaman tetap disimpan tanpa kode QR.');
    expect(await after).toBe(PAYLOAD);
    expect(spawn.count()).toBe(2);
  });

  it('a page still being prepared at its time limit fails, and its late picture is refused', async () => {
    const spawn = spawnFirst(startQrWorker);
    worker = new QrWorker({ spawn: spawn.spawn, timeoutMs: 1_000 });
    const page = await greyPage();
    let late: Promise<string | null> | undefined;
    const slow = worker.page(async (decode) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      late = decode(page);
      return late;
    });
    await expect(slow).rejects.toThrow('melewati batas waktu 1 detik');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(late).rejects.toThrow('melewati batas waktu 1 detik');
    expect(spawn.count()).toBe(0);
  });

  it('close ends the worker thread and fails pages still waiting', async () => {
    let thread: Worker | undefined;
    worker = new QrWorker({ spawn: () => (thread = startQrWorker()) });
    const page = await greyPage();
    expect(await worker.page((decode) => decode(page))).toBe(PAYLOAD);
    const exited = new Promise<number>((resolve) => thread!.once('exit', resolve));
    const waiting = worker.page((decode) => decode(page));
    await worker.close();
    await expect(waiting).rejects.toThrow('Pembaca kode QR sudah ditutup bersama aplikasi; halaman ini tidak dibaca.');
    expect(await exited).toBe(1);
    // A scanned page still queued when the backend closes has no codes, and no error to log.
    const png = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 1 } }).png().toBuffer();
    expect(await readPageQr(sharp(png), worker)).toEqual([]);
  });

  it('a page still being prepared when the backend closes starts no new worker', async () => {
    const spawn = spawnFirst(startQrWorker);
    worker = new QrWorker({ spawn: spawn.spawn });
    const page = await greyPage();
    let prepared!: () => void;
    const preparing = new Promise<void>((resolve) => (prepared = resolve));
    const reading = worker.page(async (decode) => {
      await preparing;
      return decode(page);
    });
    await worker.close();
    prepared();
    await expect(reading).rejects.toThrow('Pembaca kode QR sudah ditutup bersama aplikasi');
    expect(spawn.count()).toBe(0);
  });
});
