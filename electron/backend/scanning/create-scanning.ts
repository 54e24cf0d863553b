import type { Kysely } from 'kysely';
import type { OfficeTimeZone } from '../../../shared/office/time-zones';
import type { Database } from '../../db/database-schema';
import type { HotFolderOptions } from '../../devices/scanner/hot-folder-watcher';
import { SaneDriver } from '../../devices/scanner/sane-driver';
import type { ScannerDriver } from '../../devices/scanner/scanner-driver';
import { WiaDriver } from '../../devices/scanner/wia-driver';
import type { AttachmentStore } from '../attachments/attachment-store';
import { HotFolderService } from './hot-folder-service';
import { QrWorker } from './qr-worker-client';
import { ScanLinker, type LetterCodeResolver } from './scan-linker';
import { ScanSessions } from './scan-sessions';
import type { ScanningServices } from './scanner-handlers';
import { ScannerService } from './scanner-service';
import { ScannedDocumentService } from './scanned-document-service';
import { SessionPages } from './session-pages';

/** How this backend reaches scanners; tests give their own SANE environment. */
export interface ScannerSetup {
  /** Default: WIA on Windows, SANE's scanimage elsewhere. */
  drivers?: ScannerDriver[];
  hotFolder?: HotFolderOptions;
}

export interface ScanningParts extends ScanningServices {
  close(): Promise<void>;
}

export function defaultScannerDrivers(platform: NodeJS.Platform = process.platform): ScannerDriver[] {
  return platform === 'win32' ? [new WiaDriver(platform)] : [new SaneDriver()];
}

/** Wires the scanner services of one backend and starts the hot folder if it is enabled. */
export async function createScanning(options: {
  db: Kysely<Database>;
  dataDir: string;
  attachments: AttachmentStore;
  timeZone: () => Promise<OfficeTimeZone>;
  resolveLetterCode: LetterCodeResolver;
  setup?: ScannerSetup;
  log: (err: unknown) => void;
}): Promise<ScanningParts> {
  const linker = new ScanLinker(options.db, options.resolveLetterCode);
  const sessions = new ScanSessions(options.dataDir);
  // jsQR's thread: started by the first scanned page, ended with the backend.
  const qrWorker = new QrWorker();
  const pages = new SessionPages(linker, options.log, qrWorker);
  const scanner = new ScannerService(sessions, pages, options.setup?.drivers ?? defaultScannerDrivers(), options.log);
  const documents = new ScannedDocumentService(options.db, sessions, options.attachments, linker, options.timeZone);
  const hotFolder = new HotFolderService(options.db, sessions, scanner, pages, options.setup?.hotFolder);
  await hotFolder.open();
  return {
    scanner,
    sessions,
    documents,
    hotFolder,
    async close() {
      await hotFolder.close();
      // Before the sessions: pages still queued for QR reading then fail at once instead of
      // holding the close until every one has been read.
      await qrWorker.close();
      await sessions.closeAll();
    },
  };
}
