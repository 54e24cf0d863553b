import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SaneDriver } from '../../../electron/devices/scanner/sane-driver';
import { ScanError } from '../../../electron/devices/scanner/scan-error';
import type { DriverPage, DriverScanRequest } from '../../../electron/devices/scanner/scanner-driver';
import { listSaneDevices, makeSaneTestEnv, type SaneTestEnv } from '../../support/sane-test-env';

// The SANE driver against SANE's real `test` backend, loaded from a private SANE_CONFIG_DIR.

let sane: SaneTestEnv;
let out: string;
let n = 0;

beforeAll(() => {
  sane = makeSaneTestEnv();
  out = mkdtempSync(path.join(tmpdir(), 'meja-sane-out-'));
});
afterAll(() => {
  sane.cleanup();
  rmSync(out, { recursive: true, force: true });
});

const request = (overrides: Partial<DriverScanRequest> = {}): DriverScanRequest => ({
  device: 'test:0', resolution: 75, colourMode: 'abu-abu', source: 'flatbed', duplex: false, outDir: path.join(out, `scan-${++n}`), ...overrides,
});

async function scan(driver: SaneDriver, req: DriverScanRequest, signal = new AbortController().signal) {
  mkdirSync(req.outDir, { recursive: true });
  const pages: DriverPage[] = [];
  const result = await driver.scan(req, async (p) => void pages.push(p), signal);
  return { result, pages };
}

describe('SANE test backend through the driver', () => {
  it('the private configuration lists the test and pnm devices, and only those', async () => {
    const listing = listSaneDevices(sane);
    expect(listing).toContain("`test:0'");
    expect(listing).toContain("`pnm:0'");
    const devices = await new SaneDriver({ env: sane.env }).listDevices();
    expect(devices.map((d) => d.id).sort()).toEqual(['sane:pnm:0', 'sane:pnm:1', 'sane:test:0']);
    expect(devices.find((d) => d.id === 'sane:test:0')?.label).toMatch(/frontend-tester.*\(test:0\)/);
  });

  it('reads the test device options as resolutions, colour intents, flatbed and feeder', async () => {
    const caps = await new SaneDriver({ env: sane.env }).capabilities('test:0');
    expect(caps.sources).toEqual(['flatbed', 'adf']);
    expect(caps.colourModes).toEqual(['warna', 'abu-abu', 'hitam-putih']);
    expect(caps.resolutions).toEqual([75, 100, 150, 200, 300, 400, 600, 1200]);
    expect(caps.duplex).toBe(false);
    expect(caps.defaults).toEqual({ resolution: 300, colourMode: 'abu-abu', source: 'flatbed' });
  });

  it('scans one A4 flatbed page at 75 and at 150 dpi, sized by the resolution', async () => {
    const driver = new SaneDriver({ env: sane.env });
    for (const [dpi, width, height] of [[75, 620, 877], [150, 1240, 1754]] as const) {
      const { result, pages } = await scan(driver, request({ resolution: dpi }));
      expect(result).toEqual({ pages: 1, feederEmptied: false });
      expect(pages).toHaveLength(1);
      const meta = await sharp(pages[0]!.file).metadata();
      expect(meta.format).toBe('png');
      // 210 × 297 mm at the resolution, ±1 pixel for SANE's rounding of the area.
      expect(Math.abs(meta.width! - width)).toBeLessThanOrEqual(1);
      expect(Math.abs(meta.height! - height)).toBeLessThanOrEqual(1);
    }
  });

  it('scans black-and-white as 1-bit grey and colour as RGB', async () => {
    const driver = new SaneDriver({ env: sane.env });
    const lineart = await scan(driver, request({ colourMode: 'hitam-putih' }));
    const colour = await scan(driver, request({ colourMode: 'warna' }));
    expect((await sharp(lineart.pages[0]!.file).metadata()).channels).toBe(1);
    expect((await sharp(colour.pages[0]!.file).metadata()).channels).toBe(3);
  });

  it('takes a feeder batch page by page until the feeder is empty', async () => {
    const req = request({ source: 'adf' });
    const { result, pages } = await scan(new SaneDriver({ env: sane.env }), req);
    // The test backend's feeder holds ten sheets.
    expect(result).toEqual({ pages: 10, feederEmptied: true });
    expect(pages.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(readdirSync(req.outDir).sort()).toEqual(pages.map((p) => path.basename(p.file)));
  });

  it('stops the feeder after the asked number of pages', async () => {
    const { result } = await scan(new SaneDriver({ env: sane.env }), request({ source: 'adf', maxPages: 3 }));
    expect(result).toEqual({ pages: 3, feederEmptied: false });
  });

  it('says the feeder is empty when it has no paper at all', async () => {
    const empty = new SaneDriver({ env: sane.env, deviceArgs: { 'test:0': ['--read-return-value', 'SANE_STATUS_NO_DOCS'] } });
    const failure = await scan(empty, request({ source: 'adf' })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ScanError);
    expect((failure as ScanError).code).toBe('FEEDER_EMPTY');
    expect((failure as ScanError).message).toBe('Pengumpan dokumen kosong. Letakkan kertas di pengumpan (ADF), lalu tekan Pindai lagi.');
  });

  it('says the scanner is gone when the device cannot be opened or fails mid-transfer', async () => {
    const driver = new SaneDriver({ env: sane.env });
    const missing = await scan(driver, request({ device: 'test:7' })).catch((e: unknown) => e);
    expect((missing as ScanError).code).toBe('DEVICE_GONE');
    expect((missing as ScanError).message).toMatch(/^Pemindai tidak ditemukan atau terputus/);
    const broken = new SaneDriver({ env: sane.env, deviceArgs: { 'test:0': ['--read-return-value', 'SANE_STATUS_IO_ERROR'] } });
    const io = await scan(broken, request()).catch((e: unknown) => e);
    expect((io as ScanError).code).toBe('DEVICE_GONE');
  });

  it('cancels a feeder batch mid-way and keeps the pages already complete; says how far each page is on the way', async () => {
    const slow = new SaneDriver({ env: sane.env, deviceArgs: { 'test:0': ['--read-delay=yes', '--read-delay-duration', '40000'] } });
    const abort = new AbortController();
    const req = request({ source: 'adf' });
    const pages: DriverPage[] = [];
    // The percents heard before each page was delivered.
    const percents: number[][] = [[]];
    mkdirSync(req.outDir, { recursive: true });
    const failure = await slow
      .scan(req, async (p) => {
        pages.push(p);
        percents.push([]);
        if (pages.length === 2) abort.abort();
      }, abort.signal, (percent) => percents.at(-1)!.push(percent))
      .catch((e: unknown) => e);
    expect((failure as ScanError).code).toBe('CANCELLED');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThan(10);
    for (const p of pages) expect((await sharp(p.file).metadata()).height).toBeGreaterThan(800);
    // The first page was heard on its way (at 40 ms a read, a 75-dpi page takes about 15 reads), never going back.
    const first = percents[0]!;
    expect(first.some((p) => p > 0 && p < 100)).toBe(true);
    expect(first).toEqual([...first].sort((a, b) => a - b));
  });
});
