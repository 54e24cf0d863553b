import type { CanvasElement, Column, Content, CustomTableLayout, TableCell, TableCellProperties, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OfficeSettings, PaperSize } from '../../shared/office/office-settings';
import type { SopDefinition, SopStep } from '../../shared/sop/sop-definition';
import { describeDecision, formatStandardTime } from '../../shared/sop/sop-diff';
import { labelValueTable, printedByLine } from './document-blocks';
import { FONT_SANS } from './fonts';
import { pageSetup } from './page-setup';
import { documentInfo, renderPdf } from './render-pdf';

/** Where one complaint stands: its rows are shaded, so the same chart shows its progress. */
export interface SopChartHighlight {
  doneStepNos: readonly number[];
  currentStepNos: readonly number[];
}

export interface SopChartInput {
  office: OfficeSettings;
  definition: SopDefinition;
  /** The stored version number, printed in the header: two printouts can be told apart. */
  version: number;
  paperSize: PaperSize;
  highlight?: SopChartHighlight;
  printedAt: Date;
  printedBy: string;
}

const FONT_SIZE = 7.5;
const PAD_X = 3;
const PAD_Y = 2.5;
const RULE = 0.5;
const HEADER_ROWS = 2;
export const DONE_FILL = '#dcebdc';
export const CURRENT_FILL = '#ffe79a';
const HEADER_FILL = '#e6e6e6';
const SYMBOL_FILL = '#e4e4e4';
const SYMBOL_LINE = '#222222';
const SYMBOL_H = 12;

type SymbolKind = 'terminal' | 'activity' | 'decision' | 'participant';

/**
 * The flowchart symbol of a row in an actor's lane, drawn to the lane's width: a rounded
 * box where the procedure starts or ends, a box for an activity, a diamond for a decision,
 * and a dashed box for an actor who takes part without acting (the receiver of a draft).
 */
function laneSymbol(kind: SymbolKind, laneWidth: number): Content {
  const w = Math.min(laneWidth - 6, 34);
  const x = (laneWidth - w) / 2;
  const shapes: CanvasElement[] =
    kind === 'decision'
      ? [{
          type: 'polyline', closePath: true, lineWidth: 0.8, color: SYMBOL_FILL, lineColor: SYMBOL_LINE,
          points: [{ x: laneWidth / 2, y: 0 }, { x: x + w, y: SYMBOL_H / 2 + 1 }, { x: laneWidth / 2, y: SYMBOL_H + 2 }, { x, y: SYMBOL_H / 2 + 1 }],
        }]
      : [{
          type: 'rect', x, y: 1, w, h: SYMBOL_H, lineWidth: kind === 'participant' ? 0.6 : 0.8,
          r: kind === 'terminal' ? SYMBOL_H / 2 : 0,
          ...(kind === 'participant' ? { dash: { length: 2, space: 1.5 }, lineColor: '#555555' } : { color: SYMBOL_FILL, lineColor: SYMBOL_LINE }),
        }];
  return { canvas: shapes, margin: [-PAD_X, 1, -PAD_X, 1] };
}

/** Keterangan: the seed's note, then where the row leads when that is not simply the next row. */
function noteCell(step: SopStep, nextRowNo: number | undefined, current: boolean): TableCell {
  const lines: Content[] = [];
  if (current) lines.push({ text: 'Posisi sekarang', bold: true });
  if (step.note) lines.push({ text: step.note });
  if (step.decision) {
    lines.push({ text: step.decision.question, italics: true }, { text: describeDecision(step) });
  } else if (step.next === null) {
    lines.push({ text: 'Selesai', italics: true });
  } else if (step.next !== nextRowNo) {
    lines.push({ text: `Lanjut ke ${step.next}` });
  }
  return { stack: lines };
}

function symbolKind(step: SopStep, index: number): SymbolKind {
  if (step.decision) return 'decision';
  return index === 0 || step.next === null ? 'terminal' : 'activity';
}

/**
 * Column widths that fill `contentWidth` exactly: No and Waktu fixed, the lanes equal and
 * as wide as the page allows (a lane's heading wraps, it need not fit on one line), the
 * text columns sharing what is left with Kegiatan getting the most.
 */
function columnWidths(actorCount: number, contentWidth: number): number[] {
  const columns = actorCount + 6;
  const free = contentWidth - columns * 2 * PAD_X - (columns + 1) * RULE - 16 - 40;
  const lane = Math.floor(Math.min(54, Math.max(36, (free * 0.36) / actorCount)) * 100) / 100;
  const rest = free - lane * actorCount;
  const share = (weight: number) => Math.floor((rest * weight * 100) / 5.3) / 100;
  return [16, share(2.2), ...Array<number>(actorCount).fill(lane), share(0.9), 40, share(0.9), share(1.3)];
}

function headerRows(sop: SopDefinition): TableCell[][] {
  const head = (text: string, extra: TableCellProperties & { fontSize?: number } = {}): TableCell => ({ text, bold: true, alignment: 'center', ...extra });
  const n = sop.actors.length;
  const top: TableCell[] = [
    head('No', { rowSpan: 2 }),
    head('Kegiatan', { rowSpan: 2 }),
    head('Pelaksana', { colSpan: n }),
    ...Array.from({ length: n - 1 }, (): TableCell => ({})),
    head('Mutu Baku', { colSpan: 3 }),
    {}, {},
    head('Keterangan', { rowSpan: 2 }),
  ];
  const bottom: TableCell[] = [
    {}, {},
    // "Sekretariat/Bidang/UPT" may break after a slash rather than inside a word of a narrow lane.
    ...sop.actors.map((a) => head(a.label.replace(/\/(?=\S)/g, '/ '), { fontSize: FONT_SIZE - 0.5 })),
    head('Kelengkapan'), head('Waktu'), head('Output'),
    {},
  ];
  return [top, bottom];
}

