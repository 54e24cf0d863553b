import type { Generated } from 'kysely';
import type { DocumentKind, PrintMethod, PrintPaper, PrintStatus } from '../../../shared/printing/printing-enums';

/** Tables of printing (migration 0014). */

/** How one kind of document prints; a kind without a row uses the defaults. */
export interface PrintSettingsTable {
  document_kind: DocumentKind;
  /** A printer's system name; null follows the system's default printer. */
  printer: string | null;
  paper: PrintPaper;
  copies: number;
  method: PrintMethod;
  duplex: number;
  updated_at: string;
  updated_by: string;
}

/** One print: sent to a printer (or its dialog), or refused with the reason. */
export interface PrintLogTable {
  id: Generated<number>;
  document_kind: DocumentKind;
  title: string;
  /** Tracking code, register number or letter number; '' when none. */
  reference: string;
  /** '' when the dialog chose the printer. */
  printer: string;
  copies: number;
  pages: number | null;
  paper: PrintPaper | null;
  method: PrintMethod;
  status: PrintStatus;
  error: string | null;
  job_id: string | null;
  /** The signed-in user's display name, as every history shows it. */
  printed_by: string;
  printed_at: string;
}
