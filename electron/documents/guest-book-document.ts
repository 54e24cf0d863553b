import type { Content, CustomTableLayout, TableCell, Style, TableCellProperties, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { GuestVisit } from '../../shared/guests/guest-visit';
import { VISIT_PURPOSE_LABELS } from '../../shared/guests/visit-purpose';
import type { PaperSize } from '../../shared/office/office-settings';
import type { OfficeTimeZone } from '../../shared/office/time-zones';
import {
  formatDateTime,
  formatDay,
  formatLongDay,
  formatTime,
  officeClock,
} from '../../shared/time/indonesian-dates';
import { FONT_SANS } from './fonts';
import { buildLetterhead, type LetterheadOffice } from './letterhead';
import { pageSetup } from './page-setup';
import { documentInfo, renderPdf } from './render-pdf';

export interface GuestBookInput {
  /** With the letterhead rule of the document settings (SettingsService.letterheadOffice). */
  office: LetterheadOffice;
  visits: GuestVisit[];
  /** Office calendar days 'YYYY-MM-DD', both included. */
  range: { from: string; to: string };
  paperSize: PaperSize;
  printedAt: Date;
  /** Display name of the user who prints. */
  printedBy: string;
}

export const EMPTY_DAY_MESSAGE = 'Tidak ada tamu pada tanggal ini.';
export const EMPTY_RANGE_MESSAGE = 'Tidak ada tamu pada rentang tanggal ini.';

// 12 columns on a landscape page: 8 pt (Arial metrics) is the smallest size that still reads
// comfortably on paper, with tight cell padding.
const TABLE_FONT_SIZE = 8;
const PAD_X = 3;
const PAD_Y = 2;
const RULE = 0.5;
/** Two header rows: "Jam (WIB)" spans Masuk and Keluar, so the zone is printed once. */
const HEADER_ROWS = 2;

const tableLayout: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => PAD_Y,
  paddingBottom: () => PAD_Y,
  // Header rows shaded so that the repeated header on later pages is easy to spot.
  fillColor: (rowIndex) => (rowIndex < HEADER_ROWS ? '#e6e6e6' : null),
};

type ColumnKey =
  | 'no' | 'day' | 'in' | 'out' | 'name' | 'nik' | 'phone'
  | 'address' | 'institution' | 'purpose' | 'host' | 'notes';

interface Column {
  key: ColumnKey;
  header: string;
  /** Points for columns whose content has a known length; otherwise a share of what is left. */
  width: { fixed: number } | { weight: number };
  alignment?: 'left' | 'center' | 'right';
}

// Fixed widths measured for 8 pt Liberation Sans: "120", "23/11/2026", "08.15" (and the bold
// "Keluar" header), 16 NIK digits, a 13-digit phone number.
const COLUMNS: Column[] = [
  { key: 'no', header: 'No', width: { fixed: 16 }, alignment: 'right' },
  { key: 'day', header: 'Tanggal', width: { fixed: 41 }, alignment: 'center' },
  { key: 'in', header: 'Masuk', width: { fixed: 27 }, alignment: 'center' },
  { key: 'out', header: 'Keluar', width: { fixed: 27 }, alignment: 'center' },
  { key: 'name', header: 'Nama', width: { weight: 1.15 } },
  { key: 'nik', header: 'NIK', width: { fixed: 73 } },
  { key: 'phone', header: 'Telepon', width: { fixed: 58 } },
  { key: 'address', header: 'Alamat', width: { weight: 1.4 } },
  { key: 'institution', header: 'Instansi', width: { weight: 1 } },
  // At least "Tanyakan progres" on one line, so the purpose labels take two lines, not three.
  { key: 'purpose', header: 'Keperluan', width: { weight: 1.15 } },
  { key: 'host', header: 'Yang Ditemui', width: { weight: 1 } },
  { key: 'notes', header: 'Catatan', width: { weight: 1.2 } },
];

