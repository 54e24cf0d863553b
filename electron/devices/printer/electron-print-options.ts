import type { WebContentsPrintOptions } from 'electron';
import { PRINT_PAPER_MM } from '../../../shared/printing/printing-enums';
import type { PrintJobOptions } from './printer-driver';

/**
 * Electron's webContents.print options for the system dialog, with the kind's printer,
 * copies, paper and sides chosen in advance (the clerk can still change them). pageSize
 * takes a name where Chromium has one, else width × height in microns.
 */
export function electronPrintOptions(options: Partial<PrintJobOptions>): WebContentsPrintOptions {
  const paper = options.paper;
  const pageSize: WebContentsPrintOptions['pageSize'] =
    paper === 'A4' || paper === 'A5'
      ? paper
      : paper
        ? { width: PRINT_PAPER_MM[paper].width * 1000, height: PRINT_PAPER_MM[paper].height * 1000 }
        : undefined;
  return {
    silent: false,
    printBackground: true,
    ...(options.printer ? { deviceName: options.printer } : {}),
    ...(options.copies ? { copies: options.copies } : {}),
    ...(pageSize ? { pageSize } : {}),
    duplexMode: options.duplex ? 'longEdge' : 'simplex',
  };
}
