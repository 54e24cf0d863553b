import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * SANE's own virtual scanners for tests: a private SANE_CONFIG_DIR whose dll.conf loads only
 * the `test` backend (a frontend tester with flatbed and a 10-sheet document feeder) and the
 * `pnm` backend (which "scans" a PNM file given with --filename). Nothing of the machine's
 * real scanner configuration is read.
 */

export const SANE_MISSING =
  'scanimage (sane-utils) is not installed: the scanner tests use SANE\'s real test backend. Install it with "apt-get install sane-utils" (CI does this in .ci/run).';

/** Fails with a clear message when scanimage is missing, instead of skipping. */
export function requireScanimage(): void {
  const probe = spawnSync('scanimage', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(SANE_MISSING);
}

export interface SaneTestEnv {
  dir: string;
  /** process.env plus SANE_CONFIG_DIR. */
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/** test.conf: one device, A4 fits (the shipped default stops at 200 mm), a grid to look at. */
const TEST_CONF: Record<string, string> = {
  number_of_devices: '1',
  mode: 'Gray',
  depth: '8',
  resolution: '75.0',
  'test-picture': '"Grid"',
  geometry_min: '0.0',
  geometry_max: '300.0',
  geometry_quant: '1.0',
  tl_x: '0.0',
  tl_y: '0.0',
  br_x: '210.0',
  br_y: '297.0',
};

/**
 * A private SANE configuration. `testConf` overrides lines of test.conf, e.g.
 * `{ 'read-delay': 'true', 'read-delay-duration': '20000' }` for a slow feeder.
 */
export function makeSaneTestEnv(testConf: Record<string, string> = {}): SaneTestEnv {
  requireScanimage();
  return makeSaneConfig(testConf);
}

/** The configuration folder alone, without checking for scanimage (the e2e global setup makes it for every run). */
export function makeSaneConfig(testConf: Record<string, string> = {}): SaneTestEnv {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-sane-'));
  writeFileSync(path.join(dir, 'dll.conf'), 'test\npnm\n');
  const conf = { ...TEST_CONF, ...testConf };
  writeFileSync(path.join(dir, 'test.conf'), Object.entries(conf).map(([k, v]) => `${k} ${v}`).join('\n') + '\n');
  writeFileSync(path.join(dir, 'pnm.conf'), '');
  return { dir, env: { ...process.env, SANE_CONFIG_DIR: dir }, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What `scanimage -L` lists under this configuration. */
export function listSaneDevices(env: SaneTestEnv): string {
  return execFileSync('scanimage', ['-L'], { env: env.env, encoding: 'utf8', timeout: 30_000 });
}

/**
 * The file SANE's pnm device "scans" when no --filename is given: its option's default,
 * read from `scanimage -A` (/tmp/input.ppm in sane-backends). A browser session scans
 * through the app's own SANE driver, which passes no such option, so a test puts the page
 * image it wants scanned at this path.
 */
export function pnmDefaultInputFile(env: NodeJS.ProcessEnv = process.env): string {
  // stderr kept out of the test's output ("Output format is not set, using pnm as a default.").
  const options = execFileSync('scanimage', ['-d', 'pnm:0', '-A'], { env, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const match = /--filename <string> \[([^\]]+)\]/.exec(options);
  if (!match) throw new Error(`The pnm test device lists no default --filename:\n${options}`);
  return match[1]!;
}
