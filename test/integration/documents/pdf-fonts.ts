import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One row of `pdffonts`: the embedded font's name without its subset prefix, its type, and whether it is embedded. */
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts a PDF uses, from poppler's `pdffonts` (what a printer would load). */
export function pdfFonts(pdf: Buffer): PdfFont[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-aduan-fonts-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    return out
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        // "BZZZZZ+LiberationSans-Bold   CID TrueType   Identity-H   yes yes yes   12  0"
        const cols = line.trim().split(/\s{2,}|\s+(?=yes|no)/);
        const name = (cols[0] ?? '').replace(/^[A-Z]{6}\+/, '');
        const flags = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
        return { name, type: (cols[1] ?? '').trim(), embedded: flags?.[1] === 'yes' };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
