import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OfficeSettings, PaperSize } from '../../shared/office/office-settings';
import { formatDay } from '../../shared/time/indonesian-dates';
import { labelValueTable, numberedList, unbroken, type LetterBodyBlock, type LabelValueRow } from './document-blocks';
import { letterBodyBlocks, letterClosing, letterFrame, letterPageSetup, printedNumber, type LetterLayoutOptions } from './letter-layout';
import { letterSignatureColumn, type LetterSigner } from './letter-signature';
import { buildLetterhead } from './letterhead';
import { documentInfo, renderPdf } from './render-pdf';

/** A nota dinas: an internal memo between officials of the same office. */
export interface NotaDinasData {
  office: OfficeSettings;
  paper: PaperSize;
  /** The number, given at signing; '' on a draft prints blank room after "Nomor". */
  number: string;
  /** Yth.: the jabatan it is addressed to. */
  to: string;
  /** Dari: the jabatan it comes from. */
  from: string;
  /** Tembusan, in order; empty or absent leaves the row out. */
  copiesTo?: readonly string[];
  /** Tanggal: an office calendar day 'YYYY-MM-DD'. */
  date: string;
  /** Sifat: "Biasa", "Segera", "Sangat Segera", "Rahasia". */
  nature: string;
  /** Lampiran: "1 (satu) berkas", or '' for none (prints a dash). */
  attachments: string;
  /** Hal. */
  subject: string;
  body: readonly LetterBodyBlock[];
  signer: LetterSigner;
  /** Options of the letters service: typeface, margins, KONSEP watermark, QR and paraf blocks. */
  layout?: LetterLayoutOptions;
  printedAt: Date;
}

const LABEL_WIDTH = 62;

/** Yth., Dari, Tembusan, Tanggal, Sifat, Lampiran, Hal with their colons aligned. */
function headerFields(data: NotaDinasData): Content {
  const copies = (data.copiesTo ?? []).map((c) => c.trim()).filter(Boolean);
  const rows: LabelValueRow[] = [
    { label: 'Yth.', value: data.to },
    { label: 'Dari', value: data.from },
    ...(copies.length === 1 ? [{ label: 'Tembusan', value: copies[0] ?? '' }] : []),
    ...(copies.length > 1 ? [{ label: 'Tembusan', value: numberedList(copies, { markerWidth: 14 }) }] : []),
    { label: 'Tanggal', value: unbroken(data.layout?.dateText ?? formatDay(data.date)) },
    { label: 'Sifat', value: data.nature },
    { label: 'Lampiran', value: data.attachments },
    { label: 'Hal', value: data.subject },
  ];
  return { stack: [labelValueTable(rows, { labelWidth: LABEL_WIDTH, rowGap: 2 })], alignment: 'left' };
}

function rule(width: number): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1 }], margin: [0, 8, 0, 12] };
}

/**
 * The nota dinas as a pdfmake document: portrait A4 or F4, the letterhead on page 1 only,
 * "- 2 -" at the top centre from page 2 on, the signature kept with the last paragraph.
 */
export function buildNotaDinasDocument(data: NotaDinasData): TDocumentDefinitions {
  const setup = letterPageSetup(data.paper, data.layout);
  const title = data.number.trim() ? `Nota Dinas Nomor ${data.number}` : 'Konsep Nota Dinas';
  return {
    ...letterFrame(setup, data.layout),
    info: documentInfo(`${title} hal ${data.subject}`, data.office.nameLines, data.printedAt),
    content: [
      buildLetterhead(data.office, setup.contentWidth, data.layout?.letterheadRule),
      { text: 'NOTA DINAS', bold: true, alignment: 'center', fontSize: 12 },
      { text: `Nomor ${printedNumber(data.number)}`, alignment: 'center', margin: [0, 2, 0, 12] },
      headerFields(data),
      rule(setup.contentWidth),
      ...letterClosing(letterBodyBlocks(data.body, data.layout), letterSignatureColumn(data.signer), data.layout?.foot ?? [], data.layout),
    ],
  };
}

/** Renders the nota dinas to PDF bytes. */
export async function renderNotaDinasPdf(data: NotaDinasData): Promise<Buffer> {
  return renderPdf(buildNotaDinasDocument(data));
}
