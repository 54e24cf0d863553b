import type { ColourMode, ScannerCapabilities, ScanSource } from '../../../shared/scanning/scanning';
import type { DriverScanRequest } from './scanner-driver';

/**
 * Reading what `scanimage -L` and `scanimage -A -d <device>` print, and writing the
 * arguments of a scan. Pure, so every backend's wording can be tested without the device.
 */

export interface SaneDeviceLine {
  name: string;
  label: string;
}

/** `device `test:0' is a Noname frontend-tester virtual device` → name and label. */
export function parseSaneDeviceList(stdout: string): SaneDeviceLine[] {
  const devices: SaneDeviceLine[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^device [`'](.+?)' is an? (.+)$/.exec(line.trim());
    if (match) devices.push({ name: match[1]!, label: match[2]!.trim() });
  }
  return devices;
}

export interface SaneOption {
  /** `--mode`, `-x`, … as typed on the command line. */
  flag: string;
  /** The choices of a list option (units stripped from numbers: "300dpi" → "300"). */
  values: string[] | null;
  range: { min: number; max: number; unit: string } | null;
  current: string;
  inactive: boolean;
}

const OPTION_LINE = /^\s{1,8}(-{1,2}[A-Za-z][\w-]*)(?:\[=\((.*?)\)\])?(?:\s+(.*?))?\s+\[([^\]]*)\]\s*$/;
const RANGE = /^(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)([a-z%µ]*)/i;

/** Options of one device from `scanimage -A` (its "All options specific to device" part). */
export function parseSaneOptions(stdout: string): Map<string, SaneOption> {
  const options = new Map<string, SaneOption>();
  for (const line of stdout.split(/\r?\n/)) {
    const match = OPTION_LINE.exec(line);
    if (!match) continue;
    const [, flag, boolChoices, spec = '', current = ''] = match;
    const option: SaneOption = { flag: flag!, values: null, range: null, current: current.trim(), inactive: current.trim() === 'inactive' };
    const range = RANGE.exec(spec);
    if (boolChoices) option.values = boolChoices.split('|');
    else if (range) option.range = { min: Number(range[1]), max: Number(range[2]), unit: range[3] ?? '' };
    else if (spec.includes('|') || (spec !== '' && !spec.startsWith('<'))) {
      option.values = spec
        .replace(/\s*\(.*\)\s*$/, '')
        .split('|')
        .map((v) => v.trim().replace(/^(-?\d+(?:\.\d+)?)(dpi|mm|%|bit|us)$/i, '$1'));
    }
    options.set(flag!, option);
  }
  return options;
}

/** How one colour intent is asked of this device: its mode name, and a depth where needed. */
interface ModeChoice {
  mode: string | null;
  depth: string | null;
}

/** What the driver needs to turn a request into arguments, derived once per device. */
export interface SanePlan {
  hasResolution: boolean;
  modes: Partial<Record<ColourMode, ModeChoice>>;
  sources: Partial<Record<ScanSource | 'duplex', string>>;
  /** Scan area limits in mm, when the device states them in mm. */
  maxWidthMm: number | null;
  maxHeightMm: number | null;
}

// The resolutions offered when a device accepts a whole range.
const STANDARD_DPI = [75, 100, 150, 200, 300, 400, 600, 1200];

const isColour = (v: string) => /colou?r|rgb|24 ?bit/i.test(v);
const isGray = (v: string) => /gr[ae]y/i.test(v);
const isLineart = (v: string) => /line ?art|binary|black ?& ?white|b\/w|monochrome|halftone|1 ?bit/i.test(v);
const isFeeder = (v: string) => /adf|feeder|automatic document/i.test(v);
const isFlatbed = (v: string) => /flatbed|platen|glass|normal/i.test(v);

/**
 * Capabilities in the app's words (resolutions, colour intents, flatbed/feeder, duplex)
 * from a device's SANE options, and the plan that maps them back to its own names.
 */
export function saneCapabilities(deviceId: string, options: Map<string, SaneOption>): { capabilities: ScannerCapabilities; plan: SanePlan } {
  const resolutionOption = options.get('--resolution');
  let resolutions: number[] = [];
  if (resolutionOption?.values) {
    resolutions = resolutionOption.values.map(Number).filter((n) => Number.isInteger(n) && n >= 50 && n <= 1200);
  } else if (resolutionOption?.range) {
    const { min, max } = resolutionOption.range;
    resolutions = STANDARD_DPI.filter((d) => d >= min && d <= max);
  }
  resolutions = [...new Set(resolutions)].sort((a, b) => a - b);
  if (resolutions.length === 0) resolutions = [300];

  const modes: SanePlan['modes'] = {};
  const modeValues = options.get('--mode')?.values ?? [];
  for (const value of modeValues) {
    const choice = { mode: value, depth: null };
    if (isLineart(value)) modes['hitam-putih'] ??= choice;
    else if (isGray(value)) modes['abu-abu'] ??= choice;
    else if (isColour(value)) modes.warna ??= choice;
  }
  // SANE's test backend (and a few others) do line art as grey at 1 bit per sample.
  const depths = options.get('--depth')?.values ?? [];
  if (!modes['hitam-putih'] && modes['abu-abu'] && depths.includes('1') && depths.includes('8')) {
    modes['hitam-putih'] = { mode: modes['abu-abu'].mode, depth: '1' };
    // Then grey and colour name their depth too, since the device's default may be 1 or 16.
    modes['abu-abu'] = { ...modes['abu-abu'], depth: '8' };
    if (modes.warna) modes.warna = { ...modes.warna, depth: '8' };
  }
  if (modeValues.length === 0) modes['abu-abu'] = { mode: null, depth: null };

  const sources: SanePlan['sources'] = {};
  const sourceValues = options.get('--source')?.values ?? [];
  for (const value of sourceValues) {
    if (isFeeder(value) && /duplex/i.test(value)) sources.duplex ??= value;
    else if (isFeeder(value) && !/back/i.test(value)) sources.adf ??= value;
    else if (isFlatbed(value)) sources.flatbed ??= value;
  }
  if (sourceValues.length === 0) sources.flatbed = '';

  const colourModes = (['warna', 'abu-abu', 'hitam-putih'] as const).filter((m) => modes[m]);
  const sourceList = (['flatbed', 'adf'] as const).filter((s) => sources[s] !== undefined);
  const mm = (flag: string) => {
    const range = options.get(flag)?.range;
    return range && range.unit === 'mm' ? range.max : null;
  };
  const closestTo300 = [...resolutions].sort((a, b) => Math.abs(a - 300) - Math.abs(b - 300))[0]!;
  return {
    capabilities: {
      deviceId,
      resolutions,
      colourModes,
      sources: sourceList.length > 0 ? sourceList : ['flatbed'],
      duplex: sources.duplex !== undefined,
      defaults: {
        resolution: closestTo300,
        // Grey keeps a letter readable (stamps, signatures) at a third of colour's size.
        colourMode: colourModes.includes('abu-abu') ? 'abu-abu' : (colourModes[0] ?? 'abu-abu'),
        source: sourceList[0] ?? 'flatbed',
      },
    },
    plan: { hasResolution: resolutionOption !== undefined, modes, sources, maxWidthMm: mm('-x'), maxHeightMm: mm('-y') },
  };
}

/** A4 in millimetres: the office's paper, asked of every scan so the feeder reads whole pages. */
export const A4_MM = { width: 210, height: 297 };

/**
 * The `scanimage` arguments of one scan: PNG pages into `outDir/p0001.png …`, each file's name
 * printed when the page is complete (our progress signal) and --progress for how far the page
 * under way is (on stderr), the device's own names for the
 * mode and source, and the A4 area where the device allows it. Always an argument array:
 * no shell ever sees a device name.
 */
export function scanimageArgs(request: DriverScanRequest, plan: SanePlan, extra: readonly string[] = [], separator = '/'): string[] {
  const args = ['-d', request.device, '--format=png', `--batch=${request.outDir}${separator}p%04d.png`, '--batch-print', '--progress'];
  const feeder = request.source === 'adf';
  if (!feeder) args.push('--batch-count=1');
  else if (request.maxPages) args.push(`--batch-count=${request.maxPages}`);

  const mode = plan.modes[request.colourMode];
  if (mode?.mode) args.push('--mode', mode.mode);
  const source = feeder ? (request.duplex && plan.sources.duplex ? plan.sources.duplex : plan.sources.adf) : plan.sources.flatbed;
  if (source) args.push('--source', source);
  if (plan.hasResolution) args.push('--resolution', String(request.resolution));
  if (mode?.depth) args.push('--depth', mode.depth);
  if (plan.maxWidthMm !== null) args.push('-x', String(Math.min(plan.maxWidthMm, A4_MM.width)));
  if (plan.maxHeightMm !== null) args.push('-y', String(Math.min(plan.maxHeightMm, A4_MM.height)));
  return [...args, ...extra];
}
