import type { Column, Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { OfficeTimeZone } from '../../shared/office/time-zones';
import { HANDWRITTEN_NAME } from './official-form-blocks';
import { formatDate, formatDateTime, formatLongDate, formatLongDay } from '../../shared/time/indonesian-dates';

/**
 * Small pieces the one-page documents of the complaint register share (receipt,
 * consultation note): a label/value table as Indonesian forms write it ("Nama : …"),
 * a section heading, signature boxes, the place-and-date line, the "printed by" line.
 */

/** One line of a label/value table; an empty value prints as a dash so the row is not mistaken for a gap. */
export interface LabelValueRow {
  label: string;
  value: string | Content;
}

export interface LabelValueOptions {
  /** Width of the label column in points; the colon gets its own narrow column so values line up. */
  labelWidth: number;
  fontSize?: number;
  /** Vertical space between rows, in points. */
  rowGap?: number;
}

const COLON_WIDTH = 6;

function labelValueLayout(rowGap: number): CustomTableLayout {
  return {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: (i) => (i === 2 ? 2 : 0),
    paddingRight: () => 0,
    paddingTop: (i) => (i === 0 ? 0 : rowGap / 2),
    paddingBottom: () => rowGap / 2,
  };
}

/**
 * "Label : value" rows as a borderless table. A table rather than columns because a long
 * value must wrap under itself, not under the label, and a row must not split over two
 * pages (dontBreakRows).
 */
export function labelValueTable(rows: readonly LabelValueRow[], options: LabelValueOptions): Content {
  const rowGap = options.rowGap ?? 2;
  const body: TableCell[][] = rows.map((row) => {
    const value: TableCell =
      typeof row.value === 'string' ? { text: row.value.trim() === '' ? '–' : row.value } : row.value;
    return [{ text: row.label }, { text: ':' }, value];
  });
  return {
    table: { widths: [options.labelWidth, COLON_WIDTH, '*'], body, dontBreakRows: true },
    layout: labelValueLayout(rowGap),
    ...(options.fontSize ? { fontSize: options.fontSize } : {}),
  };
}

/** A bold heading over a thin rule across `width`, to open a section of a form. */
export function sectionHeading(text: string, width: number, fontSize = 10): Content {
  return {
    stack: [
      { text, bold: true, fontSize },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: '#777777' }], margin: [0, 1, 0, 0] },
    ],
    margin: [0, 5, 0, 2],
  };
}

export interface SignatureBoxOptions {
  /** Lines above the signature space: the place and date (officer only), then the role ending in a comma. */
  lines: readonly string[];
  /** The printed name under the signature; null leaves a dotted line to write it by hand. */
  name: string | null;
  /** Height of the blank space for the wet-ink signature, in points. */
  space: number;
  fontSize?: number;
}


/** Role, room for a wet-ink signature, and the name underlined, centred in its column. */
export function signatureBox(options: SignatureBoxOptions): Content {
  const nameLine: Content =
    options.name === null || options.name.trim() === ''
      ? { text: HANDWRITTEN_NAME, color: '#444444' }
      : { text: options.name, bold: true, decoration: 'underline' };
  return {
    stack: [...options.lines.map((line): Content => ({ text: line })), { text: '', margin: [0, options.space, 0, 0] }, nameLine],
    alignment: 'center',
    ...(options.fontSize ? { fontSize: options.fontSize } : {}),
  };
}

/**
 * Signature boxes side by side in equal columns, kept together on one page. With a single
 * box it goes to the right, where an Indonesian official document puts the signer.
 */
export function signatureRow(boxes: readonly Content[], margin: [number, number, number, number] = [0, 10, 0, 0]): Content {
  const column = (content: Content): Column => ({ stack: [content], width: '*' });
  const columns: Column[] = boxes.length === 1 ? [column(''), column(boxes[0] ?? '')] : boxes.map(column);
  return { columns, columnGap: 20, margin, unbreakable: true };
}

/** Prefixes of the regency/city segment of an Indonesian address, longest first. */
const PLACE_PREFIXES = ['Kota Administrasi ', 'Kabupaten Administrasi ', 'Kabupaten ', 'Kab. ', 'Kota '];

/**
 * The place written before the date of a signature ("Palu, 23 November 2026"), taken from
 * the office address: the segment that names the city or regency ("Kota Palu" → "Palu").
 * The office settings have no separate city field; '' when the address does not say.
 */
