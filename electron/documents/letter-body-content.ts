import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import type { LetterBlock, LetterBodyDoc, LetterInline, LetterListItem, LetterParagraph, LetterTable } from '../../shared/letters/letter-body';
import { letterMarker } from './official-form-blocks';

/**
 * The letter body as the editor stored it (TipTap JSON) turned into pdfmake content:
 * justified paragraphs (no first-line indent, as the plain letter bodies print), bold,
 * italic and underlined runs, hard line breaks, numbered lists (1., 2.; nested a., b.; then
 * 1), 2)) and bulleted lists with hanging markers, and simple ruled tables whose header
 * cells are bold, with merged cells.
 */

/** Space after a paragraph, in points (as the plain bodies of letterBody use). */
const PARAGRAPH_GAP = 6;
/** Space between list items and between the paragraphs inside one item. */
const ITEM_GAP = 2;
/** Width of the hanging marker column: "10." in 11 pt still fits. */
const MARKER_WIDTH = 20;
/** A column whose cells are all this short ("No", "1.") takes only the width it needs. */
const NARROW_CELL_CHARS = 4;

/**
 * A number or word joined by "/" or "-" ("0012/ADU/XI/2026", "hal-hal") is one unbreakable
 * run: pdfmake may break a line after "/" or "-", and a justified line then spreads its
 * extra space into the middle of the number ("0012/ ADU/ XI/2026"). Long ones (a web
 * address) may still break, or they would run off the page.
 */
const JOINED_TOKEN = /(\S{1,40}[/-]\S{1,40})/;
const JOINED_TOKEN_WHOLE = /^\S{1,40}[/-]\S{1,40}$/;

function inlineRuns(content: readonly LetterInline[] | undefined): ContentText['text'] {
  const runs: ContentText[] = [];
  for (const node of content ?? []) {
    if (node.type === 'hardBreak') {
      runs.push({ text: '\n' });
      continue;
    }
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const style = {
      ...(marks.has('bold') ? { bold: true } : {}),
      ...(marks.has('italic') ? { italics: true } : {}),
      ...(marks.has('underline') ? { decoration: 'underline' as const } : {}),
    };
    for (const part of node.text.split(JOINED_TOKEN)) {
      if (part === '') continue;
      runs.push(JOINED_TOKEN_WHOLE.test(part) ? { text: part, noWrap: true, ...style } : { text: part, ...style });
    }
  }
  // An empty paragraph still takes a line, as it did in the editor.
  return runs.length > 0 ? runs : '\u00A0';
}

function paragraph(p: LetterParagraph, gap: number): Content {
  const align = p.attrs?.textAlign;
  return { text: inlineRuns(p.content), margin: [0, 0, 0, gap], ...(align ? { alignment: align } : {}) };
}

/** Marker of the n-th item (0-based) at a nesting depth: 1. → a. → 1) → a) → 1. … */
export function orderedMarker(index: number, depth: number): string {
  switch (depth % 4) {
    case 0:
      return `${index + 1}.`;
    case 1:
      return letterMarker(index);
    case 2:
      return `${index + 1})`;
    default:
      return `${letterMarker(index).slice(0, -1)})`;
  }
}

/** A bullet by depth: a round bullet, then a dash, as word processors alternate them. */
const bulletMarker = (depth: number) => (depth % 2 === 0 ? '•' : '–');

/**
 * One block per item rather than one table per list: the list can then break between any
 * two items, and only the last item of a closing list is tied to the signature.
 */
function listItems(items: readonly LetterListItem[], marker: (i: number) => string, depth: number): Content[] {
  return items.map((item, i) => ({
    columns: [
      { text: marker(i), width: MARKER_WIDTH, alignment: 'left' },
      { stack: blocks(item.content, depth + 1, ITEM_GAP), width: '*' },
    ],
    columnGap: 0,
    margin: [0, 0, 0, i === items.length - 1 ? PARAGRAPH_GAP - ITEM_GAP : 0],
  }));
}

