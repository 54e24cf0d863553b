import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Parse each shipped font once per process instead of once per PDF.
 *
 * PDFKit (under pdfmake) calls `fontkit.create(buffer)` for every font of every document,
 * and parsing the tables of a 400 KB TrueType file (metrics, cmap, kerning) is most of the
 * time a letter takes: ≈ 40 ms per face, four faces in a typical letter. fontkit's parsed
 * font is read-only after parsing apart from its own glyph caches, and every PDF makes its
 * own subset of it, so one parsed font can serve every document.
 *
 * fontkit's exports are read-only getters, so `create` cannot be patched on the module;
 * instead the module's entry in Node's require cache gets an exports object with a
 * memoising `create`, before PDFKit first requires it. `installFontParseCache()` must
 * therefore run before pdfmake is loaded (render-pdf.ts imports this module first); pdfmake
 * stays a runtime dependency outside the bundle (scripts/build.mjs), so it and PDFKit load
 * through Node's require and see the cached entry. If PDFKit was loaded earlier, nothing
 * changes: documents are the same, only slower.
 */

type FontkitModule = { create(buffer: Uint8Array, postscriptName?: string): unknown };

let installed = false;
const parsed = new WeakMap<Uint8Array, Map<string, unknown>>();

/** The font files as Buffers, read once: the same Buffer object is the cache key of its parsed font. */
const fileBuffers = new Map<string, Buffer>();

export function fontFileBuffer(file: string): Buffer {
  let buffer = fileBuffers.get(file);
  if (!buffer) {
    buffer = readFileSync(file);
    fileBuffers.set(file, buffer);
  }
  return buffer;
}

function requireFrom(): NodeJS.Require {
  // `__filename` exists in the CommonJS bundle; under vitest/tsx (ESM) the working directory is the repo.
  const base = typeof __filename !== 'undefined' ? __filename : path.join(process.cwd(), 'package.json');
  return createRequire(base);
}

export function installFontParseCache(): boolean {
  if (installed) return true;
  try {
    const fromApp = requireFrom();
    const fromPdfmake = createRequire(fromApp.resolve('pdfmake'));
    const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
    const pdfkitFile = fromPdfmake.resolve('pdfkit');
    const fontkitFile = fromPdfkit.resolve('fontkit');
    // Too late once PDFKit holds its own reference to fontkit.
    if (fromPdfkit.cache[pdfkitFile]) return false;
    const fontkit = fromPdfkit('fontkit') as FontkitModule;
    const entry = fromPdfkit.cache[fontkitFile];
    if (!entry) return false;
    const create = (buffer: Uint8Array, postscriptName?: string): unknown => {
      let byName = parsed.get(buffer);
      if (!byName) parsed.set(buffer, (byName = new Map()));
      const key = postscriptName ?? '';
      if (!byName.has(key)) byName.set(key, fontkit.create(buffer, postscriptName));
      return byName.get(key);
    };
    entry.exports = { ...(fontkit as object), create };
    installed = true;
    return true;
  } catch {
    // A packaging layout where the modules cannot be resolved this way: documents still render.
    return false;
  }
}

installFontParseCache();
