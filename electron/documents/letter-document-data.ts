import type { LetterBodyDoc } from '../../shared/letters/letter-body';
import { DOCUMENT_FONTS, type DocumentFont, type LetterheadRule } from '../../shared/office/document-settings';
import type { OfficeSettings, PaperSize } from '../../shared/office/office-settings';
import type { LetterSigner } from './letter-signature';

/**
 * What the letters service hands the document engine to print one letter, whatever its
 * state: a draft (no number yet, "KONSEP" across the page), a version under paraf, or the
 * signed letter with its number and verification code. One shape for both kinds so the
 * service needs one call: `renderLetterPdf(data)` in `letter-document.ts`.
 */

export const LETTER_DOCUMENT_KINDS = ['nota-dinas', 'surat-jawaban'] as const;
export type LetterDocumentKind = (typeof LETTER_DOCUMENT_KINDS)[number];

/** Typefaces shipped with the app, named after the office font whose metrics they match. */
export const LETTER_FONTS = DOCUMENT_FONTS;
export type LetterFont = DocumentFont;

/** One official's paraf on the version printed, in route order. */
export interface ParafMark {
  /** Short jabatan as the paraf column prints it ("Kabag P2"). */
  jabatan: string;
  name: string;
  /** When initialled; null when still waiting (prints an empty box). */
  at: Date | null;
}

export interface LetterDocumentData {
  kind: LetterDocumentKind;
  office: OfficeSettings;
  paper: PaperSize;
  font: LetterFont;
  /** Margins in centimetres: left, top, right, bottom (DOMAIN.md defaults 3, 2, 2, 2.5); `marginsTuple(settings.marginsCm)`. */
  marginsCm?: [number, number, number, number];
  /** The rule under the letterhead from the document settings; double (thick over thin) when absent. */
  letterheadRule?: LetterheadRule;
  /** Given at signing; null (a draft) prints the Nomor label with a blank where the number will go. */
  number: string | null;
  /** The letter's date 'YYYY-MM-DD' (office day); null on a draft prints the month and year only. */
  date: string | null;
  /** Place before the date (surat); defaults to the office city. */
  place?: string;
  nature: string;
  attachments: string;
  subject: string;
  /** Nota dinas: Yth. (jabatan) and Dari (jabatan). */
  to?: string;
  from?: string;
  /** Surat jawaban: the addressee's name and address lines. */
  addressee?: { name: string; address: readonly string[] };
  copiesTo: readonly string[];
  body: LetterBodyDoc;
  signer: LetterSigner;
  /**
   * Paraf marks printed in the office's style (No | Jabatan | Paraf | Tgl, a small table at the
   * foot of the last page, bottom left): pass them for the file copy when the document settings
   * say so (`printParafOnFileCopy`), an empty list for the copy that is sent; empty prints none.
   */
  parafs: readonly ParafMark[];
  /** Signed letters: the code the QR and the verification screen use, and the text printed beside the QR. */
  verification?: { code: string; qrText: string; caption: string };
  /** Drafts and versions under paraf print "KONSEP" diagonally across every page. */
  draft: boolean;
  printedAt: Date;
}
