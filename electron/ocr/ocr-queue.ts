import type { OcrProgress } from '../../shared/archive/archive-records';
import type { OcrEngine } from './ocr-engine';
import { loadPageSource, type PageSource } from './page-source';
import { PageImageError } from './pdf-page-image';
import type { ScannedPageStore, WaitingPage } from './scanned-page-store';

export interface OcrQueueOptions {
  store: ScannedPageStore;
  /** The bytes of a stored file (the attachment store, by SHA-256). */
  readFile(sha256: string): Promise<Uint8Array>;
  engine: OcrEngine;
  /** Called after each page is written, e.g. to refresh the archive's text index. */
  afterPage?(documentId: number): Promise<void>;
  /** How often an idle queue looks for pages the scanner added (ms); 0 = only when kicked. */
  pollMs?: number;
  /** The engine's worker is ended after this long without work (ms). */
  releaseAfterMs?: number;
  log?(err: unknown): void;
}

/**
 * The background OCR of scanned pages in the main process: one page at a time on one
 * engine worker (office PCs have two cores, and the clerk keeps working meanwhile). Every
 * page the scanner saves starts as 'menunggu'; the queue reads it and marks it 'selesai'
 * with its text, or 'gagal'. The state lives in the database only, so after a restart
 * the queue simply picks up the pages still waiting.
 */
export class OcrQueue {
  private running: Promise<void> | null = null;
  private current: { page: WaitingPage; fileName: string } | null = null;
  /** Pages finished since the queue last became busy: the "12" of "12/40". */
  private doneInRun = 0;
  private stopped = false;
  private pollTimer: NodeJS.Timeout | null = null;
  private releaseTimer: NodeJS.Timeout | null = null;
  private pdf: { documentId: number; file: PageSource } | null = null;

  constructor(private readonly options: OcrQueueOptions) {}

  /** Starts working through what waits, and keeps looking for new pages every `pollMs`. */
  start(): void {
    this.kick();
    const every = this.options.pollMs ?? 0;
    if (every > 0 && !this.pollTimer) {
      this.pollTimer = setInterval(() => this.kick(), every);
      this.pollTimer.unref();
    }
  }

  /** Wakes the queue (a scan was saved); does nothing while it is already working. */
  kick(): void {
    if (this.stopped || this.running) return;
    this.running = this.work()
      .catch((err: unknown) => this.options.log?.(err))
      .finally(() => {
        this.running = null;
      });
  }

  /** Resolves when nothing waits any more (tests, the benchmark). */
  async drain(): Promise<void> {
    for (;;) {
      this.kick();
      const run = this.running;
      if (!run) return;
      await run;
      if (this.stopped || (await this.options.store.countByStatus('menunggu')) === 0) return;
    }
  }

  async progress(): Promise<OcrProgress> {
    const [waiting, failed] = await Promise.all([this.options.store.countByStatus('menunggu'), this.options.store.countByStatus('gagal')]);
    const current = this.current ? { documentId: this.current.page.documentId, pageNo: this.current.page.pageNo, fileName: this.current.fileName } : null;
    return { done: this.doneInRun, total: this.doneInRun + waiting, waiting, failed, current };
  }

  /** Stops after the page in hand and ends the engine's worker (closing the backend). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.releaseTimer) clearTimeout(this.releaseTimer);
    await this.running;
    await this.options.engine.terminate();
  }

  private async work(): Promise<void> {
    if (this.releaseTimer) clearTimeout(this.releaseTimer);
    let last: WaitingPage | undefined;
    for (;;) {
      if (this.stopped) return;
      // Pages are taken in order; one that could not be written (deleted meanwhile) is skipped past.
      const page = (await this.options.store.nextWaiting(last)) ?? (last ? await this.options.store.nextWaiting() : null);
      if (!page) break;
      await this.readPage(page);
      last = page;
    }
    this.current = null;
    this.pdf = null;
    // Idle: the next batch counts from zero, and the worker's memory goes back after a while.
    this.doneInRun = 0;
    const release = this.options.releaseAfterMs ?? 60_000;
    this.releaseTimer = setTimeout(() => void this.options.engine.terminate(), release);
    this.releaseTimer.unref();
  }

  private async readPage(page: WaitingPage): Promise<void> {
    const { store } = this.options;
    const doc = await store.document(page.documentId);
    this.current = { page, fileName: doc?.fileName ?? '' };
    let status: 'selesai' | 'gagal' = 'gagal';
    let text: string | null = null;
    try {
      if (!doc) throw new PageImageError(`Dokumen pindaian ${page.documentId} tidak ditemukan.`);
      if (this.pdf?.documentId !== doc.id) this.pdf = { documentId: doc.id, file: await loadPageSource(await this.options.readFile(doc.sha256)) };
      const image = await this.pdf.file.pageImage(page.pageNo);
      text = normaliseOcrText((await this.options.engine.recognize(image)).text);
      status = 'selesai';
    } catch (err) {
      // A page that cannot be read is marked and left; the engine is restarted in case it broke.
      if (!(err instanceof PageImageError)) await this.options.engine.terminate().catch(() => undefined);
      this.options.log?.(err);
    }
    if (await store.saveResult(page, status, text)) this.doneInRun++;
    await this.options.afterPage?.(page.documentId);
  }
}

/** Tesseract's text with its stray form feeds, trailing spaces and runs of blank lines tidied. */
export function normaliseOcrText(text: string): string {
  return text
    .replace(/\f/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