const cellText = (cell: LetterTable['content'][number]['content'][number]) =>
  cell.content.map((p) => (p.content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('')).join(' ');

interface TablePlacement {
  /** Every column shares the width ('*'): the two parts of a split table then line up. */
  evenWidths?: boolean;
  margin?: [number, number, number, number];
  /** The row number of the table's first row within the table the editor holds (for rowspans, header). */
  firstRow?: number;
}

function table(t: LetterTable, placement: TablePlacement = {}): Content {
  // pdfmake wants a full grid: a cell covered by a colspan or by a rowspan from above is a
  // placeholder. `covered[r]` marks the columns of row r that a rowspan above already fills.
  const covered: boolean[][] = t.content.map(() => []);
  const body: TableCell[][] = [];
  const widthsByText: number[][] = [];
  t.content.forEach((row, r) => {
    const cells: TableCell[] = [];
    let c = 0;
    const skipCovered = () => {
      while (covered[r]?.[c]) {
        cells.push({ text: '' });
        c++;
      }
    };
    for (const cell of row.content) {
      skipCovered();
      const colSpan = cell.attrs?.colspan ?? 1;
      const rowSpan = Math.min(cell.attrs?.rowspan ?? 1, t.content.length - r);
      for (let dr = 1; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (covered[r + dr] ??= [])[c + dc] = true;
      cells.push({
        stack: cell.content.map((p) => paragraph(p, 0)),
        alignment: 'left',
        ...(colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
        ...(cell.type === 'tableHeader' ? { bold: true, fillColor: '#eeeeee' } : {}),
      });
      if (colSpan === 1) (widthsByText[c] ??= []).push(cellText(cell).length);
      for (let k = 1; k < colSpan; k++) cells.push({ text: '' });
      c += colSpan;
    }
    skipCovered();
    body.push(cells);
  });
  const columns = Math.max(...body.map((cells) => cells.length));
  for (const cells of body) while (cells.length < columns) cells.push({ text: '' });
  const widths = Array.from({ length: columns }, (_, c) => {
    const lengths = widthsByText[c] ?? [];
    return !placement.evenWidths && lengths.length > 0 && lengths.every((n) => n <= NARROW_CELL_CHARS) ? 'auto' : '*';
  });
  // A header row repeats on every page the table runs over, as a word processor does.
  const headerRows = (placement.firstRow ?? 0) === 0 && t.content[0]?.content.every((cell) => cell.type === 'tableHeader') ? 1 : 0;
  return {
    table: { widths, body, headerRows, dontBreakRows: true },
    layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize: 10,
    margin: placement.margin ?? [0, 2, 0, PARAGRAPH_GAP + 2],
  };
}

function blocks(content: readonly LetterBlock[], depth: number, gap = PARAGRAPH_GAP): Content[] {
  return content.flatMap((block): Content[] => {
    switch (block.type) {
      case 'paragraph':
        return [paragraph(block, gap)];
      case 'bulletList':
        return listItems(block.content, () => bulletMarker(depth), depth);
      case 'orderedList': {
        const start = block.attrs?.start ?? 1;
        return listItems(block.content, (i) => orderedMarker(start - 1 + i, depth), depth);
      }
      case 'table':
        return [table(block)];
    }
  });
}

/**
 * The whole body as top-level pdfmake blocks, a list item being a block of its own, so
 * that `keepLastWithSignature` ties only the closing paragraph (or item) to the signature.
 */
export function letterBodyContent(doc: LetterBodyDoc): Content[] {
  return blocks(doc.content, 0);
}

/** Longest tail of a final paragraph that travels with the signature: some four lines. */
const TAIL_CHARS = 300;

/** Where the last sentences (at most TAIL_CHARS) of a text begin; a word boundary when one sentence is longer. */
function tailStart(text: string): number {
  const ends = [...text.matchAll(/[.!?;:]\s+/g)].map((m) => (m.index ?? 0) + m[0].length);
  const sentence = ends.find((i) => text.length - i <= TAIL_CHARS && i > 0 && i < text.length);
  if (sentence !== undefined) return sentence;
  const space = text.indexOf(' ', Math.max(0, text.length - TAIL_CHARS));
  return space > 0 ? space + 1 : 0;
}

/** The paragraph split at character `at` of its text, runs and marks kept. */
function splitParagraph(p: LetterParagraph, at: number): [LetterParagraph, LetterParagraph] {
  const head: LetterInline[] = [];
  const tail: LetterInline[] = [];
  let offset = 0;
  for (const node of p.content ?? []) {
    const length = node.type === 'text' ? node.text.length : 0;
    if (node.type === 'text' && offset < at && offset + length > at) {
      head.push({ ...node, text: node.text.slice(0, at - offset) });
      tail.push({ ...node, text: node.text.slice(at - offset) });
    } else (offset < at ? head : tail).push(node);
    offset += length;
  }
  return [{ ...p, content: head }, { ...p, content: tail }];
}

/**
 * The body with its last block cut in two, for a letter whose last block is too tall to go
 * with the signature onto a new page (pdfmake cuts an unbreakable block taller than a
 * page): a long paragraph loses its last sentences to a block of their own, set on straight
 * after the first part; a long table its last row, as a second table of the same columns
 * drawn against the first. The last block returned is small enough to stay with the
 * signature. `detached` is false when the last block cannot be cut (one sentence, one row).
 */
export function letterBodyContentWithTail(doc: LetterBodyDoc): { blocks: Content[]; detached: boolean } {
  const last = doc.content.at(-1);
  const before = blocks(doc.content.slice(0, -1), 0);
  if (last?.type === 'paragraph') {
    const text = (last.content ?? []).map((n) => (n.type === 'text' ? n.text : '')).join('');
    const at = tailStart(text);
    if (at <= 0 || at >= text.length) return { blocks: letterBodyContent(doc), detached: false };
    const [head, tail] = splitParagraph(last, at);
    return { blocks: [...before, paragraph(head, 0), paragraph(tail, PARAGRAPH_GAP)], detached: true };
  }
  if (last?.type === 'table' && last.content.length >= 2) {
    const rows = last.content.length;
    const spansIntoLast = last.content.slice(0, -1).some((row, r) => row.content.some((cell) => r + (cell.attrs?.rowspan ?? 1) > rows - 1));
    if (!spansIntoLast) {
      const head = table({ ...last, content: last.content.slice(0, -1) }, { evenWidths: true, margin: [0, 2, 0, 0] });
      const tail = table({ ...last, content: last.content.slice(-1) }, { evenWidths: true, margin: [0, 0, 0, PARAGRAPH_GAP + 2], firstRow: rows - 1 });
      return { blocks: [...before, head, tail], detached: true };
    }
  }
  return { blocks: letterBodyContent(doc), detached: false };
}
