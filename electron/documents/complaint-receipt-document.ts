import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import {
  CHANNEL_LABELS,
  COMPLAINT_FORM_LABELS,
  COMPLAINT_KIND_LABELS,
  type ComplaintKind,
} from '../../shared/complaints/complaint-enums';
import type { ChannelDetails, ComplaintDetail } from '../../shared/complaints/complaint';
import { formatTrackingCode } from '../../shared/numbering/tracking-code';
import type { OfficeSettings, PaperSize } from '../../shared/office/office-settings';
import { formatDateTime, formatDay } from '../../shared/time/indonesian-dates';
import {
  formatDueDate,
  labelValueTable,
  placeAndDate,
  printedByLine,
  qrBlock,
  scaleContent,
  sectionHeading,
  shortenText,
  signatureBox,
  signatureRow,
  unbroken,
  type LabelValueRow,
} from './document-blocks';
import { FONT_SANS } from './fonts';
import { buildLetterhead, type LetterheadOffice } from './letterhead';
import { cmToPt, mmToPt, pageSetup, type PageMargins, type PageSetup } from './page-setup';
import { documentInfo, renderPdf } from './render-pdf';

/** A receipt is handed over the counter: besides the office's A4/F4 it may go on half a sheet (A5). */
export type ReceiptPaperSize = PaperSize | 'A5';

export interface ComplaintReceiptInput {
  /** With the letterhead rule of the document settings (SettingsService.letterheadOffice). */
  office: LetterheadOffice;
  /** Identity fields already masked by the caller when the privacy is 'rahasia'. */
  complaint: ComplaintDetail;
  /** What the office does next ("Verifikasi dan telaah oleh Subbag Umum"). */
  nextStep: string;
  /** When the next step is due: an instant or an office calendar day; null when there is no deadline. */
  dueAt: string | null;
  paperSize: ReceiptPaperSize;
  printedAt: Date;
  /** Display name of the receiving officer, who prints and signs. */
  printedBy: string;
}

/** What the scanner of signed receipts looks for to link a scanned page to its complaint. */
export const RECEIPT_QR_PREFIX = 'meja-aduan:pengaduan:';

/** The tracking code as stored: upper case, symbols only (no dashes or spaces). */
const bareCode = (trackingCode: string) => trackingCode.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

/** The QR code's content: `meja-aduan:pengaduan:<TRACKINGCODE>`, the code without dashes. */
export function receiptQrContent(trackingCode: string): string {
  return RECEIPT_QR_PREFIX + bareCode(trackingCode);
}

const RECEIPT_TITLES: Record<ComplaintKind, string> = {
  pengaduan: 'TANDA TERIMA PENGADUAN',
  aspirasi: 'TANDA TERIMA ASPIRASI',
  permintaan_informasi: 'TANDA TERIMA PERMINTAAN INFORMASI',
};

/** Sizes that differ between a half sheet and a full one. */
interface Scale {
  /** Longest description printed: the receipt is a summary and must stay on one page. */
  descriptionLimit: number;
  base: number;
  small: number;
  title: number;
  code: number;
  /** Side of one QR module in points: pdfmake rounds a module down to whole points. */
  qrModule: number;
  labelWidth: number;
  signatureSpace: number;
  rowGap: number;
  lineHeight: number;
}

const FULL_SHEET: Scale = { descriptionLimit: 600, base: 10, small: 8.5, title: 13, code: 24, qrModule: 2, labelWidth: 105, signatureSpace: 42, rowGap: 2, lineHeight: 1.1 };
/** The letterhead's type on A5, relative to A4/F4: a little larger than the page ratio (0.71) so the name stays legible. */
const HALF_SHEET_LETTERHEAD = 0.72;
const HALF_SHEET: Scale = { descriptionLimit: 400, base: 8, small: 7, title: 11, code: 18, qrModule: 2, labelWidth: 80, signatureSpace: 28, rowGap: 1.5, lineHeight: 1.05 };

