import type { LetterBlock, LetterParagraph } from '../../shared/letters/letter-body';
import type { LetterDocumentData } from './letter-document-data';
import { letterSignatureLines, LETTER_SIGNATURE_SPACE } from './letter-signature';

/**
 * Whether the closing of a letter (its last body block, the signature, the Tembusan and the
 * foot) fits on one page, estimated generously from the text lengths.
 *
 * The closing is one unbreakable stack so the signature never opens a page alone; but
 * pdfmake has no multi-page unbreakable blocks: a stack taller than a page is cut and the
 * rest is lost. A letter that ends in a very long paragraph or a long table therefore lets
 * its last block break, and only the signature and what follows it stay together. The
 * estimate errs on the tall side (wide characters, every line full), so a letter that is
 * kept together surely fits.
 */

/** Points per line of 11 pt text at line height 1.15 (with the font's own leading). */
const LINE_PT = 15;
const SMALL_LINE_PT = 13;
/** A character as wide as 0.6 em at 11 pt: wider than the average of Arial, Times or Bookman. */
const CHAR_PT = 6.6;

const textLength = (p: LetterParagraph) => (p.content ?? []).reduce((n, node) => n + (node.type === 'text' ? node.text.length : 0), 0);
const hardBreaks = (p: LetterParagraph) => (p.content ?? []).filter((node) => node.type === 'hardBreak').length;

function lines(chars: number, widthPt: number): number {
  return Math.max(1, Math.ceil((chars * CHAR_PT) / Math.max(widthPt, 40)));
}

/** Estimated height of one top-level body block (a list is measured by its last item: each item is a block of its own). */
export function estimateBlockHeight(block: LetterBlock, widthPt: number): number {
  switch (block.type) {
    case 'paragraph':
      return (lines(textLength(block), widthPt) + hardBreaks(block)) * LINE_PT + 6;
    case 'bulletList':
    case 'orderedList': {
      const last = block.content.at(-1);
      return last ? last.content.reduce((h, b) => h + estimateBlockHeight(b, widthPt - 20), 0) : 0;
    }
    case 'table': {
      const columns = Math.max(1, ...block.content.map((row) => row.content.length));
      const cellWidth = widthPt / columns;
      return block.content.reduce((h, row) => h + Math.max(...row.content.map((cell) => cell.content.reduce((n, p) => n + lines(textLength(p), cellWidth - 8), 0))) * SMALL_LINE_PT + 5, 10);
    }
  }
}

/** Estimated height of the signature block, the Tembusan and the foot under it. */
export function estimateClosingHeight(data: LetterDocumentData, widthPt: number): number {
  const signatureLines = letterSignatureLines(data.signer).reduce((n, line) => n + lines(line.length, widthPt / 2), 0) + 3;
  const signature = 16 + signatureLines * LINE_PT + LETTER_SIGNATURE_SPACE;
  const copies = data.kind === 'surat-jawaban' && data.copiesTo.length > 0 ? 14 + (data.copiesTo.length + 1) * SMALL_LINE_PT * 1.5 : 0;
  const qr = data.verification ? 70 : 0;
  const parafs = data.parafs.length > 0 ? 16 + data.parafs.length * 22 : 0;
  return signature + copies + (qr || parafs ? 14 + Math.max(qr, parafs) : 0);
}

/** True when the last body block can go with the signature without the closing outgrowing a page. */
export function closingFitsOnePage(data: LetterDocumentData, widthPt: number, heightPt: number): boolean {
  const last = data.body.content.at(-1);
  const lastHeight = last ? estimateBlockHeight(last, widthPt) : 0;
  return lastHeight + estimateClosingHeight(data, widthPt) <= heightPt - 24;
}
