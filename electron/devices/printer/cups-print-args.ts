import type { PrintPaper } from '../../../shared/printing/printing-enums';
import type { PrintJobOptions } from './printer-driver';

/**
 * CUPS media names: A4 and A5 by name; F4, half folio and the label have no standard name, so
 * CUPS's custom size syntax gives their dimensions (a PPD printer picks its matching size).
 */
export const CUPS_MEDIA: Record<PrintPaper, string> = {
  A4: 'A4',
  A5: 'A5',
  F4: 'Custom.215x330mm',
  '215x165mm': 'Custom.215x165mm',
  '100x50mm': 'Custom.100x50mm',
};

/** The arguments of `lp` for one job, as an array (no shell ever sees them). */
export function cupsPrintArgs(pdfPath: string, options: PrintJobOptions): string[] {
  return [
    '-d', options.printer,
    '-n', String(options.copies),
    '-o', `media=${CUPS_MEDIA[options.paper]}`,
    '-o', `sides=${options.duplex ? 'two-sided-long-edge' : 'one-sided'}`,
    '-t', options.title,
    '--',
    pdfPath,
  ];
}