function stepRow(sop: SopDefinition, index: number, laneWidth: number, current: boolean): TableCell[] {
  const step = sop.steps[index]!;
  const lanes = sop.actors.map((actor): TableCell => {
    const at = step.actors.indexOf(actor.key);
    if (at < 0) return { text: '' };
    return { stack: [laneSymbol(at === 0 ? symbolKind(step, index) : 'participant', laneWidth)] };
  });
  return [
    { text: String(step.no), alignment: 'center' },
    { text: step.activity },
    ...lanes,
    { text: step.inputs },
    { text: formatStandardTime(step.standardTime), alignment: 'center' },
    { text: step.output },
    noteCell(step, sop.steps[index + 1]?.no, current),
  ];
}

function headerBlock(sop: SopDefinition, version: number): Content {
  const agency: Content = {
    stack: sop.agencyLines.map((line, i): Content => ({
      text: line.toLocaleUpperCase('id-ID'), bold: true, fontSize: i === 0 ? 10 : 9,
    })),
    alignment: 'center',
  };
  const facts = labelValueTable(
    [
      { label: 'Nomor SOP', value: sop.sopNumber },
      { label: 'Tanggal Efektif', value: sop.effectiveDate },
      { label: 'Disahkan oleh', value: sop.approvedBy },
      { label: 'Nama SOP', value: { text: sop.title, bold: true } },
      { label: 'Versi', value: `${version} (Meja Aduan)` },
    ],
    { labelWidth: 70, fontSize: 8.5, rowGap: 2 },
  );
  return {
    table: { widths: ['40%', '*'], body: [[{ stack: [agency], margin: [4, 6, 4, 6] }, { stack: [facts], margin: [4, 4, 4, 4] }]] },
    layout: { hLineWidth: () => RULE, vLineWidth: () => RULE, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
    margin: [0, 0, 0, 8],
  };
}

/** A small legend under the table, only when a complaint's progress is shown. */
function legend(): Content {
  const swatch = (color: string): Column => ({ canvas: [{ type: 'rect', x: 0, y: 1, w: 14, h: 7, color, lineWidth: 0.5 }], width: 16 });
  return {
    columns: [
      swatch(DONE_FILL), { text: 'Sudah dilalui', width: 'auto' },
      swatch(CURRENT_FILL), { text: 'Posisi sekarang', width: 'auto' },
    ],
    columnGap: 4,
    fontSize: 8,
    margin: [0, 6, 0, 0],
  };
}

/** The SOP as the seeds print it: header block, then the swimlane table across landscape pages. */
export function buildSopChartDocument(input: SopChartInput): TDocumentDefinitions {
  const sop = input.definition;
  const zone = input.office.timeZone;
  const setup = pageSetup(input.paperSize, 'landscape');
  const [marginLeft, marginTop, marginRight] = setup.pageMargins;
  const widths = columnWidths(sop.actors.length, setup.contentWidth);
  const laneWidth = widths[2]!;
  const done = new Set(input.highlight?.doneStepNos ?? []);
  const current = new Set(input.highlight?.currentStepNos ?? []);

  const body: TableCell[][] = [...headerRows(sop), ...sop.steps.map((s, i) => stepRow(sop, i, laneWidth, current.has(s.no)))];
  const layout: CustomTableLayout = {
    hLineWidth: () => RULE,
    vLineWidth: () => RULE,
    paddingLeft: () => PAD_X,
    paddingRight: () => PAD_X,
    paddingTop: () => PAD_Y,
    paddingBottom: () => PAD_Y,
    fillColor: (row) => {
      if (row < HEADER_ROWS) return HEADER_FILL;
      const no = sop.steps[row - HEADER_ROWS]?.no ?? -1;
      return current.has(no) ? CURRENT_FILL : done.has(no) ? DONE_FILL : null;
    },
  };
  const printedLine = printedByLine(input.printedBy, input.printedAt, zone);

  return {
    pageSize: setup.pageSize,
    pageOrientation: setup.pageOrientation,
    pageMargins: setup.pageMargins,
    info: documentInfo(`SOP ${sop.title}`, input.office.nameLines, input.printedAt),
    defaultStyle: { font: FONT_SANS, fontSize: 9 },
    header: (page) =>
      page > 1
        ? { text: `SOP · ${sop.title} · versi ${input.version}`, fontSize: 8, color: '#444444', margin: [marginLeft, marginTop - 22, marginRight, 0] }
        : null,
    footer: (page, pages) => ({
      columns: [{ text: printedLine, width: '*' }, { text: `Halaman ${page} dari ${pages}`, width: 'auto', alignment: 'right' }],
      columnGap: 12,
      fontSize: 8,
      margin: [marginLeft, 20, marginRight, 0],
    }),
    content: [
      headerBlock(sop, input.version),
      {
        table: { headerRows: HEADER_ROWS, keepWithHeaderRows: 1, dontBreakRows: true, widths, body },
        layout,
        fontSize: FONT_SIZE,
      },
      ...(input.highlight ? [legend()] : []),
    ],
  };
}

export async function renderSopChartPdf(input: SopChartInput): Promise<Buffer> {
  return renderPdf(buildSopChartDocument(input));
}