/**
 * A5 portrait. The 3 cm binding margin of official letters would leave a 9.8 cm column on
 * a 14.8 cm sheet, so a half-sheet receipt gets 2 cm at the binding edge, 1.2 cm at the
 * top and right, and 1.5 cm at the bottom, where the "printed by" line goes. Kept here, not in page-setup.ts, because only receipts are printed on A5.
 */
const A5_PORTRAIT = { width: mmToPt(148), height: mmToPt(210) };
const A5_MARGINS: PageMargins = [cmToPt(2), cmToPt(1.2), cmToPt(1.2), cmToPt(1.5)];

/** Page size and margins for the receipt, portrait on every paper. */
export function receiptPageSetup(paper: ReceiptPaperSize): PageSetup {
  if (paper !== 'A5') return pageSetup(paper, 'portrait');
  const [left, top, right, bottom] = A5_MARGINS;
  return {
    pageSize: { ...A5_PORTRAIT },
    pageOrientation: 'portrait',
    pageMargins: [...A5_MARGINS],
    contentWidth: A5_PORTRAIT.width - left - right,
    contentHeight: A5_PORTRAIT.height - top - bottom,
  };
}

/** A calendar day kept on one line: "18 November 2026". */
const day = (value: string | undefined) => (value ? unbroken(formatDay(value)) : '');

/**
 * The channel and its facts as one sentence that wraps in its cell ("Surat nomor … tanggal
 * … dari …, diterima …, nomor agenda …"). Who sent a letter, from which account or number,
 * is identity: left out for an anonymous complainant, and for a confidential one too (the
 * caller masks the complainant, not the channel details).
 */
export function channelText(complaint: Pick<ComplaintDetail, 'channel' | 'privacy' | 'channelDetails'>): string {
  const d: ChannelDetails = complaint.channelDetails;
  const showSender = complaint.privacy === 'biasa';
  const label = CHANNEL_LABELS[complaint.channel];
  const words = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ');
  const clauses = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join(', ');
  switch (complaint.channel) {
    case 'surat':
      return clauses([
        words([
          label,
          d.letterNumber && `nomor ${d.letterNumber}`,
          d.letterDate && `tanggal ${day(d.letterDate)}`,
          showSender && d.letterSender && `dari ${d.letterSender}`,
        ]),
        d.letterReceivedDate && `diterima ${day(d.letterReceivedDate)}`,
        d.agendaNumber && unbroken(`nomor agenda ${d.agendaNumber}`),
      ]);
    case 'media_sosial':
      return clauses([
        words([label, d.socialPlatform]),
        showSender && d.socialAccount && `akun ${d.socialAccount}`,
      ]);
    case 'lapor':
      return clauses([label, d.laporTrackingId && unbroken(`nomor tiket ${d.laporTrackingId}`)]);
    case 'email':
      return words([label, showSender && d.fromAddress && `dari ${d.fromAddress}`]);
    case 'whatsapp':
    case 'sms':
      return words([label, showSender && d.fromNumber && `dari ${d.fromNumber}`]);
    default:
      return label;
  }
}

/**
 * The link of a social-media post or web form, printed on a line of its own under the
 * channel so that it does not break right after "https://". A post's link leads to the
 * account, so it follows the same rule as the account.
 */
export function channelLink(complaint: Pick<ComplaintDetail, 'channel' | 'privacy' | 'channelDetails'>): string {
  const d = complaint.channelDetails;
  if (complaint.channel === 'media_sosial') return complaint.privacy === 'biasa' ? (d.socialLink ?? '') : '';
  if (complaint.channel === 'website') return d.websiteLink ?? '';
  return '';
}

function channelValue(complaint: ComplaintDetail): string | Content {
  const link = channelLink(complaint);
  return link ? { stack: [channelText(complaint), { text: link, color: '#333333' }] } : channelText(complaint);
}

