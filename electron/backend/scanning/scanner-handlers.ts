import type { Handlers } from '../core/dispatcher';
import { signedInUser } from '../core/call-context';
import type { HotFolderService } from './hot-folder-service';
import type { ScanSessions } from './scan-sessions';
import type { ScannedDocumentService } from './scanned-document-service';
import type { ScannerService } from './scanner-service';
import { uploadBytes } from './upload-bytes';

type ScannerHandlers = Pick<Handlers, Extract<keyof Handlers, `scanner.${string}`>>;

export interface ScanningServices {
  scanner: ScannerService;
  sessions: ScanSessions;
  documents: ScannedDocumentService;
  hotFolder: HotFolderService;
}

/** The scanner calls; a session's pages are reachable only by the user who started it. */
export function scannerHandlers(s: ScanningServices): ScannerHandlers {
  const me = (ctx: Parameters<ScannerHandlers['scanner.job']>[1]) => signedInUser(ctx).id;
  return {
    'scanner.devices': () => s.scanner.devices(),
    'scanner.capabilities': (input) => s.scanner.capabilities(input.deviceId),
    'scanner.start': (input, ctx) => s.scanner.start(input, me(ctx)),
    'scanner.job': (input, ctx) => s.scanner.job(input.sessionId, me(ctx)),
    'scanner.cancel': (input, ctx) => s.scanner.cancel(input.sessionId, me(ctx)),
    'scanner.discard': (input, ctx) => s.scanner.discard(input.sessionId, me(ctx)),
    'scanner.importFiles': (input, ctx) => s.scanner.importFile(input.sessionId, input.fileName, uploadBytes(input.base64), me(ctx)),
    'scanner.hotFolder': async () => s.hotFolder.settings(),
    'scanner.saveHotFolder': (input, ctx) => s.hotFolder.save(input, ctx),
    'scanner.hotFolderFiles': async () => s.hotFolder.batch(),
    'scanner.importHotFolder': (input, ctx) => s.hotFolder.take(input.sessionId, input.names, me(ctx)),
    'scanner.editPages': (input, ctx) => s.scanner.editPages(input.sessionId, input.pages, me(ctx)),
    'scanner.save': (input, ctx) => s.documents.save(s.sessions.get(input.sessionId, me(ctx)), input.target, input.fileName, ctx),
    'scanner.document': (input) => s.documents.get(input.id),
    'scanner.documentPdf': (input) => s.documents.pdf(input.id),
  };
}
