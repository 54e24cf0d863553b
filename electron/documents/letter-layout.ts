import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { LetterheadRule } from '../../shared/office/document-settings';
import type { PaperSize } from '../../shared/office/office-settings';
import { FONT_SANS } from './fonts';
import { keepLastWithSignature, letterBody, type LetterBodyBlock } from './official-form-blocks';
import { cmToPt, pageSetup, type PageMargins, type PageSetup } from './page-setup';

/**
 * What the letters service may set on a nota dinas or surat dinas beyond its fields: the
 * typeface, the margins and letterhead rule of the office's document settings, the KONSEP
 * watermark of a draft, a body already laid out from the editor's rich text, and what
 * follows the signature (the verification QR and the paraf table).
 */
export interface LetterLayoutOptions {
  /** pdfmake font family name (fonts.ts). */
  font?: string;
  /** Left, top, right, bottom in centimetres. */
  marginsCm?: readonly [number, number, number, number];
  letterheadRule?: LetterheadRule;
  /** Printed diagonally across every page ("KONSEP"). */
  watermark?: string;
  /** The body as pdfmake blocks; when present it replaces the plain `body`. */
  bodyContent?: Content[];
  /** Printed instead of the formatted date (a draft: the month and year only). */
  dateText?: string;
  /** Under the signature (and the Tembusan), kept on the page of the signature. */
  foot?: Content[];
  /**
   * What stays on the page of the signature: the last body block (unless the closing would
   * then outgrow a page, see letter-closing-estimate.ts) and what follows the signature
   * (unless that alone is taller than a page). Both by default.
   */
  keepWithSignature?: { lastBlock: boolean; after: boolean };
}

/** Font size of a letter's text: Arial 11–12 is what most tata naskah rules prescribe. */
export const LETTER_FONT_SIZE = 11;

/**
 * What a draft prints where the number will go: the Nomor label with blank room after it.
 * No-break spaces, which pdfmake neither trims nor lets a line break swallow.
 */
export const BLANK_NUMBER = '\u00A0'.repeat(28);

export function letterPageSetup(paper: PaperSize, layout: LetterLayoutOptions | undefined): PageSetup {
  const setup = pageSetup(paper, 'portrait');
  if (!layout?.marginsCm) return setup;
  const margins = layout.marginsCm.map(cmToPt) as PageMargins;
  const [left, top, right, bottom] = margins;
  return {
    ...setup,
    pageMargins: margins,
    contentWidth: setup.pageSize.width - left - right,
    contentHeight: setup.pageSize.height - top - bottom,
  };
}

export function letterBodyBlocks(body: readonly LetterBodyBlock[], layout: LetterLayoutOptions | undefined): Content[] {
  return layout?.bodyContent ?? letterBody(body);
}

/** The number as printed: the given one, or blank room on a draft. */
export const printedNumber = (number: string) => (number.trim() === '' ? BLANK_NUMBER : number);

/**
 * The page frame both letter kinds share: size and margins, the typeface, the KONSEP
 * watermark of a draft on every page, and "- n -" at the top centre from page 2 on, in the
 * top margin above the text.
 */
export function letterFrame(setup: PageSetup, layout: LetterLayoutOptions | undefined): Omit<TDocumentDefinitions, 'content'> {
  const [marginLeft, marginTop, marginRight] = setup.pageMargins;
  return {
    pageSize: setup.pageSize,
    pageOrientation: 'portrait',
    pageMargins: setup.pageMargins,
    defaultStyle: { font: layout?.font ?? FONT_SANS, fontSize: LETTER_FONT_SIZE, lineHeight: 1.15, alignment: 'justify' },
    // Light grey, diagonal across the page (pdfmake's default angle), bold: seen at once, read through.
    ...(layout?.watermark ? { watermark: { text: layout.watermark, color: '#8c8c8c', opacity: 0.16, bold: true } } : {}),
    header: (currentPage) =>
      currentPage > 1
        ? { text: `- ${currentPage} -`, alignment: 'center', fontSize: 10, margin: [marginLeft, Math.max(14, marginTop - 26), marginRight, 0] }
        : null,
  };
}

/**
 * The body, the signature and what follows it (Tembusan, QR, paraf table), tied together
 * as far as `keepWithSignature` allows: pdfmake cuts an unbreakable block taller than a page.
 */
export function letterClosing(body: readonly Content[], signature: Content, after: readonly Content[], layout: LetterLayoutOptions | undefined): Content[] {
  const keep = layout?.keepWithSignature ?? { lastBlock: true, after: true };
  const tied = keep.after ? after : [];
  const loose = keep.after ? [] : after;
  const closing = keep.lastBlock ? keepLastWithSignature(body, signature, tied) : [...body, ...keepLastWithSignature([], signature, tied)];
  return [...closing, ...loose];
}
