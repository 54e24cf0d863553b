import type { FileDownload } from './file-download';
import { call, none } from './call-spec';
import { MAX_ATTACHMENT_BYTES } from '../complaints/complaint-schemas';
import type { HotFolderBatch, HotFolderSettings, SavedScan, ScanJob, ScannedDocument, ScannerCapabilities, ScannerDeviceList } from '../scanning/scanning';
import {
  deviceIdSchema,
  editPagesSchema,
  hotFolderSettingsSchema,
  importFileSchema,
  importHotFolderSchema,
  saveScanSchema,
  scannedDocumentIdSchema,
  sessionIdSchema,
  startScanSchema,
} from '../scanning/scanning-schemas';

/**
 * The `scanner.*` calls (issue 6): devices, scan sessions (progress, cancel, import, page edits),
 * saving as one PDF with QR links.
 */
export const scannerCalls = {
  'scanner.devices': call<ScannerDeviceList>()(none),
  'scanner.capabilities': call<ScannerCapabilities>()(deviceIdSchema),
  'scanner.start': call<ScanJob>()(startScanSchema),
  'scanner.job': call<ScanJob>()(sessionIdSchema),
  'scanner.cancel': call<ScanJob>()(sessionIdSchema),
  'scanner.discard': call<null>()(sessionIdSchema),
  'scanner.importFiles': call<ScanJob>()(importFileSchema, { maxBytes: Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 64 * 1024 }),
  'scanner.hotFolder': call<HotFolderSettings>()(none),
  'scanner.saveHotFolder': call<HotFolderSettings>()(hotFolderSettingsSchema),
  'scanner.hotFolderFiles': call<HotFolderBatch>()(none),
  'scanner.importHotFolder': call<ScanJob>()(importHotFolderSchema),
  'scanner.editPages': call<ScanJob>()(editPagesSchema),
  'scanner.save': call<SavedScan>()(saveScanSchema),
  'scanner.document': call<ScannedDocument>()(scannedDocumentIdSchema),
  'scanner.documentPdf': call<FileDownload>()(scannedDocumentIdSchema),
};