/** Name, phone and address as given; "Anonim" and nothing else for an anonymous complainant. */
function complainantRows(complaint: ComplaintDetail): LabelValueRow[] {
  if (complaint.privacy === 'anonim') return [{ label: 'Pelapor', value: 'Anonim' }];
  const c = complaint.complainant;
  const rows: LabelValueRow[] = [{ label: 'Nama pelapor', value: c.name || complaint.complainantDisplay }];
  if (c.phone) rows.push({ label: 'Telepon', value: c.phone });
  if (c.address) rows.push({ label: 'Alamat', value: c.address });
  if (complaint.privacy === 'rahasia') rows.push({ label: 'Kerahasiaan', value: { text: 'Identitas pelapor dirahasiakan', italics: true } });
  return rows;
}

/** "di loket, telepon (0451) 421234 atau surel info@…": only the ways the office has. */
function inquiryPlaces(office: OfficeSettings): string {
  const places = ['di loket', office.phone && `telepon ${unbroken(office.phone)}`, office.email && `surel ${office.email}`].filter(Boolean);
  const last = places.pop() ?? '';
  return places.length > 0 ? `${places.join(', ')} atau ${last}` : last;
}

const KIND_NOUNS: Record<ComplaintKind, string> = {
  pengaduan: 'Pengaduan',
  aspirasi: 'Aspirasi',
  permintaan_informasi: 'Permintaan informasi',
};

/** What happens next and how to follow it up, or, when settled at the counter, the answer given. */
function followUp(input: ComplaintReceiptInput, scale: Scale, width: number): Content[] {
  const { complaint, office } = input;
  const zone = office.timeZone;
  if (complaint.settledAtCounter) {
    return [
      sectionHeading('Penyelesaian di loket', width, scale.base),
      labelValueTable([{ label: 'Jawaban di loket', value: complaint.counterAnswer }], { labelWidth: scale.labelWidth, rowGap: scale.rowGap }),
      { text: `${KIND_NOUNS[complaint.kind]} ini telah diselesaikan di loket.`, bold: true, margin: [0, 4, 0, 0] },
      {
        text: 'Simpan tanda terima ini; sebutkan kode pelacakannya bila Anda menghubungi kami lagi tentang hal ini.',
        fontSize: scale.small,
        margin: [0, 2, 0, 0],
      },
    ];
  }
  const step = input.nextStep.trim().replace(/[.\s]+$/, '');
  const due = input.dueAt ? ` paling lambat ${unbroken(formatDueDate(input.dueAt, zone))}` : '';
  return [
    sectionHeading('Tindak lanjut', width, scale.base),
    { text: [{ text: 'Langkah berikutnya: ', bold: true }, `${step}${due}.`] },
    {
      text: `Tanyakan perkembangan dengan menyebut kode pelacakan ini ${inquiryPlaces(office)}.`,
      margin: [0, 3, 0, 0],
    },
  ];
}

/** The register number and the tracking code, large, beside its QR code, in a ruled box. */
function trackingBox(registerNumber: string, trackingCode: string, scale: Scale): Content {
  const left: TableCell = {
    stack: [
      { text: [{ text: 'Nomor register: ' }, { text: registerNumber, bold: true }], margin: [0, 0, 0, 4] },
      { text: 'Kode pelacakan', fontSize: scale.small },
      { text: formatTrackingCode(trackingCode), fontSize: scale.code, bold: true, characterSpacing: 1.5, margin: [0, 1, 0, 2] },
      { text: 'Sebutkan kode ini setiap kali menanyakan perkembangan.', fontSize: scale.small },
    ],
    verticalAlignment: 'middle',
  };
  const { qr, side } = qrBlock(receiptQrContent(trackingCode), scale.qrModule);
  // A QR code needs a quiet zone of four modules between it and the box's rules to scan reliably.
  const quiet = 4 * scale.qrModule;
  return {
    table: { widths: ['*', side], body: [[left, qr]] },
    layout: {
      hLineWidth: () => 1,
      vLineWidth: (i) => (i === 1 ? 0 : 1),
      paddingLeft: (i) => (i === 0 ? 10 : quiet),
      paddingRight: (i) => (i === 1 ? quiet : 0),
      paddingTop: () => quiet,
      paddingBottom: () => quiet,
    },
    margin: [0, 0, 0, 4],
  };
}

