import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pdfToText } from './pdf-tools';

const run = promisify(execFile);

/**
 * A private CUPS scheduler for tests: its own ServerRoot, spool, logs and socket in a temp
 * folder, so it never touches (or needs) the machine's printing. Each queue prints to a
 * `file:` device — a file in that folder — through a PPD whose only filter is a tiny
 * pass-through script that writes the job's bytes once per copy: the file is exactly what
 * a printer would have received. (A `-m raw` queue would be simpler, but CUPS sends raw
 * jobs straight to the backend, and a file: device has no backend, so nothing is written.)
 */
export interface PrivateCups {
  /** The value for CUPS_SERVER: the scheduler's socket. */
  server: string;
  /** The environment lp/lpstat need to reach this scheduler. */
  env: NodeJS.ProcessEnv;
  /** Where a queue's file device writes. */
  outputFile(queue: string): string;
  /** Adds a queue printing to its own file; `isDefault` makes it the system default. */
  addQueue(queue: string, options?: { description?: string; isDefault?: boolean }): Promise<void>;
  /** Waits until CUPS lists the job as completed, i.e. its bytes are in the output file. */
  waitForJob(jobId: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const FILTER = `#!/bin/sh
# CUPS filter arguments: job user title copies options [file]. Writes the job once per copy.
copies=\${4:-1}
i=0
while [ "$i" -lt "$copies" ]; do
  if [ -n "$6" ]; then cat "$6"; else cat; fi
  i=$((i + 1))
done
`;

const ppd = (filter: string) => `*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "MEJAPDF.PPD"
*Manufacturer: "Meja Aduan"
*Product: "(Meja Aduan PDF)"
*ModelName: "Meja Aduan PDF"
*ShortNickName: "Meja Aduan PDF"
*NickName: "Meja Aduan PDF"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*FileSystem: False
*Throughput: "1"
*cupsVersion: 2.4
*cupsManualCopies: True
*cupsFilter: "application/pdf 0 ${filter}"
*OpenUI *PageSize: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4: "<</PageSize[595 842]>>setpagedevice"
*CloseUI: *PageSize
*DefaultImageableArea: A4
*ImageableArea A4: "0 0 595 842"
*DefaultPaperDimension: A4
*PaperDimension A4: "595 842"
`;

/** cupsd lives in sbin, which a non-root PATH may not include. */
function findProgram(name: string, extraDirs: string[] = []): string {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), ...extraDirs]) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(
    `${name} was not found. The printing tests start a private CUPS scheduler: install the Debian packages ` +
      'cups-daemon and cups-client (".ci/run" does).',
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the scheduler and adds `MejaPDF`, the default queue. */
export async function startPrivateCups(): Promise<PrivateCups> {
  const cupsd = findProgram('cupsd', ['/usr/sbin', '/usr/local/sbin']);
  const lpadmin = findProgram('lpadmin', ['/usr/sbin', '/usr/local/sbin']);
  const lpstat = findProgram('lpstat');
  findProgram('lp');

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meja-cups-'));
  // Run as root, cupsd runs filters as the unprivileged "lp" user: it must reach the filter.
  fs.chmodSync(root, 0o755);
  const dir = (name: string) => {
    const d = path.join(root, name);
    fs.mkdirSync(d, { recursive: true, mode: 0o755 });
    return d;
  };
  const conf = dir('conf');
  const out = dir('out');
  const filter = path.join(dir('filter'), 'meja-file-copies');
  fs.writeFileSync(filter, FILTER, { mode: 0o755 });
  fs.writeFileSync(path.join(root, 'meja.ppd'), ppd(filter));
  const socket = path.join(root, 'cups.sock');
  fs.writeFileSync(
    path.join(conf, 'cupsd.conf'),
    [
      `Listen ${socket}`,
      'LogLevel warn',
      'Browsing No',
      'WebInterface No',
      'DefaultAuthType None',
      '<Location />',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Policy default>',
      '  JobPrivateAccess all',
      '  JobPrivateValues none',
      '  SubscriptionPrivateAccess all',
      '  SubscriptionPrivateValues none',
      '  <Limit All>',
      '    Order allow,deny',
      '    Allow all',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(conf, 'cups-files.conf'),
    [
      `ServerRoot ${conf}`,
      `RequestRoot ${dir('spool')}`,
      `CacheDir ${dir('cache')}`,
      `StateDir ${dir('state')}`,
      `TempDir ${dir('tmp')}`,
      `ErrorLog ${path.join(dir('log'), 'error_log')}`,
      `AccessLog ${path.join(root, 'log', 'access_log')}`,
      `PageLog ${path.join(root, 'log', 'page_log')}`,
      'FileDevice Yes',
      '',
    ].join('\n'),
  );

  const env: NodeJS.ProcessEnv = { ...process.env, CUPS_SERVER: socket, LC_ALL: 'C', LANG: 'C' };
  const daemon: ChildProcess = spawn(cupsd, ['-f', '-c', path.join(conf, 'cupsd.conf'), '-s', path.join(conf, 'cups-files.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let daemonError = '';
  daemon.stderr?.on('data', (chunk: Buffer) => (daemonError += chunk.toString()));
  let exited = false;
  daemon.on('exit', () => (exited = true));

  const stop = async () => {
    if (!exited) {
      const gone = new Promise((resolve) => daemon.once('exit', resolve));
      daemon.kill('SIGTERM');
      await Promise.race([gone, sleep(5_000)]);
      if (!exited) daemon.kill('SIGKILL');
    }
    fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    for (let i = 0; ; i++) {
      if (exited) throw new Error(`cupsd stopped at start: ${daemonError || 'see ' + path.join(root, 'log', 'error_log')}`);
      const ready = await run(lpstat, ['-r'], { env }).then((r) => r.stdout, () => '');
      if (/scheduler is running/.test(ready)) break;
      if (i > 100) throw new Error('cupsd did not start within 10 s');
      await sleep(100);
    }
  } catch (err) {
    await stop();
    throw err;
  }

  const cups: PrivateCups = {
    server: socket,
    env,
    outputFile: (queue) => path.join(out, `${queue}.pdf`),
    async addQueue(queue, options = {}) {
      await run(lpadmin, ['-p', queue, '-E', '-v', `file:${cups.outputFile(queue)}`, '-P', path.join(root, 'meja.ppd'), '-D', options.description ?? queue], { env });
      if (options.isDefault) await run(lpadmin, ['-d', queue], { env });
    },
    async waitForJob(jobId, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { stdout } = await run(lpstat, ['-W', 'completed', '-o'], { env });
        if (stdout.split('\n').some((line) => line.startsWith(`${jobId} `))) return;
        if (Date.now() > deadline) throw new Error(`CUPS job ${jobId} did not complete within ${timeoutMs} ms`);
        await sleep(100);
      }
    },
    stop,
  };
  try {
    await cups.addQueue('MejaPDF', { description: 'Printer uji PDF', isDefault: true });
  } catch (err) {
    await stop();
    throw err;
  }
  return cups;
}

/** The text of what a queue last printed (pdftotext), or '' while nothing has arrived: for polling until a job lands. */
export function printedText(cups: PrivateCups, queue: string): string {
  const file = cups.outputFile(queue);
  return fs.existsSync(file) && fs.statSync(file).size > 0 ? pdfToText(fs.readFileSync(file)) : '';
}
