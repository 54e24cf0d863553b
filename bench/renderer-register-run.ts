import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'vite';
import type { Dispatch } from '../electron/backend/core/dispatcher';
import { startBrowserHost } from '../electron/host/browser-host';
import { measureRegisterRendering, type RegisterRenderingResult } from './renderer-register';

/**
 * Drives `measureRegisterRendering` for the complaint-register suite: builds the current
 * renderer, serves it with the browser host on a backend the suite opened, and measures
 * the register in Chromium.
 */

/**
 * Rows of the register the renderer scrolls through from top to bottom. Also a limit of the
 * browser: at 36 px a row, 1,000,000 rows would be 36 million px of scroll height, more
 * than Chromium lays out, so the scroll is measured on a register of this size.
 */
export const RENDERER_ROWS = 100_000;

export interface RendererFigures extends RegisterRenderingResult {
  /** Building the renderer with Vite, before anything was measured. */
  buildSeconds: number;
  chromiumVersion: string;
}

export interface RendererRunOptions {
  /** The backend of a database of RENDERER_ROWS complaints. */
  dispatch: Dispatch;
  /** A signed-in session on that backend (the register is behind the sign-in screen). */
  session: string;
  chromiumPath: string;
  /** bench/tmp: the renderer is built into its own folder there, never into dist/ that others use. */
  tmpDir: string;
  log(message: string): void;
}

const ROOT = path.resolve(import.meta.dirname, '..');

export async function measureRendererOn(options: RendererRunOptions): Promise<RendererFigures> {
  const rendererDir = path.join(options.tmpDir, 'renderer-dist');
  options.log(`  building the renderer into ${rendererDir}…`);
  const started = performance.now();
  // The project's own Vite config, with only the output moved: the figures are for today's source.
  await build({
    root: path.join(ROOT, 'renderer'),
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: rendererDir, emptyOutDir: true, sourcemap: false },
  });
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  // "Chromium 156.0.8078.79 built on Debian…": the version number is what a reader needs.
  const versionText = execFileSync(options.chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const chromiumVersion = /\d+(\.\d+)+/.exec(versionText)?.[0] ?? versionText.trim();

  const host = await startBrowserHost({ dispatch: options.dispatch, rendererDir });
  try {
    options.log(`  measuring the register in Chromium ${chromiumVersion} (first page, then scrolling every row)…`);
    const result = await measureRegisterRendering({ url: host.url, chromiumPath: options.chromiumPath, session: options.session });
    return { ...result, buildSeconds, chromiumVersion };
  } finally {
    await host.close();
  }
}
