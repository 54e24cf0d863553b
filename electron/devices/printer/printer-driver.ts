import type { PrinterInfo } from '../../../shared/printing/printing-records';
import type { PrintPaper } from '../../../shared/printing/printing-enums';

/** What one print job asks of a printer. */
export interface PrintJobOptions {
  /** The printer's system name. */
  printer: string;
  copies: number;
  /** The paper in the tray, so the printer does not ask for another. */
  paper: PrintPaper;
  /** Both sides, long edge. */
  duplex: boolean;
  /** The job's name in the printer's queue ("Tanda terima 7KQ4-MX2RB"). */
  title: string;
}

/** Whether the printing system of this PC can be reached, and why not. */
export type PrinterStatus = { available: true } | { available: false; problem: string };

/**
 * One interface over the operating systems' printing: CUPS on Linux and macOS, the
 * Windows spooler through pdf-to-printer. The printing service only sees this.
 */
export interface PrinterDriver {
  status(): Promise<PrinterStatus>;
  /** Every printer (queue) of this PC; throws a PrinterError when the printing system cannot be reached. */
  listPrinters(): Promise<PrinterInfo[]>;
  /** Sends a PDF file to a printer; resolves with the system's job id (null when it gives none). */
  print(pdfPath: string, options: PrintJobOptions): Promise<string | null>;
}

/**
 * The system print dialog over a PDF, opened by the desktop app's main process (Electron's
 * webContents.print). Only the desktop app has one; the browser host prints through the
 * browser's own dialog instead.
 */
export interface DialogPrinter {
  /** Resolves once the dialog sent the job; rejects with a PrinterError when it was cancelled or failed. */
  printWithDialog(pdfPath: string, options: Partial<PrintJobOptions> & { title: string }): Promise<void>;
}

/** Why a print did not go out; the service turns each into a call error. */
export type PrinterProblem = 'not-found' | 'not-accepting' | 'unavailable' | 'cancelled' | 'failed';

/** A failure of printing, with a message in Bahasa Indonesia a clerk can act on. */
export class PrinterError extends Error {
  constructor(
    readonly problem: PrinterProblem,
    message: string,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}
