import type { PrinterInfo } from '../../../shared/printing/printing-records';
import { PrinterError, type PrinterDriver, type PrinterStatus, type PrintJobOptions } from './printer-driver';
import { windowsPrintOptions } from './windows-print-options';

type PdfToPrinter = typeof import('pdf-to-printer');

/**
 * Loaded from node_modules when first used, never bundled: the package finds its
 * SumatraPDF.exe next to its own file (__dirname), which bundling would move.
 */
const PACKAGE = 'pdf-to-printer';
let loaded: Promise<PdfToPrinter> | null = null;
const pdfToPrinter = () => (loaded ??= import(PACKAGE) as Promise<PdfToPrinter>);

/**
 * Printing on Windows through the spooler, with the maintained `pdf-to-printer` package
 * (SumatraPDF prints the PDF; printer list and default from PowerShell). The spooler
 * gives no job id back.
 */
export class WindowsPrinterDriver implements PrinterDriver {
  constructor(private readonly load: () => Promise<PdfToPrinter> = pdfToPrinter) {}

  async status(): Promise<PrinterStatus> {
    return { available: true };
  }

  async listPrinters(): Promise<PrinterInfo[]> {
    const lib = await this.load();
    let printers: Awaited<ReturnType<PdfToPrinter['getPrinters']>>;
    let fallback: Awaited<ReturnType<PdfToPrinter['getDefaultPrinter']>>;
    try {
      [printers, fallback] = await Promise.all([lib.getPrinters(), lib.getDefaultPrinter()]);
    } catch (err) {
      throw new PrinterError('unavailable', `Daftar printer Windows tidak dapat dibaca: ${(err as Error).message}`);
    }
    return printers.map((p) => ({
      name: p.name,
      description: p.deviceId !== p.name ? p.deviceId : '',
      isDefault: fallback?.name === p.name,
      state: 'tidak-diketahui' as const,
      accepting: true,
    }));
  }

  async print(pdfPath: string, options: PrintJobOptions): Promise<null> {
    const lib = await this.load();
    const known = await this.listPrinters();
    if (!known.some((p) => p.name === options.printer)) {
      throw new PrinterError('not-found', `Printer "${options.printer}" tidak ditemukan di komputer ini. Pilih printer yang ada di Pengaturan → Printer dan kertas.`);
    }
    try {
      await lib.print(pdfPath, windowsPrintOptions(options));
    } catch (err) {
      throw new PrinterError('failed', `Pencetakan ke "${options.printer}" gagal: ${(err as Error).message}`);
    }
    return null;
  }
}
