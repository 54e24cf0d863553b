import { describe, expect, it } from 'vitest';
import { lastProgress } from '../../../electron/devices/scanner/sane-driver';
import { scanProgressText } from '../../../renderer/src/features/scanning/scan-progress-text';

describe('progress within a scanned page', () => {
  it('reads the last percent scanimage --progress wrote in a chunk', () => {
    expect(lastProgress('Scanning page 1\nProgress: 1.5%\rProgress: 3.0%\rProgress: 4.5%\r')).toBe(4);
    expect(lastProgress('Progress: 100.0%\r\nScanned page 1. (scanner status = 5)\n')).toBe(100);
    expect(lastProgress('scanimage: sane_read: Error during device I/O\n')).toBeNull();
  });

  it('says the page under way and the pages done', () => {
    expect(scanProgressText({ pagesScanned: 0, pagePercent: null })).toBe('Memindai halaman 1…');
    expect(scanProgressText({ pagesScanned: 0, pagePercent: 45 })).toBe('Memindai halaman 1… 45%');
    expect(scanProgressText({ pagesScanned: 3, pagePercent: 12 })).toBe('Memindai halaman 4… 12% · 3 halaman selesai');
    // A driver that cannot tell (WIA): pages only.
    expect(scanProgressText({ pagesScanned: 3, pagePercent: null })).toBe('Halaman 3 dipindai…');
  });
});
