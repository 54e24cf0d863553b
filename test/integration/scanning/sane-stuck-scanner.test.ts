import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../../electron/devices/scanner/run-program';
import { SaneDriver } from '../../../electron/devices/scanner/sane-driver';
import { ScanError } from '../../../electron/devices/scanner/scan-error';
import { makeSaneTestEnv, type SaneTestEnv } from '../../support/sane-test-env';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

// A SANE backend that hangs while closing the device after the batch ended (SANE's own
// `test` backend does so in about one run in seven after an I/O error): the pages are
// complete, so the scan must end with them instead of waiting for ever. And one that falls
// silent in the middle of a page: the clerk is told the scanner does not answer.

let sane: SaneTestEnv;
let dir: string;
let stuckScanimage: string;

beforeAll(() => {
  sane = makeSaneTestEnv();
  dir = makeTempDir('meja-sane-stuck-');
  // The real test device's option listing, so the driver plans the scan as it would for it.
  const options = execFileSync('scanimage', ['-A', '-d', 'test:0'], { env: sane.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  writeFileSync(path.join(dir, 'options.txt'), options);
  writeFileSync(path.join(dir, 'page.png'), execFileSync('scanimage', ['-d', 'test:0', '--format=png', '--resolution', '75'], { env: sane.env, maxBuffer: 64 << 20 }));
  // A scanimage whose batch finishes (the page file named on stdout, "Batch terminated" on
  // stderr, as the real one prints them) and which then never exits.
  stuckScanimage = path.join(dir, 'scanimage');
  writeFileSync(
    stuckScanimage,
    [
      '#!/bin/sh',
      `if [ "$1" = "-A" ]; then cat '${dir}/options.txt'; exit 0; fi`,
      'for arg in "$@"; do case "$arg" in --batch=*) pattern="${arg#--batch=}";; esac; done',
      'page=$(printf "$pattern" 1)',
      `cp '${dir}/page.png' "$page"`,
      'echo "$page"',
      // STALL_MID_PAGE: the next page starts and the scanner falls silent.
      'if [ -n "$STALL_MID_PAGE" ]; then echo "Progress: 10.0%" >&2; exec sleep 600; fi',
      `echo "\${STUCK_ERROR:-}Batch terminated, 1 page scanned" >&2`,
      'exec sleep 600',
    ].join('\n'),
  );
  chmodSync(stuckScanimage, 0o755);
});
afterAll(() => {
  sane.cleanup();
  removeTempDir(dir);
});

describe('a scanner stuck after its last page', () => {
  it('runProgram kills a program that said it had finished but does not exit, and keeps its output', async () => {
    const stuck = await runProgram('sh', ['-c', 'echo out; echo "Batch terminated" >&2; exec sleep 600'], { finishedWhen: /Batch terminated/, exitGraceMs: 200 });
    expect(stuck).toMatchObject({ lingered: true, aborted: false, timedOut: false, code: null, stdout: 'out\n' });
    const prompt = await runProgram('sh', ['-c', 'echo "Batch terminated" >&2; exit 3'], { finishedWhen: /Batch terminated/, exitGraceMs: 200 });
    expect(prompt).toMatchObject({ lingered: false, code: 3 });
  });

  it('the driver returns the scanned page once the grace has passed', async () => {
    const outDir = path.join(dir, 'ok');
    mkdirSync(outDir);
    const pages: string[] = [];
    const driver = new SaneDriver({ program: stuckScanimage, env: sane.env, exitGraceMs: 300 });
    const result = await driver.scan(
      { device: 'test:0', resolution: 75, colourMode: 'abu-abu', source: 'flatbed', duplex: false, outDir },
      async (p) => void pages.push(p.file),
      new AbortController().signal,
    );
    expect(result).toEqual({ pages: 1, feederEmptied: false });
    expect(pages).toEqual([path.join(outDir, 'p0001.png')]);
    expect(readdirSync(outDir)).toEqual(['p0001.png']);
    expect((await sharp(pages[0]!).metadata()).format).toBe('png');
  });

  it('an I/O error before the hang is still said as the scanner gone', async () => {
    const outDir = path.join(dir, 'io');
    mkdirSync(outDir);
    const driver = new SaneDriver({ program: stuckScanimage, env: { ...sane.env, STUCK_ERROR: 'scanimage: sane_read: Error during device I/O\n' }, exitGraceMs: 300 });
    const failure = await driver
      .scan({ device: 'test:0', resolution: 75, colourMode: 'abu-abu', source: 'flatbed', duplex: false, outDir }, async () => {}, new AbortController().signal)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ScanError);
    expect((failure as ScanError).code).toBe('DEVICE_GONE');
  });
});

describe('a scanner that falls silent in the middle of a page', () => {
  // Two seconds of a line every 0.1 s outlast a 1-second stall time without tripping it.
  it('runProgram stops a program that writes nothing for the stall time, and not one that keeps talking', async () => {
    const silent = await runProgram('sh', ['-c', 'echo a; exec sleep 600'], { stallMs: 300 });
    expect(silent).toMatchObject({ stalled: true, aborted: true, stdout: 'a\n' });
    const talking = await runProgram('sh', ['-c', 'i=0; while [ $i -lt 20 ]; do echo $i >&2; sleep 0.1; i=$((i+1)); done'], { stallMs: 1000 });
    expect(talking).toMatchObject({ stalled: false, aborted: false, code: 0 });
  });

  it('the driver says the scanner does not answer and keeps the page already delivered', async () => {
    const outDir = path.join(dir, 'stall');
    mkdirSync(outDir);
    const pages: string[] = [];
    const driver = new SaneDriver({ program: stuckScanimage, env: { ...sane.env, STALL_MID_PAGE: '1' }, stallMs: 300 });
    const failure = await driver
      .scan({ device: 'test:0', resolution: 75, colourMode: 'abu-abu', source: 'adf', duplex: false, outDir }, async (p) => void pages.push(p.file), new AbortController().signal)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ScanError);
    expect((failure as ScanError).code).toBe('DEVICE_GONE');
    expect((failure as ScanError).message).toBe('Pemindai tidak menjawab. Periksa pemindai dan sambungannya, lalu coba lagi.');
    expect(pages).toEqual([path.join(outDir, 'p0001.png')]);
  });
});
