import { cmToPt, mmToPt, pageSetup, type PageMargins, type PageSetup } from './page-setup';

/**
 * Papers of the lembar disposisi. "setengah-folio" is the usual slip: tata naskah dinas
 * rules of regional governments have it "dibuat di atas kertas ukuran ½ folio" with the
 * office's letterhead. Half of an F4 sheet (215 × 330 mm) cut across is 215 × 165 mm; it
 * prints LANDSCAPE, with the lines along the 215 mm edge: that keeps the full width of the
 * folio letterhead and of the model form (letter data in two columns, "Diteruskan kepada"
 * beside "Dengan hormat harap"), and it is how two slips come out of one folio sheet cut in
 * half. A5 (half of A4, sold as disposition pads) and A4 print portrait, like the receipt.
 */
export type DispositionPaper = 'setengah-folio' | 'A5' | 'A4';

export const DISPOSITION_PAPERS: readonly DispositionPaper[] = ['setengah-folio', 'A5', 'A4'];

export const DISPOSITION_PAPER_LABELS: Record<DispositionPaper, string> = {
  'setengah-folio': '½ folio (215 × 165 mm)',
  A5: 'A5 (148 × 210 mm)',
  A4: 'A4 (210 × 297 mm)',
};

/** Sizes of one slip on each paper. */
export interface DispositionScale {
  base: number;
  small: number;
  title: number;
  /** Side of a tick box, in points. */
  box: number;
  labelWidth: number;
  rowGap: number;
  /** Room for the paraf above the official's name. */
  parafSpace: number;
  /** Dotted lines for a handwritten note on a blank slip. */
  blankNoteLines: number;
  /** QR module in whole points (pdfmake rounds down): 2 pt gives a code of about 2 cm. */
  qrModule: number;
  /** The letterhead is set for A4/F4; on a half sheet it shrinks. */
  letterheadScale: number;
}

export const DISPOSITION_SCALES: Record<DispositionPaper, DispositionScale> = {
  'setengah-folio': { base: 9, small: 7, title: 12, box: 7.5, labelWidth: 72, rowGap: 1.5, parafSpace: 24, blankNoteLines: 2, qrModule: 2, letterheadScale: 0.7 },
  A5: { base: 8, small: 6.5, title: 12, box: 7, labelWidth: 62, rowGap: 2, parafSpace: 32, blankNoteLines: 4, qrModule: 2, letterheadScale: 0.64 },
  A4: { base: 11, small: 8.5, title: 14, box: 9.5, labelWidth: 95, rowGap: 3, parafSpace: 50, blankNoteLines: 5, qrModule: 2, letterheadScale: 1 },
};

/**
 * A slip is stapled to its letter, not bound in a binder, so the half sheets get narrow
 * margins (1.5 cm at the stapled left edge, 1 cm elsewhere, 1.2 cm at the bottom for the
 * "printed by" line); A4 keeps the margins of official documents.
 */
const HALF_SHEET_MARGINS: PageMargins = [cmToPt(1.5), cmToPt(1), cmToPt(1), cmToPt(1.2)];

function custom(widthMm: number, heightMm: number, orientation: 'portrait' | 'landscape'): PageSetup {
  const [left, top, right, bottom] = HALF_SHEET_MARGINS;
  // pdfmake swaps width and height for a landscape page whose size is given portrait.
  const pageSize = { width: mmToPt(widthMm), height: mmToPt(heightMm) };
  return {
    pageSize,
    pageOrientation: orientation,
    pageMargins: [...HALF_SHEET_MARGINS],
    contentWidth: pageSize.width - left - right,
    contentHeight: pageSize.height - top - bottom,
  };
}

export function dispositionPageSetup(paper: DispositionPaper): PageSetup {
  if (paper === 'A4') return pageSetup('A4', 'portrait');
  if (paper === 'A5') return custom(148, 210, 'portrait');
  return custom(215, 165, 'landscape');
}
