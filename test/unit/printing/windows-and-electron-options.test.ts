import { describe, expect, it } from 'vitest';
import { electronPrintOptions } from '../../../electron/devices/printer/electron-print-options';
import { windowsPrintOptions } from '../../../electron/devices/printer/windows-print-options';
import { WindowsPrinterDriver } from '../../../electron/devices/printer/windows-printer-driver';
import type { PrintJobOptions } from '../../../electron/devices/printer/printer-driver';

const job = (overrides: Partial<PrintJobOptions> = {}): PrintJobOptions => ({
  printer: 'EPSON L3210 Series', copies: 1, paper: 'A4', duplex: false, title: 'Tanda terima', ...overrides,
});

describe('Windows (pdf-to-printer) options', () => {
  it('print silently at true size on the named printer, with the copies and sides asked for', () => {
    expect(windowsPrintOptions(job({ copies: 3 }))).toEqual({
      printer: 'EPSON L3210 Series', copies: 3, paperSize: 'A4', side: 'simplex', scale: 'noscale', silent: true,
    });
    expect(windowsPrintOptions(job({ duplex: true })).side).toBe('duplexlong');
  });

  it('name A4 and A5, give F4 as Windows’ Folio paper kind, and force nothing for half folio', () => {
    expect(windowsPrintOptions(job({ paper: 'A5' }))).toMatchObject({ paperSize: 'A5' });
    const f4 = windowsPrintOptions(job({ paper: 'F4' }));
    expect(f4.paperKind).toBe(14);
    expect(f4.paperSize).toBeUndefined();
    const half = windowsPrintOptions(job({ paper: '215x165mm' }));
    expect(half.paperSize).toBeUndefined();
    expect(half.paperKind).toBeUndefined();
  });
});

describe('Windows driver', () => {
  // pdf-to-printer only runs on Windows: a stand-in with its interface records what the driver asks of it.
  const fakeLibrary = (printed: unknown[]) => async () =>
    ({
      getPrinters: async () => [
        { deviceId: 'EPSON L3210 Series', name: 'EPSON L3210 Series', paperSizes: ['A4'] },
        { deviceId: '\\\\SERVER\\HP Kasubag', name: 'HP Kasubag', paperSizes: ['A4', 'Folio'] },
      ],
      getDefaultPrinter: async () => ({ deviceId: 'HP Kasubag', name: 'HP Kasubag', paperSizes: [] }),
      print: async (file: string, options: unknown) => void printed.push([file, options]),
    }) as never;

  it('lists the spooler’s printers with the default marked', async () => {
    const driver = new WindowsPrinterDriver(fakeLibrary([]));
    expect(await driver.listPrinters()).toEqual([
      { name: 'EPSON L3210 Series', description: '', isDefault: false, state: 'tidak-diketahui', accepting: true },
      { name: 'HP Kasubag', description: '\\\\SERVER\\HP Kasubag', isDefault: true, state: 'tidak-diketahui', accepting: true },
    ]);
  });

  it('prints with the mapped options, and refuses a printer the spooler does not have in Indonesian', async () => {
    const printed: unknown[] = [];
    const driver = new WindowsPrinterDriver(fakeLibrary(printed));
    expect(await driver.print('C:\\Temp\\a.pdf', job({ paper: 'F4', copies: 2 }))).toBeNull();
    expect(printed).toEqual([['C:\\Temp\\a.pdf', { printer: 'EPSON L3210 Series', copies: 2, paperKind: 14, side: 'simplex', scale: 'noscale', silent: true }]]);
    await expect(driver.print('C:\\Temp\\a.pdf', job({ printer: 'Canon Lantai 3' }))).rejects.toMatchObject({
      problem: 'not-found', message: expect.stringContaining('Printer "Canon Lantai 3" tidak ditemukan'),
    });
    expect(printed).toHaveLength(1);
  });
});

describe('Electron dialog options', () => {
  it('open the system dialog with the printer, copies, paper and sides chosen in advance', () => {
    expect(electronPrintOptions({ printer: 'Loket_Epson', copies: 2, paper: 'A4', duplex: true })).toEqual({
      silent: false, printBackground: true, deviceName: 'Loket_Epson', copies: 2, pageSize: 'A4', duplexMode: 'longEdge',
    });
  });

  it('give F4 and half folio in microns, and leave the printer to the dialog when none is set', () => {
    expect(electronPrintOptions({ paper: 'F4' })).toEqual({
      silent: false, printBackground: true, pageSize: { width: 215_000, height: 330_000 }, duplexMode: 'simplex',
    });
    expect(electronPrintOptions({ paper: '215x165mm' }).pageSize).toEqual({ width: 215_000, height: 165_000 });
    expect(electronPrintOptions({ paper: '100x50mm' }).pageSize).toEqual({ width: 100_000, height: 50_000 });
  });
});
