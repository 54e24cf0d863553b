import { describe, expect, it } from 'vitest';
import { parseSaneDeviceList, parseSaneOptions, saneCapabilities, scanimageArgs } from '../../../electron/devices/scanner/sane-options';
import { saneProblem } from '../../../electron/devices/scanner/sane-driver';

// What scanimage prints for different backends, read the same way.

const FUJITSU = `
All options specific to device \`fujitsu:fi-7160:1234'
  Standard:
    --source Flatbed|ADF Front|ADF Back|ADF Duplex [ADF Front]
        Selects the scan source (such as a document-feeder).
    --mode Lineart|Halftone|Gray|Color [Lineart]
        Selects the scan mode (e.g., lineart, monochrome, or color).
    --resolution 50..600dpi (in steps of 1) [600]
        Sets the horizontal resolution of the scanned image.
  Geometry:
    -l 0..215.872mm (in steps of 0.0211639) [0]
    -x 0..215.872mm (in steps of 0.0211639) [215.872]
    -y 0..355.6mm (in steps of 0.0211639) [279.364]
    --page-width 0..224.846mm (in steps of 0.0211639) [215.872]
  Enhancement:
    --swdeskew[=(yes|no)] [no]
`;

describe('SANE option parsing', () => {
  it('reads the device list', () => {
    const out = "device `test:0' is a Noname frontend-tester virtual device\ndevice `epson2:net:192.168.1.20' is an Epson PID 0x1234 flatbed scanner\n";
    expect(parseSaneDeviceList(out)).toEqual([
      { name: 'test:0', label: 'Noname frontend-tester virtual device' },
      { name: 'epson2:net:192.168.1.20', label: 'Epson PID 0x1234 flatbed scanner' },
    ]);
    expect(parseSaneDeviceList('\nNo scanners were identified. If you were expecting something different,\n')).toEqual([]);
  });

  it('maps a document scanner with duplex to the app\'s words, and builds a duplex feeder scan', () => {
    const options = parseSaneOptions(FUJITSU);
    expect(options.get('--source')?.values).toEqual(['Flatbed', 'ADF Front', 'ADF Back', 'ADF Duplex']);
    expect(options.get('--swdeskew')?.values).toEqual(['yes', 'no']);
    const { capabilities, plan } = saneCapabilities('sane:fujitsu:fi-7160:1234', options);
    expect(capabilities).toEqual({
      deviceId: 'sane:fujitsu:fi-7160:1234', resolutions: [75, 100, 150, 200, 300, 400, 600],
      colourModes: ['warna', 'abu-abu', 'hitam-putih'], sources: ['flatbed', 'adf'], duplex: true,
      defaults: { resolution: 300, colourMode: 'abu-abu', source: 'flatbed' },
    });
    const args = scanimageArgs(
      { device: 'fujitsu:fi-7160:1234', resolution: 200, colourMode: 'hitam-putih', source: 'adf', duplex: true, maxPages: 20, outDir: '/tmp/s' }, plan,
    );
    expect(args).toEqual([
      '-d', 'fujitsu:fi-7160:1234', '--format=png', '--batch=/tmp/s/p%04d.png', '--batch-print', '--progress', '--batch-count=20',
      '--mode', 'Lineart', '--source', 'ADF Duplex', '--resolution', '200', '-x', '210', '-y', '297',
    ]);
  });

  it('does line art at 1 bit on a device that has only Gray and Color, and one flatbed page', () => {
    const testDevice = `
    --mode Gray|Color [Gray]
    --depth 1|8|16 [8]
    --resolution 1..1200dpi (in steps of 1) [75]
    --source Flatbed|Automatic Document Feeder [Flatbed]
    -x 0..200mm (in steps of 1) [80]
    -y 0..200mm (in steps of 1) [100]
`;
    const { capabilities, plan } = saneCapabilities('sane:test:0', parseSaneOptions(testDevice));
    expect(capabilities.colourModes).toEqual(['warna', 'abu-abu', 'hitam-putih']);
    expect(capabilities.duplex).toBe(false);
    const args = scanimageArgs({ device: 'test:0', resolution: 75, colourMode: 'hitam-putih', source: 'flatbed', duplex: true, outDir: 'C:\\t' }, plan, ['--x'], '\\');
    // The area is clamped to what the device allows.
    expect(args).toEqual([
      '-d', 'test:0', '--format=png', '--batch=C:\\t\\p%04d.png', '--batch-print', '--progress', '--batch-count=1',
      '--mode', 'Gray', '--source', 'Flatbed', '--resolution', '75', '--depth', '1', '-x', '200', '-y', '200', '--x',
    ]);
  });

  it('reads a list of resolutions with units and leaves out what is not a number', () => {
    const pnm = '    --resolution auto||75|90|100|150|300dpi [75]\n    --filename <string> [/tmp/input.ppm]\n';
    const options = parseSaneOptions(pnm);
    expect(options.get('--filename')?.values).toBeNull();
    const { capabilities, plan } = saneCapabilities('sane:pnm:0', options);
    expect(capabilities.resolutions).toEqual([75, 90, 100, 150, 300]);
    expect(capabilities.sources).toEqual(['flatbed']);
    expect(capabilities.colourModes).toEqual(['abu-abu']);
    expect(plan.maxWidthMm).toBeNull();
  });

  it('names the trouble scanimage reports', () => {
    expect(saneProblem("scanimage: open of device test:7 failed: Invalid argument")).toBe('DEVICE_GONE');
    expect(saneProblem('scanimage: sane_read: Error during device I/O')).toBe('DEVICE_GONE');
    expect(saneProblem('scanimage: sane_start: Device busy')).toBe('BUSY');
    expect(saneProblem('scanimage: sane_start: Document feeder jammed')).toBe('JAMMED');
    expect(saneProblem('scanimage: sane_start: Scanner cover is open')).toBe('COVER_OPEN');
    expect(saneProblem('Scanning page 1\nBatch terminated, 1 page scanned')).toBeNull();
  });
});
