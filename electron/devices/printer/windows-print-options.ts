import type { PrintOptions } from 'pdf-to-printer';
import type { PrintPaper } from '../../../shared/printing/printing-enums';
import type { PrintJobOptions } from './printer-driver';

/**
 * The paper as SumatraPDF (inside pdf-to-printer) names it. A4 and A5 by name. F4 by
 * Windows' paper kind 14, "Folio" (8.5 × 13 in = 215.9 × 330.2 mm), the form Indonesian
 * offices' drivers offer for F4. Half folio has no standard Windows form: nothing is
 * forced, the printer keeps the form its driver is set to (an office that prints slips
 * sets up a 215 × 165 mm form on that printer). A label printer's driver likewise keeps
 * the label stock it is loaded with.
 */
export const WINDOWS_PAPER: Record<PrintPaper, Pick<PrintOptions, 'paperSize' | 'paperKind'>> = {
  A4: { paperSize: 'A4' },
  A5: { paperSize: 'A5' },
  F4: { paperKind: 14 },
  '215x165mm': {},
  '100x50mm': {},
};

/**
 * pdf-to-printer's options for one job. `noscale` prints the PDF at its true size (a
 * receipt laid out on A4 is not shrunk into the printable area); `silent` keeps
 * SumatraPDF's error boxes off the clerk's screen — failures come back as errors instead.
 */
export function windowsPrintOptions(options: PrintJobOptions): PrintOptions {
  return {
    printer: options.printer,
    copies: options.copies,
    ...WINDOWS_PAPER[options.paper],
    side: options.duplex ? 'duplexlong' : 'simplex',
    scale: 'noscale',
    silent: true,
  };
}
