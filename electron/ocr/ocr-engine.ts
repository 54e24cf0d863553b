import { existsSync } from 'node:fs';
import path from 'node:path';
import { createWorker, OEM, type Worker, type WorkerOptions } from 'tesseract.js';
import { OCR_LANGUAGE } from './ocr-language-data';

/** Reads the text of one page image (PNG or JPEG bytes). */
export interface OcrEngine {
  recognize(image: Buffer): Promise<{ text: string; confidence: number }>;
  /** Frees the engine's worker; the next recognize starts a new one. */
  terminate(): Promise<void>;
}

/**
 * The options every tesseract.js worker gets. All local:
 * - `langPath`: a folder, not a URL, so the worker reads the model with fs;
 * - `cacheMethod: 'none'`: no cached copy is read or written (by default tesseract.js
 *   writes `ind.traineddata` into the working directory and reads it from there next time);
 * - `gzip: true`: the shipped file is `ind.traineddata.gz`.
 * The core (WebAssembly) comes from the tesseract.js-core package through require(),
 * and images are passed as bytes, never as URLs.
 */
export function tesseractWorkerOptions(dataDir: string, workerPath?: string): Partial<WorkerOptions> {
  return {
    langPath: dataDir,
    cachePath: dataDir,
    cacheMethod: 'none',
    gzip: true,
    ...(workerPath ? { workerPath } : {}),
  };
}

/**
 * In the packaged app, the worker script extracted next to app.asar (electron-builder.yml,
 * asarUnpack): a worker thread cannot read its script and core from inside the archive.
 * Elsewhere (development, tests, the browser host) tesseract.js finds its own script.
 */
export function packagedWorkerPath(): string | undefined {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (!resourcesPath) return undefined;
  const script = path.join(resourcesPath, 'app.asar.unpacked', 'node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js');
  return existsSync(script) ? script : undefined;
}

/**
 * Tesseract in a worker thread (tesseract.js: the WebAssembly build, nothing to install),
 * Indonesian LSTM model. One worker at a time: office PCs have two cores, and the app must
 * stay responsive while the queue works. The worker is made on first use and ended by
 * `terminate()` when the queue goes idle, returning its ~100 MB.
 */
export class TesseractEngine implements OcrEngine {
  private worker: Promise<Worker> | null = null;

  constructor(
    private readonly dataDir: string,
    /** A different worker script (tests wrap the real one to prove nothing is fetched). */
    private readonly workerPath?: string,
  ) {}

  private start(): Promise<Worker> {
    this.worker ??= createWorker(OCR_LANGUAGE, OEM.LSTM_ONLY, tesseractWorkerOptions(this.dataDir, this.workerPath ?? packagedWorkerPath())).catch((err: unknown) => {
      this.worker = null;
      throw err instanceof Error ? err : new Error(String(err));
    });
    return this.worker;
  }

  async recognize(image: Buffer): Promise<{ text: string; confidence: number }> {
    const worker = await this.start();
    const { data } = await worker.recognize(image);
    return { text: data.text, confidence: data.confidence };
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }
}