export function officePlace(address: string): string {
  const segments = address.split(',').map((s) => s.trim()).filter(Boolean);
  for (const segment of segments) {
    const prefix = PLACE_PREFIXES.find((p) => segment.toLowerCase().startsWith(p.toLowerCase()));
    // A postcode may follow the name in the same segment ("Kota Palu 94111").
    if (prefix) return segment.slice(prefix.length).replace(/\s+\d{5}$/, '').trim();
  }
  // Without "Kota"/"Kabupaten": "Jl. …, Palu, Sulawesi Tengah 94114" names the city in the
  // last plain segment before the province-and-postcode one; "Jl. …, Palu 94114" in the last.
  const plain = (segment: string) => !/\d/.test(segment) && !NOT_A_PLACE.test(segment);
  const last = segments.at(-1) ?? '';
  if (segments.length >= 3 && /\d{5}$/.test(last)) {
    const city = segments.slice(1, -1).filter(plain).at(-1);
    if (city) return city;
  }
  const withPostcode = /^([A-Za-z .'-]+?)\s+\d{5}$/.exec(last);
  return segments.length >= 2 && withPostcode?.[1] && plain(withPostcode[1]) ? withPostcode[1].trim() : '';
}

/** Address segments that are never the city: street, village, district, RT/RW. */
const NOT_A_PLACE = /^(jl\.?|jalan|kel\.?|kelurahan|kec\.?|kecamatan|desa|rt\b|rw\b|gg\.?|gang|komp\.?|kompleks|blok)/i;

/** "Palu, 23 November 2026", or only the date when the place is unknown. */
export function placeAndDate(address: string, at: Date | string, zone: OfficeTimeZone): string {
  const place = officePlace(address);
  const date = formatDate(at, zone);
  return place ? `${place}, ${date}` : date;
}

/**
 * A due date as a weekday and date: "Senin, 30 November 2026". Accepts an office calendar
 * day ("2026-11-30") or an instant, which is read in the office's zone.
 */
export function formatDueDate(due: string, zone: OfficeTimeZone): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatLongDay(due) : formatLongDate(due, zone);
}

/** "Dicetak dari Meja Aduan oleh Rina Kartika, Senin, 23 November 2026 pukul 16.05 WITA" */
export function printedByLine(printedBy: string, printedAt: Date, zone: OfficeTimeZone): string {
  return `Dicetak dari Meja Aduan oleh ${printedBy}, ${formatDateTime(printedAt, zone)}`;
}


const SCALED_PADDINGS = ['paddingLeft', 'paddingRight', 'paddingTop', 'paddingBottom'] as const;

function scaleValue(key: string, value: unknown, factor: number): unknown {
  if (typeof value === 'number' && (key === 'fontSize' || key === 'margin' || key === 'characterSpacing')) return value * factor;
  if (Array.isArray(value) && (key === 'fit' || key === 'widths' || key === 'margin')) {
    // Fixed widths scale; '*' and 'auto' are shares of what is there and stay as they are.
    return value.map((v: unknown) => (typeof v === 'number' ? v * factor : v));
  }
  if (key === 'layout' && value !== null && typeof value === 'object') {
    const layout: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const name of SCALED_PADDINGS) {
      const original = layout[name];
      if (typeof original === 'function') {
        layout[name] = (...args: unknown[]) => (original as (...a: unknown[]) => number)(...args) * factor;
      }
    }
    return layout;
  }
  // Canvas geometry is drawn to a given width (the letterhead's rule spans the column): kept.
  if (key === 'canvas') return value;
  return scaleTree(value, factor);
}

function scaleTree(node: unknown, factor: number): unknown {
  if (Array.isArray(node)) return node.map((child) => scaleTree(child, factor));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, scaleValue(key, value, factor)]));
}

/**
 * A copy of `content` with its type, images, fixed widths, margins and paddings
 * shrunk (or grown) by `factor`. For a half sheet (A5): the letterhead is built for A4/F4
 * with fixed sizes, and on A5, which is A4 scaled by 0.71, it should shrink with the page
 * instead of taking a fifth of it.
 */
export function scaleContent(content: Content, factor: number): Content {
  return scaleTree(content, factor) as Content;
}

/**
 * The text with its spaces made non-breaking, so a date ("30 November 2026") or a phone
 * number ("(0451) 421234") is never split over two lines.
 */
export function unbroken(text: string): string {
  return text.replace(/ /g, '\u00A0');
}

/** The first ~`limit` characters of a text on one line, cut at a word and ended with "…". */
export function shortenText(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit * 0.8 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * Level Q restores a quarter of the code: a printed code comes back folded, stamped or
 * scribbled on, and the scanner must still read it.
 */
const QR_ECC_LEVEL = 'Q';

/** How many bytes a QR code of each version 1–10 holds in byte mode at level Q (ISO/IEC 18004, table 7). */
const QR_BYTE_CAPACITY_Q = [11, 20, 32, 46, 60, 74, 86, 108, 130, 151];

/**
 * Modules along one side of the QR code pdfmake draws for `content` (its smallest version).
 * pdfmake sizes a module as floor(fit / modules) whole points, so the fit is given as an
 * exact multiple: a fit of 80 pt for 29 modules would come out as 2 pt modules, 58 pt.
 */
export function qrModuleCount(content: string): number {
  const bytes = new TextEncoder().encode(content).length;
  const version = QR_BYTE_CAPACITY_Q.findIndex((capacity) => bytes <= capacity) + 1;
  if (version === 0) throw new Error(`Isi kode QR terlalu panjang untuk tanda terima: ${content}`);
  return 17 + 4 * version;
}

/**
 * pdfmake's built-in QR node (vector squares, no image) with modules of exactly
 * `moduleSize` points, right-aligned in its cell; `side` is its width and height.
 */
export function qrBlock(content: string, moduleSize: number): { qr: Content; side: number } {
  const side = qrModuleCount(content) * moduleSize;
  // Byte mode always, as counted above: left to itself pdfmake could pick a denser mode,
  // a smaller version, and round the module up past the width reserved for it.
  return { qr: { qr: content, fit: side, eccLevel: QR_ECC_LEVEL, mode: 'octet', alignment: 'right' }, side };
}

// The pieces of official forms, decrees and letters live in their own file; re-exported
// here so every document keeps importing its blocks from one place.
export * from './official-form-blocks';