/**
 * Column widths in points that fill exactly `contentWidth`. pdfmake adds each column's
 * padding and the vertical rules to the widths it is given, so those are taken off first;
 * computing every width ourselves (rather than '*') lets the free text columns get
 * different shares.
 */
function columnWidths(columns: Column[], contentWidth: number): number[] {
  const chrome = columns.length * 2 * PAD_X + (columns.length + 1) * RULE;
  let free = contentWidth - chrome;
  let weights = 0;
  for (const c of columns) {
    if ('fixed' in c.width) free -= c.width.fixed;
    else weights += c.width.weight;
  }
  // Floor to a hundredth so rounding can never push the table past the right margin.
  return columns.map((c) =>
    'fixed' in c.width ? c.width.fixed : Math.floor((free * c.width.weight * 100) / weights) / 100,
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "23/11/2026" in the office's zone; the long form would not fit the narrow column. */
function shortDate(instant: string, zone: OfficeTimeZone): string {
  const c = officeClock(instant, zone);
  return `${pad(c.day)}/${pad(c.month)}/${c.year}`;
}

function purposeText(visit: GuestVisit): string {
  if (visit.purpose === 'lainnya') return visit.purposeOther.trim() || VISIT_PURPOSE_LABELS.lainnya;
  return VISIT_PURPOSE_LABELS[visit.purpose];
}

/**
 * A header spanning both header rows is pushed down by half a row (one line, its padding and
 * the rule between the rows) to sit in the middle. pdfmake 0.3's `verticalAlignment:
 * 'middle'` puts a row-spanning cell at the bottom instead, so it is not used here.
 */
const LINE_HEIGHT = TABLE_FONT_SIZE * 1.15; // Liberation Sans: (ascent + descent + gap) / em ≈ 1.149
const SPANNING_HEADER_OFFSET = (LINE_HEIGHT + 2 * PAD_Y + RULE) / 2;

function headerRows(columns: Column[], zone: OfficeTimeZone): TableCell[][] {
  const cell = (text: string, extra: TableCellProperties & Pick<Style, 'margin'> = {}): TableCell => ({
    text,
    bold: true,
    alignment: 'center',
    ...extra,
  });
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  for (const c of columns) {
    if (c.key === 'in') {
      top.push(cell(`Jam (${zone})`, { colSpan: 2 }));
      bottom.push(cell(c.header));
    } else if (c.key === 'out') {
      top.push({});
      bottom.push(cell(c.header));
    } else {
      top.push(cell(c.header, { rowSpan: 2, margin: [0, SPANNING_HEADER_OFFSET, 0, 0] }));
      bottom.push({});
    }
  }
  return [top, bottom];
}

function visitRow(visit: GuestVisit, index: number, columns: Column[], zone: OfficeTimeZone): TableCell[] {
  const cancelled = visit.status === 'dibatalkan';
  const values: Record<ColumnKey, string> = {
    no: String(index + 1),
    day: shortDate(visit.timeIn, zone),
    in: formatTime(visit.timeIn, zone, false),
    out: visit.timeOut ? formatTime(visit.timeOut, zone, false) : '–',
    name: visit.name,
    nik: visit.nik,
    phone: visit.phone,
    address: visit.address,
    institution: visit.institution,
    purpose: purposeText(visit),
    host: visit.host,
    notes: visit.notes,
  };
  return columns.map((c): TableCell => {
    const alignment = c.alignment ?? 'left';
    if (!cancelled || c.key === 'no') return { text: values[c.key], alignment };
    // A cancelled visit stays on paper, as it stays in the database: its data struck
    // through, and the reason written plainly (not struck) where the notes go.
    if (c.key === 'notes') {
      const mark = visit.cancelReason?.trim() ? `DIBATALKAN: ${visit.cancelReason.trim()}` : 'DIBATALKAN';
      const stack: Content[] = [{ text: mark, bold: true }];
      if (values.notes) stack.push({ text: values.notes, decoration: 'lineThrough' });
      return { stack, alignment };
    }
    // The dash for "no departure time" is not data: striking it would only blot it.
    if (c.key === 'out' && !visit.timeOut) return { text: values.out, alignment };
    return { text: values[c.key], alignment, decoration: 'lineThrough' };
  });
}

/** "Senin, 23 November 2026", or "1 November 2026 s.d. 23 November 2026". */
export function guestBookPeriod(range: GuestBookInput['range']): string {
  return range.from === range.to ? formatLongDay(range.from) : `${formatDay(range.from)} s.d. ${formatDay(range.to)}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The guest book of one office day or a range of days, as a landscape pdfmake document. */
export function buildGuestBookDocument(input: GuestBookInput): TDocumentDefinitions {
  const { office, range } = input;
  if (!DAY.test(range.from) || !DAY.test(range.to) || range.from > range.to) {
    throw new Error(`Rentang tanggal buku tamu tidak valid: ${range.from} s.d. ${range.to}`);
  }
  const zone = office.timeZone;
  const setup = pageSetup(input.paperSize, 'landscape');
  const [marginLeft, marginTop, marginRight] = setup.pageMargins;
  const singleDay = range.from === range.to;
  const period = guestBookPeriod(range);
  // The day is in the title already; a date column only when the range spans several days.
  const columns = COLUMNS.filter((c) => c.key !== 'day' || !singleDay);

  const visits = [...input.visits].sort((a, b) => a.timeIn.localeCompare(b.timeIn) || a.id - b.id);
  const body: TableCell[][] = headerRows(columns, zone);
  if (visits.length === 0) {
    const message: TableCell = {
      text: singleDay ? EMPTY_DAY_MESSAGE : EMPTY_RANGE_MESSAGE,
      colSpan: columns.length,
      alignment: 'center',
      italics: true,
      margin: [0, 4, 0, 4],
    };
    body.push([message, ...columns.slice(1).map((): TableCell => ({}))]);
  } else {
    visits.forEach((visit, i) => body.push(visitRow(visit, i, columns, zone)));
  }

  const cancelledCount = visits.filter((v) => v.status === 'dibatalkan').length;
  const summary =
    visits.length === 0
      ? []
      : [
          {
            text: `Jumlah: ${visits.length} kunjungan${cancelledCount > 0 ? `, ${cancelledCount} di antaranya dibatalkan` : ''}.`,
            fontSize: 9,
            margin: [0, 6, 0, 0] as [number, number, number, number],
          },
        ];

  const printedLine = `Dicetak dari Meja Aduan oleh ${input.printedBy}, ${formatDateTime(input.printedAt, zone)}`;

  return {
    pageSize: setup.pageSize,
    pageOrientation: setup.pageOrientation,
    pageMargins: setup.pageMargins,
    info: documentInfo(`Buku Tamu ${period}`, office.nameLines, input.printedAt),
    defaultStyle: { font: FONT_SANS, fontSize: 10 },
    // Page 1 carries the letterhead; a loose later page still says what it belongs to.
    header: (currentPage) =>
      currentPage > 1
        ? {
            text: `BUKU TAMU · ${period}`,
            fontSize: 8,
            color: '#444444',
            margin: [marginLeft, marginTop - 22, marginRight, 0],
          }
        : null,
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: printedLine, width: '*' },
        { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
      columnGap: 12,
      fontSize: 8,
      margin: [marginLeft, 20, marginRight, 0],
    }),
    content: [
      buildLetterhead(office, setup.contentWidth),
      { text: 'BUKU TAMU', fontSize: 13, bold: true, alignment: 'center', characterSpacing: 1 },
      { text: period, fontSize: 10, alignment: 'center', margin: [0, 2, 0, 10] },
      {
        table: {
          headerRows: HEADER_ROWS,
          // Never leave the header alone at the bottom of a page, never split one visit over two pages.
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: columnWidths(columns, setup.contentWidth),
          body,
        },
        layout: tableLayout,
        fontSize: TABLE_FONT_SIZE,
      },
      ...summary,
    ],
  };
}

export async function renderGuestBookPdf(input: GuestBookInput): Promise<Buffer> {
  return renderPdf(buildGuestBookDocument(input));
}