/** The receipt (tanda terima) of a complaint as a one-page portrait pdfmake document. */
export function buildComplaintReceiptDocument(input: ComplaintReceiptInput): TDocumentDefinitions {
  const { office, complaint } = input;
  const zone = office.timeZone;
  const setup = receiptPageSetup(input.paperSize);
  const scale = input.paperSize === 'A5' ? HALF_SHEET : FULL_SHEET;
  const [marginLeft, , marginRight, marginBottom] = setup.pageMargins;
  const width = setup.contentWidth;
  const title = RECEIPT_TITLES[complaint.kind];

  const summary: LabelValueRow[] = [
    { label: 'Diterima', value: formatDateTime(complaint.receivedAt, zone) },
    { label: 'Saluran', value: channelValue(complaint) },
    { label: 'Jenis / bentuk', value: `${COMPLAINT_KIND_LABELS[complaint.kind]} / ${COMPLAINT_FORM_LABELS[complaint.form]}` },
    { label: 'Kategori', value: complaint.categoryName },
    { label: 'Pokok aduan', value: { text: complaint.subject, bold: true } },
    { label: 'Uraian singkat', value: shortenText(complaint.description, scale.descriptionLimit) },
    { label: 'Unit yang diadukan', value: complaint.unitComplained },
    ...complainantRows(complaint),
  ];

  const officer = signatureBox({
    lines: [placeAndDate(office.address, input.printedAt, zone), 'Petugas penerima,'],
    name: input.printedBy,
    space: scale.signatureSpace,
  });
  // The complainant signs only when present at the counter, and never an anonymous one.
  // A confidential complainant writes the name by hand instead of it being printed.
  const signsHere = complaint.channel === 'langsung' && complaint.privacy !== 'anonim';
  const complainantBox = signatureBox({
    lines: ['', 'Pelapor,'],
    name: complaint.privacy === 'biasa' ? complaint.complainant.name : null,
    space: scale.signatureSpace,
  });

  return {
    pageSize: setup.pageSize,
    pageOrientation: 'portrait',
    pageMargins: setup.pageMargins,
    info: documentInfo(`${title} ${complaint.registerNumber}`, office.nameLines, input.printedAt),
    defaultStyle: { font: FONT_SANS, fontSize: scale.base, lineHeight: scale.lineHeight },
    footer: {
      text: printedByLine(input.printedBy, input.printedAt, zone),
      fontSize: scale.small - 0.5,
      color: '#444444',
      margin: [marginLeft, Math.max(6, marginBottom - 24), marginRight, 0],
    },
    content: [
      input.paperSize === 'A5' ? scaleContent(buildLetterhead(office, width), HALF_SHEET_LETTERHEAD) : buildLetterhead(office, width),
      { text: title, fontSize: scale.title, bold: true, alignment: 'center', characterSpacing: 0.5, margin: [0, 0, 0, 6] },
      trackingBox(complaint.registerNumber, complaint.trackingCode, scale),
      sectionHeading('Ringkasan', width, scale.base),
      labelValueTable(summary, { labelWidth: scale.labelWidth, rowGap: scale.rowGap }),
      ...followUp(input, scale, width),
      signatureRow(signsHere ? [complainantBox, officer] : [officer], [0, scale.signatureSpace / 4, 0, 0]),
    ],
  };
}

/** Renders the receipt to PDF bytes. */
export async function renderComplaintReceiptPdf(input: ComplaintReceiptInput): Promise<Buffer> {
  return renderPdf(buildComplaintReceiptDocument(input));
}
