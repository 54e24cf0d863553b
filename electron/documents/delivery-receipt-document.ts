import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PaperSize } from '../../shared/office/office-settings';
import { formatDateTime, formatDay } from '../../shared/time/indonesian-dates';
import { labelValueTable, placeAndDate, signatureBox, signatureRow, type LabelValueRow } from './document-blocks';
import { FONT_SANS } from './fonts';
import { buildLetterhead, type LetterheadOffice } from './letterhead';
import { pageSetup } from './page-setup';
import { documentInfo, renderPdf } from './render-pdf';

/**
 * The tanda terima of a reply handed over in person (seed 003 step 11: the officer hands the
 * reply over; step 12 files it with the receipt): which letter, to whom, when, signed by who
 * hands it over and who receives it. Printed on the office's paper, A4 or F4.
 */
export interface DeliveryReceiptData {
  /** With the letterhead rule of the document settings (SettingsService.letterheadOffice). */
  office: LetterheadOffice;
  paper: PaperSize;
  letterNumber: string;
  /** The letter's date, 'YYYY-MM-DD'. */
  letterDate: string;
  subject: string;
  complaintRegisterNumber: string;
  /** Who takes the letter: the complainant himself, or someone holding his power of attorney. */
  recipientName: string;
  relation: 'sendiri' | 'kuasa';
  /** The recipient's identity document number (KTP), recorded for a proxy; optional. */
  recipientIdentity?: string;
  /** The complainant the letter is addressed to, as on the letter. */
  addressee: string;
  /** The officer handing it over, and his jabatan when known. */
  handedOverBy: string;
  handedOverByJabatan?: string;
  handedOverAt: Date;
}

const RELATION_LABELS: Record<DeliveryReceiptData['relation'], string> = {
  sendiri: 'Pelapor sendiri',
  kuasa: 'Kuasa/wakil pelapor',
};

const LABEL_WIDTH = 150;
const SIGNATURE_SPACE = 60;

function section(title: string, rows: readonly LabelValueRow[]): Content[] {
  return [
    { text: title, margin: [0, 10, 0, 4] },
    { stack: [labelValueTable(rows, { labelWidth: LABEL_WIDTH, rowGap: 3 })], margin: [14, 0, 0, 0] },
  ];
}

export function buildDeliveryReceiptDocument(data: DeliveryReceiptData): TDocumentDefinitions {
  const setup = pageSetup(data.paper, 'portrait');
  const zone = data.office.timeZone;
  const recipientRows: LabelValueRow[] = [
    { label: 'Nama', value: data.recipientName },
    { label: 'Hubungan dengan pelapor', value: RELATION_LABELS[data.relation] },
    ...(data.recipientIdentity?.trim() ? [{ label: 'Nomor identitas (KTP)', value: data.recipientIdentity.trim() }] : []),
  ];
  const giver = data.handedOverByJabatan?.trim();
  return {
    pageSize: setup.pageSize,
    pageOrientation: 'portrait',
    pageMargins: setup.pageMargins,
    info: documentInfo(`Tanda Terima Surat Nomor ${data.letterNumber}`, data.office.nameLines, data.handedOverAt),
    defaultStyle: { font: FONT_SANS, fontSize: 11, lineHeight: 1.2, alignment: 'left' },
    content: [
      buildLetterhead(data.office, setup.contentWidth),
      { text: 'TANDA TERIMA', bold: true, alignment: 'center', fontSize: 13, margin: [0, 4, 0, 0] },
      { text: 'Penyerahan Surat Jawaban Pengaduan', alignment: 'center', margin: [0, 0, 0, 14] },
      { text: `Pada ${formatDateTime(data.handedOverAt, zone)} telah diserahkan secara langsung:`, alignment: 'justify' },
      ...section('Surat', [
        { label: 'Nomor', value: data.letterNumber },
        { label: 'Tanggal', value: formatDay(data.letterDate) },
        { label: 'Hal', value: data.subject },
        { label: 'Nomor register pengaduan', value: data.complaintRegisterNumber },
        { label: 'Ditujukan kepada', value: data.addressee },
      ]),
      ...section('Kepada', recipientRows),
      ...(data.relation === 'kuasa'
        ? [{ text: 'Penerima kuasa menunjukkan surat kuasa dan identitas diri; salinannya dilampirkan pada tanda terima ini.', italics: true, fontSize: 9.5, margin: [0, 8, 0, 0] } as Content]
        : []),
      { text: placeAndDate(data.office.address, data.handedOverAt, zone), alignment: 'right', margin: [0, 24, 0, 0] },
      signatureRow(
        [
          signatureBox({ lines: ['Yang Menyerahkan,', ...(giver ? [giver] : [])], name: data.handedOverBy, space: SIGNATURE_SPACE }),
          signatureBox({ lines: ['Yang Menerima,', ...(giver ? [RELATION_LABELS[data.relation]] : [])], name: data.recipientName, space: SIGNATURE_SPACE }),
        ],
        [0, 8, 0, 0],
      ),
    ],
  };
}

export const renderDeliveryReceiptPdf = (data: DeliveryReceiptData): Promise<Buffer> => renderPdf(buildDeliveryReceiptDocument(data));
