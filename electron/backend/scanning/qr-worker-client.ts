import type { Worker } from 'node:worker_threads';
import type { QrDecodeReply, QrDecodeRequest } from './qr-worker';
import { startQrWorker } from './qr-worker-script';

/** Raw pixels of one picture to read, as sharp gives them (`raw().toBuffer()`). */
export interface GreyPicture {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

/** Reads one picture in the worker: the QR code's text, or null. */
export type DecodeInWorker = (picture: GreyPicture) => Promise<string | null>;

/** A page whose QR codes could not be read; the message is shown in the log as it is. */
export class QrReadError extends Error {}

/** A page not read because the reader was closed with the backend. */
export class QrWorkerClosedError extends QrReadError {
  constructor() {
    super('Pembaca kode QR sudah ditutup bersama aplikasi; halaman ini tidak dibaca.');
  }
}

/**
 * A page normally takes 0.2–2 s (up to five pictures); an office PC that is four times
 * slower and busy still stays far below this. Past it, the page gets no QR code rather
 * than holding up the batch behind it.
 */
export const QR_PAGE_TIMEOUT_MS = 30_000;

export interface QrWorkerOptions {
  /** Per page, from when its turn comes. */
  timeoutMs?: number;
  /** Makes a worker thread (tests give a broken one). Default: the real qr-worker. */
  spawn?: () => Worker;
}

interface Pending {
  resolve(text: string | null): void;
  reject(err: Error): void;
}

/**
 * jsQR off the main process's event loop: one worker thread, started on first use and kept
 * for the next pages, ended by close(). Pages take turns (`page()`), each within a time
 * limit. A worker that crashes, exits or runs past the limit is dropped: that page fails
 * with an Indonesian message, and the next page starts a fresh worker — never a hang.
 */
export class QrWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private turn: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly timeoutMs: number;
  private readonly spawn: () => Worker;

  constructor(options: QrWorkerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? QR_PAGE_TIMEOUT_MS;
    this.spawn = options.spawn ?? startQrWorker;
  }

  /**
   * Runs `read` when the page's turn comes; `read` prepares pictures (sharp, on the main
   * thread, whose libvips work is asynchronous) and hands each to `decode`. The page fails
   * with QrReadError when the worker fails or the time limit passes; a `decode` after that
   * fails at once, so a late `read` stops at its next picture.
   */
  page<T>(read: (decode: DecodeInWorker) => Promise<T>): Promise<T> {
    const result = this.turn.then(() => this.runPage(read));
    this.turn = result.catch(() => undefined);
    return result;
  }

  /** Ends the worker (with the backend); the page being read and those still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    await this.drop(new QrWorkerClosedError());
  }

  private runPage<T>(read: (decode: DecodeInWorker) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new QrWorkerClosedError());
    return new Promise<T>((resolve, reject) => {
      let over: QrReadError | null = null;
      const timer = setTimeout(() => {
        over = new QrReadError(`Pembacaan kode QR halaman ini melewati batas waktu ${Math.ceil(this.timeoutMs / 1000)} detik dan dihentikan; halaman tetap disimpan tanpa kode QR.`);
        reject(over);
        // A decode still running in the worker is stopped with its thread.
        if (this.pending.size > 0) void this.drop(over);
      }, this.timeoutMs);
      const decode: DecodeInWorker = (picture) => (over ? Promise.reject(over) : this.decode(picture));
      read(decode).then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (err: unknown) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }

  private decode(picture: GreyPicture): Promise<string | null> {
    // A page still preparing its next picture when the backend closed starts no new worker.
    if (this.closed) return Promise.reject(new QrWorkerClosedError());
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (err) {
      return Promise.reject(new QrReadError(`Pembaca kode QR tidak dapat dijalankan: ${err instanceof Error ? err.message : String(err)}`));
    }
    const id = this.nextId++;
    const { data } = picture;
    // The pixels move to the worker without a copy when the Buffer owns its whole memory
    // (a Buffer from Node's pool shares it, so that one is copied first).
    const pixels = (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data.buffer : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) as ArrayBuffer;
    const request: QrDecodeRequest = { id, pixels, width: picture.width, height: picture.height, channels: picture.channels };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Held open only while a picture is being read: an idle worker never keeps the process alive.
      worker.ref();
      try {
        worker.postMessage(request, [pixels]);
      } catch (err) {
        this.pending.delete(id);
        if (this.pending.size === 0) worker.unref();
        reject(new QrReadError(`Gambar halaman tidak dapat dikirim ke pembaca kode QR: ${err instanceof Error ? err.message : String(err)}`));
      }
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.unref();
    worker.on('message', (reply: QrDecodeReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) waiting.reject(new QrReadError(`Kode QR pada halaman ini tidak dapat dibaca: ${reply.error}`));
      else waiting.resolve(reply.text);
    });
    worker.on('error', (err: Error) => {
      if (this.worker === worker) void this.drop(new QrReadError(`Pembaca kode QR berhenti tiba-tiba (${err.message}); halaman ini disimpan tanpa kode QR.`));
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) void this.drop(new QrReadError(`Pembaca kode QR berhenti tiba-tiba (kode keluar ${code}); halaman ini disimpan tanpa kode QR.`));
    });
    this.worker = worker;
    return worker;
  }

  /** Forgets the current worker (the next decode starts a new one), fails what it was reading and ends it. */
  private async drop(reason: QrReadError): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) w.reject(reason);
    if (worker) await worker.terminate();
  }
}
