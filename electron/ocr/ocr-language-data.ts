import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the Indonesian OCR data (`ind.traineddata.gz`, LSTM "best_int" model from the
 * `@tesseract.js-data/ind` package) is on this computer. It ships with the app, so OCR
 * never downloads anything: without an explicit local `langPath` tesseract.js would fetch
 * the model from a CDN at first use, which an offline office PC cannot do.
 */
export const OCR_LANGUAGE = 'ind';
export const OCR_DATA_FILE = `${OCR_LANGUAGE}.traineddata.gz`;

/** Set to a folder holding `ind.traineddata.gz` to override the lookup (tests, unusual installs). */
export const OCR_DATA_DIR_ENV = 'MEJA_ADUAN_OCR_DATA';

/** The package folder with the LSTM-only model (smaller and faster than the legacy+LSTM one in 4.0.0/). */
const PACKAGE_DIR = path.join('node_modules', '@tesseract.js-data', 'ind', '4.0.0_best_int');

const hasData = (dir: string) => existsSync(path.join(dir, OCR_DATA_FILE));

function findUpwards(start: string, relative: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, relative);
    if (hasData(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The folder holding `ind.traineddata.gz`:
 * 1. `MEJA_ADUAN_OCR_DATA`, when set (a wrong explicit setting is an error, not worked around);
 * 2. packaged: electron-builder copies the model to `process.resourcesPath/resources/ocr`
 *    (extraResources in electron-builder.yml), next to the fonts (see documents/fonts.ts);
 * 3. development and tests: the package in node_modules, found upwards from the working
 *    directory or this file (`__dirname` exists in the CommonJS bundle only).
 */
export function resolveOcrDataDir(): string {
  const fromEnv = process.env[OCR_DATA_DIR_ENV];
  if (fromEnv) {
    if (hasData(fromEnv)) return path.resolve(fromEnv);
    throw new Error(`Folder data OCR dari ${OCR_DATA_DIR_ENV} tidak berisi ${OCR_DATA_FILE}: ${fromEnv}`);
  }
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) {
    const packaged = path.join(resourcesPath, 'resources', 'ocr');
    if (hasData(packaged)) return packaged;
  }
  const starts = [process.cwd()];
  if (typeof __dirname !== 'undefined') starts.push(__dirname);
  for (const start of starts) {
    const found = findUpwards(start, path.join('resources', 'ocr')) ?? findUpwards(start, PACKAGE_DIR);
    if (found) return found;
  }
  throw new Error(`Data OCR bahasa Indonesia (${OCR_DATA_FILE}) tidak ditemukan; pasang ulang aplikasi.`);
}
