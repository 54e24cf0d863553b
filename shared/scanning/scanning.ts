/**
 * What the scanner screens and the backend say to each other: devices and what they can
 * do, a scan session (the pages gathered before saving, with its progress), and a saved
 * scanned document with the complaint or letter its QR code linked it to.
 */

/** Colour intent, named as the clerk sees it; each driver maps it to its own modes. */
export type ColourMode = 'warna' | 'abu-abu' | 'hitam-putih';
export const COLOUR_MODES: readonly ColourMode[] = ['warna', 'abu-abu', 'hitam-putih'];
export const COLOUR_MODE_LABELS: Record<ColourMode, string> = {
  warna: 'Berwarna',
  'abu-abu': 'Abu-abu',
  'hitam-putih': 'Hitam-putih (teks)',
};

/** Flatbed glass or the automatic document feeder (ADF). */
export type ScanSource = 'flatbed' | 'adf';
export const SCAN_SOURCES: readonly ScanSource[] = ['flatbed', 'adf'];
export const SCAN_SOURCE_LABELS: Record<ScanSource, string> = { flatbed: 'Kaca (flatbed)', adf: 'Pengumpan (ADF)' };

/** The drivers behind the one scanner interface. */
export type ScannerDriverKind = 'sane' | 'wia';

export interface ScannerDevice {
  /** `<driver>:<the driver's own name>`, e.g. "sane:test:0" or "wia:{6BDD…}\0000". */
  id: string;
  driver: ScannerDriverKind;
  /** What the clerk picks from: vendor and model as the device reports them. */
  label: string;
}

export interface ScannerDeviceList {
  devices: ScannerDevice[];
  /** Why a driver found nothing (scanimage missing, not Windows, …), in Indonesian. */
  notes: string[];
}

export interface ScannerCapabilities {
  deviceId: string;
  resolutions: number[];
  colourModes: ColourMode[];
  sources: ScanSource[];
  /** Both sides from the feeder in one pass. */
  duplex: boolean;
  defaults: { resolution: number; colourMode: ColourMode; source: ScanSource };
}

/** Where the pages of a session came from; a saved document keeps the first page's. */
export type PageOrigin = 'sane' | 'wia' | 'folder' | 'berkas';
export const PAGE_ORIGIN_LABELS: Record<PageOrigin | 'campuran', string> = {
  sane: 'Pemindai (SANE)',
  wia: 'Pemindai (WIA)',
  folder: 'Folder pindai',
  berkas: 'Impor berkas',
  campuran: 'Campuran',
};

export type Rotation = 0 | 90 | 180 | 270;

export interface ScanPageView {
  id: string;
  /** A small PNG as a data URL, unrotated; the screen turns it by `rotation`. */
  thumbnail: string;
  /** Pixels (points for a page kept from a PDF), before rotation. */
  width: number;
  height: number;
  rotation: Rotation;
  origin: PageOrigin;
  /** "Pindaian 3", "surat.pdf hal. 2". */
  label: string;
  /** Contents of the QR codes found on the page; null while still being read. */
  qr: string[] | null;
}

export type ScanJobState = 'siap' | 'memindai';

export interface ScanJob {
  sessionId: string;
  state: ScanJobState;
  /** Pages the running (or last) scan has delivered so far. */
  pagesScanned: number;
  /** How far the page under way is, 0–100, where the scanner tells (SANE); null otherwise. */
  pagePercent: number | null;
  /** The last scan's ending or trouble, in Indonesian; null while nothing happened yet. */
  message: { kind: 'info' | 'error'; text: string } | null;
  pages: ScanPageView[];
  /** What a QR code on the pages links to, as far as known before saving. */
  qrLink: ScanLink | null;
}

/** What a scanned document is attached to. */
export type LinkedKind = 'pengaduan' | 'surat' | 'disposisi';

export interface ScanLink {
  kind: LinkedKind;
  /** The complaint's id, or the letter's for 'surat'. */
  id: number;
  /** Tracking code (pengaduan) or verification code (surat). */
  code: string;
  complaintId: number;
  registerNumber: string;
  /** The complaint's subject ("Hal"), for forms that file the scan under its complaint. */
  complaintSubject: string;
  /** Formatted for reading ("7KQ4-MX2RB"). */
  trackingCode: string;
  /** Found by a QR code on a page, or chosen by the clerk. */
  via: 'qr' | 'pilihan';
  /** "Terhubung ke pengaduan 7KQ4-MX2RB lewat kode QR" — see scanLinkText. */
  text: string;
  /** For a 'surat' link: the signed letter's number and date, which filing the scan suggests as its title and date. */
  letter: { number: string; date: string | null } | null;
}

/**
 * The sentence that tells the clerk what a scan is linked to: the same words when the
 * link is made and whenever the saved scan is shown again. `letterNumber` is the
 * letter's number for a 'surat' link (its verification code when the number is unknown).
 */
export function scanLinkText(link: Pick<ScanLink, 'kind' | 'via' | 'registerNumber' | 'trackingCode'>, letterNumber: string): string {
  if (link.via === 'pilihan' && link.kind === 'surat') return `Dilampirkan ke surat ${letterNumber} (pengaduan ${link.registerNumber})`;
  if (link.via === 'pilihan') return `Dilampirkan ke pengaduan ${link.registerNumber} (${link.trackingCode})`;
  if (link.kind === 'surat') return `Terhubung ke surat ${letterNumber} (pengaduan ${link.trackingCode}) lewat kode QR`;
  return `Terhubung ke pengaduan ${link.trackingCode} lewat kode QR`;
}

/** Where a scan is saved: a complaint's attachments, a signed letter (and so its complaint), or the archive's unfiled scans. */
export type SaveTarget = { kind: 'pengaduan'; complaintId: number } | { kind: 'surat'; letterId: number } | { kind: 'arsip' };

export interface ScannedPageRecord {
  pageNo: number;
  width: number;
  height: number;
  ocrStatus: string;
}

export interface ScannedDocument {
  id: number;
  sha256: string;
  pageCount: number;
  source: PageOrigin | 'campuran';
  device: string | null;
  dpi: number | null;
  fileName: string;
  size: number;
  createdBy: string;
  createdAt: string;
  link: ScanLink | null;
  qrPayloads: string[];
  pages: ScannedPageRecord[];
}

export interface SavedScan {
  document: ScannedDocument;
  /** Said after saving: where it went, and a QR code that pointed elsewhere. */
  notes: string[];
}

export interface HotFolderSettings {
  path: string;
  enabled: boolean;
}

export interface HotFolderFile {
  name: string;
  size: number;
  modifiedAt: string;
}

export interface HotFolderBatch {
  enabled: boolean;
  path: string;
  /** Files that stopped growing and wait to be taken, oldest first. */
  files: HotFolderFile[];
  /** Why the folder cannot be watched (missing, not readable), in Indonesian. */
  problem: string | null;
}
