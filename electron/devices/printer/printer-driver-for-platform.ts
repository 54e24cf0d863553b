import { CupsPrinterDriver } from './cups-printer-driver';
import type { PrinterDriver } from './printer-driver';
import { WindowsPrinterDriver } from './windows-printer-driver';

/** The driver of this operating system: the Windows spooler, or CUPS (Linux, macOS). */
export function printerDriverForPlatform(platform: NodeJS.Platform = process.platform): PrinterDriver {
  return platform === 'win32' ? new WindowsPrinterDriver() : new CupsPrinterDriver();
}
