import type { ColourMode, ScannerCapabilities, ScannerDevice, ScanSource } from '../../../shared/scanning/scanning';
import type { DriverScanRequest } from './scanner-driver';

/**
 * Windows Image Acquisition through PowerShell's COM automation (WIA.DeviceManager and
 * Item.Transfer): present on every Windows PC, nothing to install. The scripts are built
 * here as pure text — unit-tested on any OS — and handed to powershell.exe as
 * -EncodedCommand (UTF-16LE base64), so no quoting rule of cmd.exe or PowerShell can
 * split an argument; values inside the script are single-quoted literals.
 */

/** WIA property ids (wiadef.h). */
export const WIA = {
  DOCUMENT_HANDLING_CAPABILITIES: 3086,
  DOCUMENT_HANDLING_STATUS: 3087,
  /** WIA_DPS_DOCUMENT_HANDLING_SELECT: FEEDER 1, FLATBED 2, DUPLEX 4. */
  DOCUMENT_HANDLING_SELECT: 3088,
  PAGES: 3096,
  CURRENT_INTENT: 6146,
  HORIZONTAL_RESOLUTION: 6147,
  VERTICAL_RESOLUTION: 6148,
  HORIZONTAL_EXTENT: 6151,
  VERTICAL_EXTENT: 6152,
} as const;

export const FEEDER = 1;
export const FLATBED = 2;
export const DUPLEX = 4;

/** WIA_INTENT_IMAGE_TYPE_COLOR 1, _GRAYSCALE 2, _TEXT 4 (black and white). */
export const WIA_INTENT: Record<ColourMode, number> = { warna: 1, 'abu-abu': 2, 'hitam-putih': 4 };

export const WIA_FORMAT_PNG = '{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}';

/** WIA HRESULTs a clerk can act on. */
export const WIA_ERRORS = {
  PAPER_EMPTY: '0x80210003',
  PAPER_JAM: '0x80210002',
  OFFLINE: '0x80210005',
  BUSY: '0x80210006',
  NO_DEVICE: '0x80210015',
  COVER_OPEN: '0x80210016',
} as const;

/**
 * A PowerShell single-quoted literal. Inside one, only a quote is special and is doubled —
 * and PowerShell also takes the typographic quotes ‘ ’ ‚ ‛ as quotes, so those are doubled
 * as well. NUL cannot be passed at all.
 */
export function psLiteral(value: string): string {
  if (value.includes('\u0000')) throw new Error('NUL tidak dapat dipakai dalam perintah PowerShell.');
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

export interface PowerShellCommand {
  program: string;
  args: string[];
  /** The script itself, for tests and the log. */
  script: string;
}

export function powershellCommand(script: string): PowerShellCommand {
  const encoded = Buffer.from(script, 'utf16le').toString('base64');
  return { program: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded], script };
}

const COMMON = String.raw`$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
function Get-HResult($err) { $e = $err.Exception; while ($e.InnerException) { $e = $e.InnerException }; return ('0x{0:X8}' -f $e.HResult) }
function Set-WiaProperty($properties, $id, $value) { foreach ($p in $properties) { if ($p.PropertyID -eq $id) { $p.Value = $value; return $true } }; return $false }
function Get-WiaProperty($properties, $id) { foreach ($p in $properties) { if ($p.PropertyID -eq $id) { return $p } }; return $null }
function Connect-Scanner($id) {
  $manager = New-Object -ComObject WIA.DeviceManager
  foreach ($info in $manager.DeviceInfos) { if ($info.DeviceID -eq $id) { return $info.Connect() } }
  Write-Output 'ERROR ${WIA_ERRORS.NO_DEVICE}'; exit 3
}
`;

