import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { ColourMode, PageOrigin, Rotation, ScanJob, ScanJobState } from '../../../shared/scanning/scanning';

/** Where a page's picture lives: an image file, or one page of an imported PDF kept as such. */
export type PageSource = { kind: 'image'; file: string } | { kind: 'pdf'; file: string; pageIndex: number };

export interface SessionPage {
  id: string;
  origin: PageOrigin;
  label: string;
  rotation: Rotation;
  /** Pixels of the image (points for a PDF page), before rotation. */
  width: number;
  height: number;
  dpi: number | null;
  /** What the scan asked for; null for imported files (decided from the picture when saving). */
  colourMode: ColourMode | null;
  source: PageSource;
  /** Device label for a scanned page. */
  device: string | null;
  thumbnail: string;
  /** QR contents once read; `qrDone` settles when they are. */
  qr: string[] | null;
  qrDone: Promise<string[]>;
}

/**
 * The pages gathered before saving — from scans, imported files and the hot folder — kept in
 * memory with their files in a temporary folder of the data folder. Belongs to the user who
 * started it; gone once saved or discarded (and at the next start of the app).
 */
export class ScanSession {
  readonly id = randomBytes(16).toString('hex');
  pages: SessionPage[] = [];
  state: ScanJobState = 'siap';
  pagesScanned = 0;
  /** How far the page under way is (0–100), where the driver tells; null otherwise. */
  pagePercent: number | null = null;
  message: ScanJob['message'] = null;
  abort: AbortController | null = null;
  running: Promise<void> | null = null;
  /** Imported PDFs, parsed once per file. */
  readonly pdfs = new Map<string, Promise<PDFDocument>>();
  /** The session's own temporary folder. */
  readonly dir: string;
  private fileSeq = 0;

  constructor(
    readonly ownerId: number,
    root: string,
  ) {
    this.dir = path.join(root, this.id);
  }

  /** A fresh stem for a file of this session ("pindai0003"). */
  nextStem(prefix = 's'): string {
    this.fileSeq += 1;
    return `${prefix}${String(this.fileSeq).padStart(4, '0')}`;
  }

  newPageId(): string {
    return randomBytes(8).toString('hex');
  }
}
