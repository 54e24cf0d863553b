import { describe, expect, it } from 'vitest';
import { wiaProblem } from '../../../electron/devices/scanner/wia-driver';
import {
  documentHandling,
  jsonLine,
  psLiteral,
  wiaCapabilities,
  wiaCapabilitiesCommand,
  wiaDevices,
  wiaListCommand,
  wiaScanCommand,
} from '../../../electron/devices/scanner/wia-commands';
import type { DriverScanRequest } from '../../../electron/devices/scanner/scanner-driver';

// The Windows driver's PowerShell is built as text and checked here on any OS.

const DEVICE = '{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0001';
const request = (overrides: Partial<DriverScanRequest> = {}): DriverScanRequest => ({
  device: DEVICE, resolution: 300, colourMode: 'abu-abu', source: 'flatbed', duplex: false, outDir: 'C:\\Users\\Rina\\AppData\\Roaming\\Meja Aduan\\pindaian-sementara\\ab\\pindai0001', ...overrides,
});

/** What powershell.exe will run: -EncodedCommand is UTF-16LE base64. */
const decoded = (args: string[]) => {
  expect(args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
  expect(args).toHaveLength(6);
  return Buffer.from(args[5]!, 'base64').toString('utf16le');
};

describe('WIA command building', () => {
  it('quotes values as PowerShell literals, doubling every kind of single quote', () => {
    expect(psLiteral("C:\\Data\\Kantor O'Neil")).toBe("'C:\\Data\\Kantor O''Neil'");
    expect(psLiteral('a\u2019b\u2018c')).toBe("'a\u2019\u2019b\u2018\u2018c'");
    expect(psLiteral('$(Remove-Item C:\\) `n "x"')).toBe("'$(Remove-Item C:\\) `n \"x\"'");
    expect(() => psLiteral('a\u0000b')).toThrow();
  });

  it('passes the script as one encoded argument to powershell.exe', () => {
    const command = wiaScanCommand(request());
    expect(command.program).toBe('powershell.exe');
    expect(decoded(command.args)).toBe(command.script);
  });

  it('selects the flatbed, the resolution both ways, the grey intent and one page', () => {
    const script = decoded(wiaScanCommand(request()).args);
    expect(script).toContain(`$device = Connect-Scanner '${DEVICE}'`);
    expect(script).toContain('Set-WiaProperty $device.Properties 3088 2)');
    expect(script).toContain('Set-WiaProperty $item.Properties 6146 2)');
    expect(script).toContain('$dpi = 300');
    expect(script).toContain('Set-WiaProperty $item.Properties 6147 $dpi');
    expect(script).toContain('Set-WiaProperty $item.Properties 6148 $dpi');
    expect(script).toContain('$maxPages = 1');
    expect(script).toContain("$item.Transfer('{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}')");
    expect(script).toContain(`$outDir = '${request().outDir}'`);
  });

  it('selects the feeder (3088 = 1), with the duplex bit (5), colour and text intents, and a page limit', () => {
    expect(documentHandling('flatbed', true)).toBe(2);
    expect(documentHandling('adf', false)).toBe(1);
    expect(documentHandling('adf', true)).toBe(5);
    const feeder = decoded(wiaScanCommand(request({ source: 'adf', colourMode: 'warna', resolution: 150 })).args);
    expect(feeder).toContain('Set-WiaProperty $device.Properties 3088 1)');
    expect(feeder).toContain('Set-WiaProperty $item.Properties 6146 1)');
    expect(feeder).toContain('$maxPages = 0');
    expect(feeder).toContain('$dpi = 150');
    const duplex = decoded(wiaScanCommand(request({ source: 'adf', duplex: true, colourMode: 'hitam-putih', maxPages: 12 })).args);
    expect(duplex).toContain('Set-WiaProperty $device.Properties 3088 5)');
    expect(duplex).toContain('Set-WiaProperty $item.Properties 6146 4)');
    expect(duplex).toContain('$maxPages = 12');
    // An empty feeder after the first page ends the batch; before it, it is an error.
    expect(duplex).toContain("if ($code -eq '0x80210003' -and $page -gt 0) { Write-Output 'FEEDER-EMPTY'; break }");
  });

  it('keeps a hostile device id and folder inside their quotes', () => {
    const script = decoded(wiaScanCommand(request({ device: "x'; Remove-Item -Recurse C:\\; '", outDir: "D:\\O'Brien" })).args);
    expect(script).toContain("Connect-Scanner 'x''; Remove-Item -Recurse C:\\; '''");
    expect(script).toContain("$outDir = 'D:\\O''Brien'");
    expect(decoded(wiaCapabilitiesCommand("a'b").args)).toContain("Connect-Scanner 'a''b'");
  });

  it('lists scanners as JSON and reads their capabilities', () => {
    expect(decoded(wiaListCommand().args)).toContain('if ($info.Type -ne 1) { continue }');
    const out = 'noise\r\nJSON [{"id":"{6BDD}\\\\0001","name":"ScanJet 2600","manufacturer":"HP"},{"id":"{6BDD}\\\\0002","name":"","manufacturer":""}]\r\n';
    expect(wiaDevices(jsonLine(out))).toEqual([
      { id: 'wia:{6BDD}\\0001', driver: 'wia', label: 'HP ScanJet 2600' },
      { id: 'wia:{6BDD}\\0002', driver: 'wia', label: 'Pemindai WIA' },
    ]);
    expect(wiaCapabilities('wia:x', jsonLine('JSON {"handling":7,"resolutionValues":[100,200,300,600],"resolutionMin":null,"resolutionMax":null}'))).toEqual({
      deviceId: 'wia:x', resolutions: [100, 200, 300, 600], colourModes: ['warna', 'abu-abu', 'hitam-putih'], sources: ['flatbed', 'adf'], duplex: true,
      defaults: { resolution: 300, colourMode: 'abu-abu', source: 'flatbed' },
    });
    // A feeder-only device with a resolution range; ConvertTo-Json's lone number.
    expect(wiaCapabilities('wia:y', { handling: 1, resolutionValues: 200 })).toMatchObject({ resolutions: [200], sources: ['adf'], duplex: false });
    expect(wiaCapabilities('wia:z', { handling: 2, resolutionValues: [], resolutionMin: 50, resolutionMax: 600 }).resolutions).toEqual([75, 100, 150, 200, 300, 400, 600]);
  });

  it('maps WIA errors to what the clerk is told', () => {
    expect(wiaProblem('0x80210003')).toBe('FEEDER_EMPTY');
    expect(wiaProblem('0x80210002')).toBe('JAMMED');
    expect(wiaProblem('0x80210015')).toBe('DEVICE_GONE');
    expect(wiaProblem('0x80210005')).toBe('DEVICE_GONE');
    expect(wiaProblem('0x80210006')).toBe('BUSY');
    expect(wiaProblem('0x80004005')).toBe('FAILED');
  });
});