/** Lists scanners (WIA device type 1) as JSON: [{ id, name, manufacturer }]. */
export function wiaListCommand(): PowerShellCommand {
  return powershellCommand(`${COMMON}try {
  $manager = New-Object -ComObject WIA.DeviceManager
  $list = @()
  foreach ($info in $manager.DeviceInfos) {
    if ($info.Type -ne 1) { continue }
    $name = ''; $maker = ''
    foreach ($p in $info.Properties) { if ($p.Name -eq 'Name') { $name = [string]$p.Value }; if ($p.Name -eq 'Manufacturer') { $maker = [string]$p.Value } }
    $list += [pscustomobject]@{ id = [string]$info.DeviceID; name = $name; manufacturer = $maker }
  }
  Write-Output ('JSON ' + (ConvertTo-Json -InputObject @($list) -Compress))
} catch { Write-Output ('ERROR ' + (Get-HResult $_)); exit 2 }
`);
}

/** Reads the document handling capabilities and the resolution's allowed values as JSON. */
export function wiaCapabilitiesCommand(deviceId: string): PowerShellCommand {
  return powershellCommand(`${COMMON}try {
  $device = Connect-Scanner ${psLiteral(deviceId)}
  $handling = Get-WiaProperty $device.Properties ${WIA.DOCUMENT_HANDLING_CAPABILITIES}
  $item = $device.Items.Item(1)
  $res = Get-WiaProperty $item.Properties ${WIA.HORIZONTAL_RESOLUTION}
  $values = @()
  if ($res -and $res.SubType -eq 2) { foreach ($v in $res.SubTypeValues) { $values += [int]$v } }
  $out = [pscustomobject]@{
    handling = $(if ($handling) { [int]$handling.Value } else { ${FLATBED} })
    resolutionValues = $values
    resolutionMin = $(if ($res -and $res.SubType -eq 1) { [int]$res.SubTypeMin } else { $null })
    resolutionMax = $(if ($res -and $res.SubType -eq 1) { [int]$res.SubTypeMax } else { $null })
  }
  Write-Output ('JSON ' + (ConvertTo-Json -InputObject $out -Compress))
} catch { Write-Output ('ERROR ' + (Get-HResult $_)); exit 2 }
`);
}

/** The value of WIA_DPS_DOCUMENT_HANDLING_SELECT for a source. */
export function documentHandling(source: ScanSource, duplex: boolean): number {
  if (source === 'flatbed') return FLATBED;
  return duplex ? FEEDER | DUPLEX : FEEDER;
}

/**
 * One scan: selects flatbed or feeder (3088, with the duplex bit), one page per transfer
 * (3096), the colour intent (6146), the resolution both ways (6147/6148) and the A4 extent
 * where the driver accepts it, then transfers PNG pages until the feeder is empty or
 * `maxPages` is reached. Prints `PAGE <file>` after each saved page and `ERROR <hresult>`
 * when it stops on a fault; an empty feeder after the first page is the normal end.
 */
