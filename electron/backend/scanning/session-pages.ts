import { promises as fs } from 'node:fs';
import type { ColourMode, PageOrigin, ScanJob, ScanPageView } from '../../../shared/scanning/scanning';
import type { ImportedPage } from '../../devices/scanner/file-import';
import { pictureOf, thumbnailOf } from './page-pictures';
import { readPageQr } from './page-qr-reader';
import type { QrWorker } from './qr-worker-client';
import type { ScanLinker } from './scan-linker';
import type { PageSource, ScanSession, SessionPage } from './scan-session';

export interface NewPage {
  source: PageSource;
  origin: PageOrigin;
  label: string;
  width: number;
  height: number;
  dpi: number | null;
  colourMode: ColourMode | null;
  device: string | null;
}

/**
 * Adds pages to sessions (thumbnail now, QR codes in the background) and shows sessions to
 * the screen. QR reading is queued one page at a time: it is the heaviest work of a batch,
 * and the scanner keeps delivering pages meanwhile.
 */
export class SessionPages {
  private qrQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly linker: ScanLinker,
    private readonly log: (err: unknown) => void,
    private readonly qrWorker: QrWorker,
  ) {}

  async add(session: ScanSession, page: NewPage): Promise<SessionPage> {
    const thumbnail = await thumbnailOf(page.source, session.pdfs, page.label);
    const added: SessionPage = { ...page, id: session.newPageId(), rotation: 0, thumbnail, qr: null, qrDone: Promise.resolve([]) };
    const read = this.qrQueue.then(async () => {
      const picture = await pictureOf(page.source, session.pdfs);
      return picture ? readPageQr(picture, this.qrWorker) : [];
    });
    this.qrQueue = read.catch(() => undefined);
    added.qrDone = read.then(
      (codes) => (added.qr = codes),
      (err: unknown) => {
        // A page whose picture cannot be read simply has no QR code; the scan is kept. (A page
        // deleted before its turn in the queue has lost its file: nothing to report.)
        if (session.pages.includes(added)) this.log(err);
        return (added.qr = []);
      },
    );
    session.pages.push(added);
    return added;
  }

  fromImport(imported: ImportedPage, origin: PageOrigin): NewPage {
    return {
      source: imported.kind === 'pdf' ? { kind: 'pdf', file: imported.file, pageIndex: imported.pageIndex } : { kind: 'image', file: imported.file },
      origin,
      label: imported.label,
      width: imported.width,
      height: imported.height,
      dpi: imported.kind === 'image' ? imported.dpi : null,
      colourMode: null,
      device: null,
    };
  }

  /** Removes pages no longer wanted; image files go at once, a PDF stays while other pages use it. */
  async drop(session: ScanSession, removed: SessionPage[]): Promise<void> {
    for (const page of removed) {
      if (page.source.kind === 'image') await fs.rm(page.source.file, { force: true });
    }
  }

  async view(session: ScanSession): Promise<ScanJob> {
    const found = session.pages.flatMap((p) => p.qr ?? []);
    return {
      sessionId: session.id,
      state: session.state,
      pagesScanned: session.pagesScanned,
      pagePercent: session.pagePercent,
      message: session.message,
      pages: session.pages.map(pageView),
      qrLink: found.length > 0 ? await this.linker.fromQr(found) : null,
    };
  }
}

function pageView(p: SessionPage): ScanPageView {
  return { id: p.id, thumbnail: p.thumbnail, width: p.width, height: p.height, rotation: p.rotation, origin: p.origin, label: p.label, qr: p.qr };
}
