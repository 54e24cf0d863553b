import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { electronPrintOptions } from './electron-print-options';
import { PrinterError, type DialogPrinter } from './printer-driver';

/**
 * The system print dialog over a PDF, in the desktop app: the PDF opens in a hidden
 * window of its own (Chromium's PDF viewer; no preload, no Node, sandboxed), and
 * webContents.print shows the dialog with the kind's printer, paper and copies already
 * chosen. Since Electron 30 this prints the PDF itself, not a blank page (electron/electron#43309).
 */
export function electronDialogPrinter(): DialogPrinter {
  return {
    async printWithDialog(pdfPath, options) {
      const parent = BrowserWindow.getFocusedWindow() ?? undefined;
      const window = new BrowserWindow({
        show: false,
        parent,
        title: options.title,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
      });
      try {
        await window.loadURL(pathToFileURL(pdfPath).toString());
        await new Promise<void>((resolve, reject) => {
          window.webContents.print(electronPrintOptions(options), (success, failureReason) => {
            if (success) return resolve();
            reject(
              /cancel/i.test(failureReason)
                ? new PrinterError('cancelled', 'Pencetakan dibatalkan di dialog cetak.')
                : new PrinterError('failed', `Dialog cetak gagal: ${failureReason}`),
            );
          });
        });
      } finally {
        window.destroy();
      }
    },
  };
}
