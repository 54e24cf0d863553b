import bwipjs from 'bwip-js/node';
import type { Content, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import { locationText } from '../../shared/archive/archive-enums';
import { archiveQrContent } from '../../shared/archive/archive-numbering';
import type { ArchiveEntrySummary } from '../../shared/archive/archive-records';
import type { LabelSize } from '../../shared/archive/archive-schemas';
import { FINAL_DISPOSITION_LABELS } from '../../shared/archive/archive-enums';
import { formatDay } from '../../shared/time/indonesian-dates';
import { qrBlock, qrModuleCount, shortenText, unbroken } from './document-blocks';
import { mmToPt } from './page-setup';
import { documentInfo, renderPdf } from './render-pdf';

/**
 * The label stuck on a physical folder (map arsip): the office, the archive serial number
 * large enough to read across a shelf, classification, title, location, retention, a
 * Code 128 barcode of the serial number for a hand scanner, and a QR code
 * `meja-aduan:arsip:<serial>` for a phone or the app's scanner.
 *
 * Sizes: one 100 × 50 mm label per page (label printers), or an A4 sheet of ten such
 * labels in two columns (sheets of self-adhesive labels), with light cut lines.
 */

export interface ArchiveLabelInput {
  officeName: string;
  entries: readonly ArchiveEntrySummary[];
  size: LabelSize;
  printedAt: Date;
}

const LABEL_W = mmToPt(100);
const LABEL_H = mmToPt(50);
const PAD = mmToPt(4);
const INNER_W = LABEL_W - 2 * PAD;
const BARCODE_H = 26;
/** A4 sheet: 2 × 5 labels, centred. */
const SHEET = { width: 595.28, height: 841.89, columns: 2, rows: 5 };
const SHEET_X = (SHEET.width - SHEET.columns * LABEL_W) / 2;
const SHEET_Y = (SHEET.height - SHEET.rows * LABEL_H) / 2;

/**
 * Code 128 of the serial number as a PNG. Drawn at 4 pixels per module, so a page printed
 * or rendered at 300 dpi gets the bars at about their own resolution and they stay sharp.
 */
export async function code128Png(text: string): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: 'code128', text, scale: 4, height: 8, includetext: false, paddingwidth: 0, paddingheight: 0 });
}

function label(entry: ArchiveEntrySummary, officeName: string, barcode: Buffer): Content {
  const qrText = archiveQrContent(entry.serialNumber);
  // pdfmake draws QR modules in whole points: 2 pt while the code stays small, else 1 pt.
  const qr = qrBlock(qrText, qrModuleCount(qrText) <= 33 ? 2 : 1);
  const r = entry.retention;
  const retention = `Aktif s.d. ${formatDay(r.activeUntil)} · inaktif s.d. ${formatDay(r.inactiveUntil)} · lalu ${FINAL_DISPOSITION_LABELS[r.disposition].toLowerCase()}`;
  // Each part kept on one line ("Boks 12" never split as "Boks" / "12").
  const location = locationText(entry.location).split(' · ').map(unbroken).join(' · ');
  return {
    stack: [
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: shortenText(officeName.toUpperCase(), 48), fontSize: 6.5, bold: true, color: '#333333' },
              { text: entry.serialNumber, fontSize: entry.serialNumber.length > 24 ? 11 : 15, bold: true, margin: [0, 2, 0, 1] },
              { text: shortenText(`${entry.classification.code} · ${entry.classification.name}`, 60), fontSize: 7.5, bold: true },
              { text: shortenText(entry.title, 90), fontSize: 7.5, margin: [0, 1, 0, 0] },
              { text: location ? shortenText(location, 110) : 'Lokasi belum diisi', fontSize: location.length > 45 ? 6.5 : 7, color: '#333333', margin: [0, 2, 0, 0] },
            ],
          },
          { width: qr.side, stack: [qr.qr] },
        ],
        columnGap: 6,
      },
      { image: `data:image/png;base64,${barcode.toString('base64')}`, width: INNER_W, height: BARCODE_H, margin: [0, 4, 0, 1] },
      { text: shortenText(retention, 110), fontSize: 6, color: '#333333', alignment: 'center' },
    ],
  };
}

const NO_PADDING: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** Thin dashed lines around a label on the sheet, to cut along. */
function cutLines(x: number, y: number): Content {
  return {
    canvas: [{ type: 'rect', x: 0, y: 0, w: LABEL_W, h: LABEL_H, lineWidth: 0.3, lineColor: '#aaaaaa', dash: { length: 2, space: 2 } }],
    absolutePosition: { x, y },
  };
}

export async function renderArchiveLabelsPdf(input: ArchiveLabelInput): Promise<Buffer> {
  const barcodes = await Promise.all(input.entries.map((e) => code128Png(e.serialNumber)));
  const labels = input.entries.map((e, i) => label(e, input.officeName, barcodes[i]!));
  const info = documentInfo(`Label arsip ${input.entries.map((e) => e.serialNumber).join(', ')}`.slice(0, 200), [input.officeName], input.printedAt);

  if (input.size === '100x50') {
    const doc: TDocumentDefinitions = {
      info,
      pageSize: { width: LABEL_W, height: LABEL_H },
      pageMargins: [PAD, PAD, PAD, PAD],
      content: labels.map((l, i) => ({ stack: [l], ...(i > 0 ? { pageBreak: 'before' as const } : {}) })),
    };
    return renderPdf(doc);
  }

  const perSheet = SHEET.columns * SHEET.rows;
  const content: Content[] = [];
  labels.forEach((l, i) => {
    const slot = i % perSheet;
    // Absolutely placed blocks do not flow: an empty line starts each further sheet.
    if (slot === 0 && i > 0) content.push({ text: '', pageBreak: 'before' });
    const x = SHEET_X + (slot % SHEET.columns) * LABEL_W;
    const y = SHEET_Y + Math.floor(slot / SHEET.columns) * LABEL_H;
    content.push(cutLines(x, y));
    // A one-cell table gives the label its width; a bare stack would take the whole page's.
    content.push({ table: { widths: [INNER_W], body: [[l]] }, layout: NO_PADDING, absolutePosition: { x: x + PAD, y: y + PAD } });
  });
  return renderPdf({ info, pageSize: 'A4', pageMargins: [0, 0, 0, 0], content });
}
