import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';

/**
 * The fonts every document is set in. We ship them (resources/fonts) instead of using the
 * PC's Arial/Times New Roman so a document lays out the same on every computer:
 * Liberation Sans has Arial's metrics, Liberation Serif those of Times New Roman, TeX Gyre
 * Bonum those of Bookman Old Style (DOMAIN.md: the three faces Indonesian offices write in).
 */
export const FONT_SANS = 'Liberation Sans';
export const FONT_SERIF = 'Liberation Serif';
/** TeX Gyre Bonum: the metrics of Bookman Old Style (URW Bookman), under the GUST Font License. */
export const FONT_BOOKMAN = 'TeX Gyre Bonum';

/** Set to the resources folder to override the lookup (tests, unusual installs). */
export const RESOURCES_DIR_ENV = 'MEJA_ADUAN_RESOURCES';

/** A file that only a complete resources folder has; finding it identifies the folder. */
const MARKER = path.join('fonts', 'LiberationSans-Regular.ttf');

const isResourcesDir = (dir: string) => existsSync(path.join(dir, MARKER));

/** Looks for `<dir>/resources` in `start` and each of its parents. */
function findUpwards(start: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (isResourcesDir(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Where the shipped resources live:
 * 1. `MEJA_ADUAN_RESOURCES`, when set (an explicit setting that is wrong is an error, not
 *    something to silently work around);
 * 2. packaged: electron-builder copies `resources/` to `process.resourcesPath/resources`;
 * 3. development: the repo's `resources/`, found upwards from the working directory or from
 *    this file. `__dirname` exists in the esbuild CommonJS bundle (dist/electron) but not
 *    necessarily when vitest/tsx run the source as ESM, hence the guard; we deliberately do
 *    not use `import.meta.url`, which the CommonJS bundle does not have.
 */
export function resolveResourcesDir(): string {
  const fromEnv = process.env[RESOURCES_DIR_ENV];
  if (fromEnv) {
    if (isResourcesDir(fromEnv)) return path.resolve(fromEnv);
    throw new Error(`Folder sumber daya dari ${RESOURCES_DIR_ENV} tidak berisi ${MARKER}: ${fromEnv}`);
  }

  // Only Electron defines resourcesPath; plain Node (tests) leaves it undefined.
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) {
    const packaged = path.join(resourcesPath, 'resources');
    if (isResourcesDir(packaged)) return packaged;
  }

  const starts = [process.cwd()];
  if (typeof __dirname !== 'undefined') starts.push(__dirname);
  for (const start of starts) {
    const found = findUpwards(start);
    if (found) return found;
  }
  throw new Error(`Folder sumber daya (berisi ${MARKER}) tidak ditemukan.`);
}

export function resolveFontsDir(resourcesDir: string = resolveResourcesDir()): string {
  return path.join(resourcesDir, 'fonts');
}

/**
 * pdfmake font descriptors. A fresh object on every call: pdfmake rewrites the descriptor
 * entries in place while resolving them, so a shared object must not be handed to it.
 */
export function documentFonts(fontsDir: string = resolveFontsDir()): TFontDictionary {
  const family = (base: string) => ({
    normal: path.join(fontsDir, `${base}-Regular.ttf`),
    bold: path.join(fontsDir, `${base}-Bold.ttf`),
    italics: path.join(fontsDir, `${base}-Italic.ttf`),
    bolditalics: path.join(fontsDir, `${base}-BoldItalic.ttf`),
  });
  // The GUST licence asks that the files keep their names unless modified: shipped as they come.
  const bonum = (style: string) => path.join(fontsDir, `texgyrebonum-${style}.otf`);
  return {
    [FONT_SANS]: family('LiberationSans'),
    [FONT_SERIF]: family('LiberationSerif'),
    [FONT_BOOKMAN]: { normal: bonum('regular'), bold: bonum('bold'), italics: bonum('italic'), bolditalics: bonum('bolditalic') },
  };
}
