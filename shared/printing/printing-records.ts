import type { DocumentKind, PrinterState, PrintMethod, PrintPaper, PrintStatus } from './printing-enums';

/** One printer as the operating system knows it. */
export interface PrinterInfo {
  /** The system name, exactly as the print command takes it ("MejaPDF", "HP_LaserJet_M15"). */
  name: string;
  /** What the administrator called it; '' when the system has no description. */
  description: string;
  isDefault: boolean;
  state: PrinterState;
  /** False when the queue refuses new jobs (stopped by an administrator). */
  accepting: boolean;
}

/** `printing.printers`: the printers of this PC, or why there are none to list. */
export interface PrinterListing {
  available: boolean;
  /** Why printing straight to a printer is not possible here, in words for the clerk; null when it is. */
  problem: string | null;
  printers: PrinterInfo[];
}

/** How one kind of document is printed. */
export interface PrintSetting {
  documentKind: DocumentKind;
  /** A printer's system name; null follows the system's default printer. */
  printer: string | null;
  paper: PrintPaper;
  copies: number;
  method: PrintMethod;
  /** Both sides of the sheet (long edge), where the printer can. */
  duplex: boolean;
}

/** `printing.settings`: every kind's setting, and what this PC can do. */
export interface PrintSettingsView {
  /** One entry per document kind, in DOCUMENT_KINDS order. */
  kinds: PrintSetting[];
  /** Whether "langsung" printing works on this PC now; a kind set to it falls back to the dialog when not. */
  direct: { available: boolean; problem: string | null };
  /**
   * True in the desktop app, whose main process opens the system print dialog
   * (printing.print with `dialog`); false in the browser host, where the browser's own
   * dialog prints the PDF and printing.recordDialogPrint writes the log.
   */
  systemDialog: boolean;
}

/** `printing.print`: where the job went. */
export interface PrintResult {
  /** The print system's job id ("MejaPDF-12"); null when the system gives none (Windows, the dialog). */
  jobId: string | null;
  printer: string;
  pages: number;
  logId: number;
}

/** One row of the print log. */
export interface PrintLogEntry {
  id: number;
  documentKind: DocumentKind;
  title: string;
  /** The complaint's tracking code or register number, the letter's number; '' when none. */
  reference: string;
  /** The printer's system name; '' when the dialog chose it. */
  printer: string;
  copies: number;
  /** Null when unknown. */
  pages: number | null;
  paper: PrintPaper | null;
  method: PrintMethod;
  status: PrintStatus;
  /** Why it failed, as the clerk was told. */
  error: string | null;
  jobId: string | null;
  printedBy: string;
  printedAt: string;
}

export interface PrintLogPage {
  rows: PrintLogEntry[];
  total: number;
  /** Everyone who appears in the log, for the "Petugas" filter. */
  printedBy: string[];
}
