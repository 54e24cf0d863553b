import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema';
import { TesseractEngine, type OcrEngine } from '../../ocr/ocr-engine';
import { resolveOcrDataDir } from '../../ocr/ocr-language-data';
import { OcrQueue } from '../../ocr/ocr-queue';
import { ScannedPageStore } from '../../ocr/scanned-page-store';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { SettingsService } from '../settings/settings-service';
import { ArchiveClassifications } from './archive-classifications';
import { ArchiveDetail, type LetterPdf } from './archive-detail';
import { ArchiveEntryService } from './archive-entry-service';
import { archiveHandlers } from './archive-handlers';
import { ArchiveLoans } from './archive-loans';
import { ArchiveNumberingSettings } from './archive-numbering-settings';
import { ArchiveRepository } from './archive-repository';
import { ArchiveSearch } from './archive-search';
import { ArchiveTextIndex } from './archive-text-index';

export interface ArchiveOptions {
  db: Kysely<Database>;
  settings: SettingsService;
  attachments: AttachmentStore;
  letterPdf: LetterPdf | null;
  /** The OCR engine; the shipped tesseract.js one unless a test or the benchmark brings its own. */
  ocrEngine?: OcrEngine;
  /** How often the idle OCR queue looks for new scanned pages (ms); 0 = only when kicked. */
  ocrPollMs?: number;
  log?: (err: unknown) => void;
}

/** The archive and its OCR queue, wired: the handlers for the contract and the queue to start and stop. */
export function createArchive(options: ArchiveOptions) {
  const { db } = options;
  const pages = new ScannedPageStore(db);
  const repo = new ArchiveRepository(db);
  const text = new ArchiveTextIndex(pages);
  const classifications = new ArchiveClassifications(db);
  const numbering = new ArchiveNumberingSettings(db);
  const loans = new ArchiveLoans(db);
  const queue = new OcrQueue({
    store: pages,
    readFile: (sha256) => options.attachments.read(sha256),
    // The model is located when the first page is read, not at start-up: a missing model
    // fails that page with a message instead of stopping the app.
    engine: options.ocrEngine ?? lazyEngine(),
    afterPage: async (documentId) => text.refreshDocumentText(db, await repo.idsHoldingDocument(documentId), documentId),
    pollMs: options.ocrPollMs ?? 5_000,
    log: options.log,
  });
  const handlers = archiveHandlers({
    db,
    classifications,
    numbering,
    entries: new ArchiveEntryService(db, repo, classifications, numbering, options.settings, pages, text),
    repo,
    search: new ArchiveSearch(db, repo, pages),
    detail: new ArchiveDetail(db, repo, loans, pages, options.attachments, options.letterPdf),
    loans,
    pages,
    queue,
    office: options.settings,
  });
  return { handlers, queue };
}

function lazyEngine(): OcrEngine {
  let engine: TesseractEngine | null = null;
  return {
    recognize: (image) => (engine ??= new TesseractEngine(resolveOcrDataDir())).recognize(image),
    terminate: async () => engine?.terminate(),
  };
}
