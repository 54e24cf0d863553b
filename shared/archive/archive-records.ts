import type { AccessClass, ArchiveDocumentKind, FinalDisposition, LocationField, OcrStatus } from './archive-enums';
import type { ArchiveNumbering } from './archive-numbering';
import type { RetentionDates, RetentionStage } from './retention';

/** Records the `archive.*` calls return. */

export interface ArchiveClassification {
  id: number;
  code: string;
  name: string;
  activeYears: number;
  inactiveYears: number;
  disposition: FinalDisposition;
  /** Offered for new entries; an unused code is retired, never deleted (entries keep it). */
  active: boolean;
}

export type ArchiveLocation = Record<LocationField, string>;

export interface ArchiveRetention extends RetentionDates {
  disposition: FinalDisposition;
  /** Where the file stands today (the office's calendar day). */
  stage: RetentionStage;
}

/** Where a search found its words inside a scanned document. */
export interface ArchiveTextHit {
  /** 1-based page of the scanned document ("ditemukan di halaman 2"). */
  page: number;
  /** A few words around the hit, from the page's OCR text. */
  snippet: string;
}

/** One entry in a list: the search results, the retention list. */
export interface ArchiveEntrySummary {
  id: number;
  serialNumber: string;
  kind: ArchiveDocumentKind;
  title: string;
  /** Calendar day of the document, "2026-11-23". */
  documentDate: string;
  classification: { id: number; code: string; name: string };
  location: ArchiveLocation;
  accessClass: AccessClass;
  complaintId: number | null;
  /** The complaint's register number, when linked. */
  registerNumber: string | null;
  letterId: number | null;
  scannedDocumentId: number | null;
  /** An electronic file exists (scan, attachment): `archive.documentPdf` can open it. */
  hasFile: boolean;
  retention: ArchiveRetention;
  /** The open loan, when the physical file is out. */
  onLoan: { borrowerName: string; dueBack: string; overdue: boolean } | null;
  /** Set by a word search that matched inside the scanned pages. */
  hit: ArchiveTextHit | null;
  filedAt: string;
}

export interface ArchivePage {
  pageNo: number;
  ocrStatus: OcrStatus;
  /** The page's OCR text ('' while waiting or when it failed). */
  text: string;
}

export interface ArchiveHistoryEntry {
  id: number;
  action: string;
  actor: string;
  at: string;
  /** In plain Indonesian ("Lokasi diubah: Boks 12 → Boks 14"). */
  summary: string;
  reason: string | null;
}

export interface ArchiveLoan {
  id: number;
  entryId: number;
  serialNumber: string;
  title: string;
  accessClass: AccessClass;
  borrowerName: string;
  borrowerUnit: string;
  purpose: string;
  borrowedAt: string;
  /** Calendar day the file is due back. */
  dueBack: string;
  returnedAt: string | null;
  returnNote: string;
  lentBy: string;
  returnedBy: string | null;
  /** Not returned and past its due day (office calendar). */
  overdue: boolean;
  /** Whole days past the due day; 0 when not overdue. */
  daysOverdue: number;
}

export interface ArchiveEntryDetail extends ArchiveEntrySummary {
  notes: string;
  attachmentSha256: string | null;
  letterNumber: string | null;
  /** The complainant as the register may show it (masked for 'rahasia', "Anonim"). */
  complainantDisplay: string | null;
  complaintSubject: string | null;
  /** Scanned pages with their OCR text, in page order (empty without a scan). */
  pages: ArchivePage[];
  loans: ArchiveLoan[];
  history: ArchiveHistoryEntry[];
  createdBy: string;
  updatedAt: string;
}

export interface ArchiveSearchPage {
  rows: ArchiveEntrySummary[];
  /** Every match of the search; null when not asked for (`withTotal: false`). */
  total: number | null;
}

export interface ArchiveLoanPage {
  rows: ArchiveLoan[];
  total: number;
  /** Open loans past their due day, whatever the filter. */
  overdueCount: number;
}

/** What the OCR queue is doing, for "OCR: 12/40 halaman". */
export interface OcrProgress {
  /** Pages finished (read or failed) since the queue last became busy. */
  done: number;
  /** `done` plus the pages still waiting. */
  total: number;
  /** Pages still waiting. */
  waiting: number;
  /** Pages whose OCR failed, over all time. */
  failed: number;
  /** The page being read now. */
  current: { documentId: number; pageNo: number; fileName: string } | null;
}

/** A scanned document an entry can be filed from (the "Pindai" dialog's result or an earlier scan). */
export interface ScannedDocumentChoice {
  id: number;
  fileName: string;
  pageCount: number;
  createdAt: string;
  complaintId: number | null;
  registerNumber: string | null;
  complaintSubject: string | null;
  /** Pages OCR has finished (read or failed). */
  ocrDone: number;
}

export type { ArchiveNumbering };
