import type { Content, TableCell } from 'pdfmake/interfaces';

/**
 * Pieces of official forms, decrees and letters (lembar disposisi, SK Tim, nota dinas, surat
 * dinas): tick boxes, dotted lines, numbered lists, the official's signature, letter bodies.
 */

/** A dotted line long enough for a handwritten name in parentheses. */
export const HANDWRITTEN_NAME = '(..........................................)';

/**
 * A square tick box as a one-cell ruled table; a ticked box holds a bold "X", which is how
 * a clerk ticks a paper form and what a text extract (pdftotext, a screen reader) reads.
 */
export function tickBox(checked: boolean, size = 8): Content {
  return {
    table: {
      widths: [size],
      heights: [size],
      // An empty box holds a non-breaking space, so that both boxes get the same line metrics.
      body: [[{ text: checked ? 'X' : '\u00A0', bold: true, fontSize: size * 0.95, lineHeight: 0.88, alignment: 'center' }]],
    },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
}

/** A tick box with its label beside it; the label wraps under itself, not under the box. */
export function tickBoxLine(checked: boolean, label: string | Content, options: { size?: number; gap?: number } = {}): Content {
  const size = options.size ?? 8;
  return {
    columns: [
      { stack: [tickBox(checked, size)], width: size + 1.2, margin: [0, 0.5, 0, 0] },
      typeof label === 'string' ? { text: label, width: '*' } : { stack: [label], width: '*' },
    ],
    columnGap: options.gap ?? 4,
  };
}

/** A dotted line across `width` to write on by hand; `drop` puts it that far below the line above. */
export function dottedLine(width: number, drop = 12): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: drop, x2: width, y2: drop, lineWidth: 0.5, dash: { length: 1, space: 2 }, lineColor: '#555555' }],
  };
}

export interface NumberedListOptions {
  /** "1." by default; decrees letter their considerations ("a.") and number their legal bases. */
  marker?: (index: number) => string;
  markerWidth: number;
  rowGap?: number;
}

/** Items with a hanging marker ("1.", "a."), as a borderless table so a long item wraps under its text. */
export function numberedList(items: readonly (string | Content)[], options: NumberedListOptions): Content {
  const marker = options.marker ?? ((i: number) => `${i + 1}.`);
  const rowGap = options.rowGap ?? 1;
  return {
    table: {
      widths: [options.markerWidth, '*'],
      body: items.map((item, i): TableCell[] => [{ text: marker(i) }, typeof item === 'string' ? { text: item } : item]),
      dontBreakRows: true,
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: (i) => (i === 0 ? 0 : rowGap / 2),
      paddingBottom: () => rowGap / 2,
    },
  };
}

/** "a", "b", … "z", "aa": the letters of a decree's considerations. */
export const letterMarker = (index: number) => `${index < 26 ? '' : 'a'}${String.fromCharCode(97 + (index % 26))}.`;

export interface OfficialSignatureOptions {
  /** Lines above the jabatan: "Ditetapkan di …", "a.n. …". */
  lines?: readonly Content[];
  /** The position signing, as printed, ending with a comma ("KEPALA KANTOR …,"). */
  position: string;
  /** The signer; null leaves a dotted line to write the name by hand. */
  name: string | null;
  rank?: string;
  /** NIP, printed as "NIP 19…"; left out when empty. */
  nip?: string;
  /** Height of the blank space for the wet-ink signature and stamp, in points. */
  space: number;
}

/**
 * The signature block of an official document: lines above, the jabatan, room to sign,
 * the name in bold, then pangkat and NIP. Left-aligned inside its column, as the tata naskah
 * dinas examples set it, and unbreakable so it is never torn over two pages.
 */
export function officialSignatureBlock(options: OfficialSignatureOptions): Content {
  const name: Content =
    options.name === null || options.name.trim() === '' ? { text: HANDWRITTEN_NAME, color: '#444444' } : { text: options.name, bold: true };
  return {
    stack: [
      ...(options.lines ?? []),
      { text: options.position },
      { text: '', margin: [0, options.space, 0, 0] },
      name,
      ...(options.rank ? [{ text: options.rank }] : []),
      ...(options.nip ? [{ text: `NIP ${options.nip}` }] : []),
    ],
    unbreakable: true,
  };
}

// ---------------------------------------------------------------------------------------
// The body of a letter (nota dinas, surat dinas).

/** A paragraph of running text, or a numbered list ("1.", "2.") under the paragraph before it. */
export type LetterBodyBlock = string | { numbered: readonly string[] };

/** Space after a paragraph of a letter body, in points. */
const LETTER_PARAGRAPH_GAP = 6;

/** The body as pdfmake blocks: justified paragraphs, lists with a hanging marker. */
export function letterBody(blocks: readonly LetterBodyBlock[]): Content[] {
  return blocks.map((block): Content =>
    typeof block === 'string'
      ? { text: block.trim(), margin: [0, 0, 0, LETTER_PARAGRAPH_GAP] }
      : { stack: [numberedList(block.numbered.map((item) => item.trim()), { markerWidth: 18, rowGap: 2 })], margin: [0, 0, 0, LETTER_PARAGRAPH_GAP] },
  );
}

/**
 * The blocks with the last one tied to the signature in one unbreakable stack, so that a
 * signature block never opens a page alone: if it does not fit, the last paragraph moves
 * with it. `after` (a letter's Tembusan, verification QR, paraf table) joins the stack, so
 * nothing under the signature ends up on a page of its own either.
 */
export function keepLastWithSignature(blocks: readonly Content[], signature: Content, after: readonly Content[] = []): Content[] {
  const last = blocks.at(-1);
  const closing = [...(last === undefined ? [] : [last]), signature, ...after];
  return [...blocks.slice(0, -1), { stack: closing, unbreakable: true }];
}
