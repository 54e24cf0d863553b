import type { PageOrientation } from 'pdfmake/interfaces';
import type { PaperSize } from '../../shared/office/office-settings';

/** PDF user space unit: 1 pt = 1/72 inch. */
export const mmToPt = (mm: number) => (mm * 72) / 25.4;
export const cmToPt = (cm: number) => mmToPt(cm * 10);

export interface PageDimensions {
  width: number;
  height: number;
}

/**
 * Portrait sizes in points. A4 as pdfmake/PDFKit define it; F4 (folio) is 215 × 330 mm,
 * the size sold as "F4" in Indonesia (not US folio, 8.5 × 13 in).
 */
export const PAPER_SIZES_PT: Record<PaperSize, PageDimensions> = {
  A4: { width: 595.28, height: 841.89 },
  F4: { width: mmToPt(215), height: mmToPt(330) },
};

/** Left, top, right, bottom, in points — pdfmake's order. */
export type PageMargins = [number, number, number, number];

/**
 * Margins of official documents (DOMAIN.md): top 2 cm, left 3 cm (the binding edge),
 * right 2 cm, bottom 2.5 cm.
 */
export const PORTRAIT_MARGINS: PageMargins = [cmToPt(3), cmToPt(2), cmToPt(2), cmToPt(2.5)];

/**
 * A landscape sheet is filed in the same portrait binder, turned so that its top faces the
 * binding. The wide 3 cm binding margin therefore moves to the top, and the portrait page's
 * bottom/right/top margins become left/bottom/right.
 */
export const LANDSCAPE_MARGINS: PageMargins = [cmToPt(2.5), cmToPt(3), cmToPt(2), cmToPt(2)];

export interface PageSetup {
  pageSize: PageDimensions;
  pageOrientation: PageOrientation;
  pageMargins: PageMargins;
  /** Width between the left and right margins: what content (tables, rules) may use. */
  contentWidth: number;
  contentHeight: number;
}

export function pageSetup(paper: PaperSize, orientation: PageOrientation): PageSetup {
  const portrait = PAPER_SIZES_PT[paper];
  const pageSize =
    orientation === 'landscape'
      ? { width: portrait.height, height: portrait.width }
      : { width: portrait.width, height: portrait.height };
  const pageMargins: PageMargins = orientation === 'landscape' ? [...LANDSCAPE_MARGINS] : [...PORTRAIT_MARGINS];
  const [left, top, right, bottom] = pageMargins;
  return {
    pageSize,
    pageOrientation: orientation,
    pageMargins,
    contentWidth: pageSize.width - left - right,
    contentHeight: pageSize.height - top - bottom,
  };
}
