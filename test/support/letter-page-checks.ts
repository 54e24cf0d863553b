import { expect } from 'vitest';
import { pdfPageSizes, pdfPagesText, pdfToText } from './pdf-tools';

/**
 * The page checks every official letter (nota dinas, surat dinas) must pass once its body runs
 * to a second page, kept in one place so the letter kinds are held to the same rule: Tata
 * Naskah Dinas numbers the pages after the first ("- 2 -" on top) and prints the letterhead
 * on page 1 only.
 */

/** The papers a letter is printed on, in PDF points: A4 and F4 (folio, 215 × 330 mm). */
export const LETTER_PAPERS = [
  ['A4', 595.28, 841.89],
  ['F4', 609.45, 935.43],
] as const;

/** White space folded to single spaces, so a wrapped sentence reads whole. */
export const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text of each page in the order the PDF draws it, folded. */
export const rawPages = (pdf: Buffer): string[] =>
  pdfToText(pdf, 'raw')
    .split('\f')
    .filter((p) => p.trim() !== '')
    .map(fold);

/**
 * Checks that `pdf` is two pages of the given paper, that page 1 carries no page number, that
 * page 2 opens with "- 2 -" and shows none of `notOnPage2` (the letterhead lines, the title),
 * and returns page 2's folded text for the letter's own checks (where the signature fell).
 */
export function expectSecondPageWithoutLetterhead(
  pdf: Buffer,
  paper: { width: number; height: number },
  notOnPage2: readonly string[],
): string {
  const { pages, sizes } = pdfPageSizes(pdf);
  expect(pages).toBe(2);
  for (const size of sizes) {
    expect(Math.abs(size.width - paper.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - paper.height)).toBeLessThanOrEqual(1);
  }
  const layout = pdfPagesText(pdf);
  expect(layout[0]).not.toMatch(/- 1 -/);
  const firstLine = layout[1]!.split('\n').find((l) => l.trim() !== '') ?? '';
  expect(firstLine.replace(/\s/g, '')).toBe('-2-');
  for (const text of notOnPage2) expect(layout[1], `"${text}" on page 2`).not.toContain(text);
  return rawPages(pdf)[1]!;
}