export function wiaScanCommand(request: DriverScanRequest, separator = '\\'): PowerShellCommand {
  const handling = documentHandling(request.source, request.duplex);
  const maxPages = request.source === 'flatbed' ? 1 : (request.maxPages ?? 0);
  const dpi = Math.round(request.resolution);
  return powershellCommand(`${COMMON}$outDir = ${psLiteral(request.outDir)}
$dpi = ${dpi}
$maxPages = ${maxPages}
try {
  $device = Connect-Scanner ${psLiteral(request.device)}
  [void](Set-WiaProperty $device.Properties ${WIA.DOCUMENT_HANDLING_SELECT} ${handling})
  try { [void](Set-WiaProperty $device.Properties ${WIA.PAGES} 1) } catch {}
  $item = $device.Items.Item(1)
  [void](Set-WiaProperty $item.Properties ${WIA.CURRENT_INTENT} ${WIA_INTENT[request.colourMode]})
  [void](Set-WiaProperty $item.Properties ${WIA.HORIZONTAL_RESOLUTION} $dpi)
  [void](Set-WiaProperty $item.Properties ${WIA.VERTICAL_RESOLUTION} $dpi)
  # A4 (8.27 x 11.69 in); a driver with a smaller bed refuses and keeps its own.
  try { [void](Set-WiaProperty $item.Properties ${WIA.HORIZONTAL_EXTENT} ([int][math]::Floor(8.27 * $dpi))) } catch {}
  try { [void](Set-WiaProperty $item.Properties ${WIA.VERTICAL_EXTENT} ([int][math]::Floor(11.69 * $dpi))) } catch {}
  $page = 0
  while ($maxPages -eq 0 -or $page -lt $maxPages) {
    try { $image = $item.Transfer(${psLiteral(WIA_FORMAT_PNG)}) }
    catch {
      $code = Get-HResult $_
      if ($code -eq '${WIA_ERRORS.PAPER_EMPTY}' -and $page -gt 0) { Write-Output 'FEEDER-EMPTY'; break }
      Write-Output ('ERROR ' + $code); exit 2
    }
    if ($image.FormatID -ne ${psLiteral(WIA_FORMAT_PNG)}) {
      $process = New-Object -ComObject WIA.ImageProcess
      $process.Filters.Add($process.FilterInfos.Item('Convert').FilterID)
      $process.Filters.Item(1).Properties.Item('FormatID').Value = ${psLiteral(WIA_FORMAT_PNG)}
      $image = $process.Apply($image)
    }
    $page++
    $file = $outDir + ${psLiteral(separator)} + ('p{0:D4}.png' -f $page)
    $image.SaveFile($file)
    Write-Output ('PAGE ' + $file)
  }
  exit 0
} catch { Write-Output ('ERROR ' + (Get-HResult $_)); exit 2 }
`);
}

/** The JSON line a script printed after `JSON `, parsed; null when there is none. */
export function jsonLine(stdout: string): unknown {
  const line = stdout.split(/\r?\n/).find((l) => l.startsWith('JSON '));
  if (!line) return null;
  try {
    return JSON.parse(line.slice(5)) as unknown;
  } catch {
    return null;
  }
}

export function wiaDevices(json: unknown): ScannerDevice[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter((d): d is { id: string; name?: string; manufacturer?: string } => typeof d === 'object' && d !== null && typeof (d as { id?: unknown }).id === 'string')
    .map((d) => ({
      id: `wia:${d.id}`,
      driver: 'wia' as const,
      label: [d.manufacturer, d.name].filter((v) => typeof v === 'string' && v.trim() !== '').join(' ') || 'Pemindai WIA',
    }));
}

const STANDARD_DPI = [75, 100, 150, 200, 300, 400, 600, 1200];

export function wiaCapabilities(deviceId: string, json: unknown): ScannerCapabilities {
  const data = (typeof json === 'object' && json !== null ? json : {}) as {
    handling?: number; resolutionValues?: number[] | number; resolutionMin?: number | null; resolutionMax?: number | null;
  };
  const handling = typeof data.handling === 'number' ? data.handling : FLATBED;
  // ConvertTo-Json writes a one-element array as a bare number.
  const listed = Array.isArray(data.resolutionValues) ? data.resolutionValues : typeof data.resolutionValues === 'number' ? [data.resolutionValues] : [];
  let resolutions = listed.filter((n) => Number.isInteger(n) && n >= 50 && n <= 1200);
  if (resolutions.length === 0 && typeof data.resolutionMin === 'number' && typeof data.resolutionMax === 'number') {
    resolutions = STANDARD_DPI.filter((d) => d >= data.resolutionMin! && d <= data.resolutionMax!);
  }
  if (resolutions.length === 0) resolutions = [150, 200, 300];
  resolutions = [...new Set(resolutions)].sort((a, b) => a - b);
  const sources: ScanSource[] = [];
  if (handling & FLATBED || !(handling & FEEDER)) sources.push('flatbed');
  if (handling & FEEDER) sources.push('adf');
  return {
    deviceId,
    resolutions,
    colourModes: ['warna', 'abu-abu', 'hitam-putih'],
    sources,
    duplex: (handling & DUPLEX) !== 0,
    defaults: { resolution: [...resolutions].sort((a, b) => Math.abs(a - 300) - Math.abs(b - 300))[0]!, colourMode: 'abu-abu', source: sources[0]! },
  };
}
