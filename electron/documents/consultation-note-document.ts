import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { COMPLAINT_STATUS_LABELS } from '../../shared/complaints/complaint-enums';
import type { ComplaintDetail, ConsultationNote } from '../../shared/complaints/complaint';
import { maskName } from '../../shared/complaints/identity-mask';
import type { GuestVisit } from '../../shared/guests/guest-visit';
import { formatTrackingCode } from '../../shared/numbering/tracking-code';
import { formatDate, formatDateTime, formatLongDate } from '../../shared/time/indonesian-dates';
import {
  labelValueTable,
  placeAndDate,
  printedByLine,
  sectionHeading,
  signatureBox,
  signatureRow,
  type LabelValueRow,
} from './document-blocks';
import { FONT_SANS } from './fonts';
import { buildLetterhead, type LetterheadOffice } from './letterhead';
import { pageSetup } from './page-setup';
import { documentInfo, renderPdf } from './render-pdf';

export interface ConsultationNoteInput {
  /** With the letterhead rule of the document settings (SettingsService.letterheadOffice). */
  office: LetterheadOffice;
  /** Identity fields already masked by the caller when the privacy is 'rahasia'. */
  complaint: ComplaintDetail;
  note: ConsultationNote;
  /** The guest-book visit the note is linked to, if any. */
  visit: GuestVisit | null;
  printedAt: Date;
  printedBy: string;
}

export const CONSULTATION_TITLE = 'CATATAN KONSULTASI';
export const NO_VISIT_TEXT = 'Tidak tertaut ke kunjungan di buku tamu';

const LABEL_WIDTH = 110;
const SIGNATURE_SPACE = 48;

/**
 * Who came, as far as the complaint's privacy allows. The guest book knows the visitor's
 * name, but printed on this note it would tie that name to the complaint: an anonymous
 * complaint prints none, a confidential one (unless revealed) prints it masked.
 */
function visitorName(complaint: ComplaintDetail, visit: GuestVisit): string {
  if (complaint.privacy === 'anonim') return 'Anonim';
  if (complaint.privacy === 'rahasia' && complaint.identityMasked) return maskName(visit.name);
  return visit.name;
}

/** The name printed under the visitor's signature; null leaves a line to write it by hand. */
function visitorSignatureName(complaint: ComplaintDetail, visit: GuestVisit | null): string | null {
  if (!visit || complaint.privacy !== 'biasa') return null;
  return visit.name;
}

function visitorRows(input: ConsultationNoteInput): LabelValueRow[] {
  const { complaint, visit, office } = input;
  if (!visit) return [{ label: 'Buku tamu', value: { text: NO_VISIT_TEXT, italics: true } }];
  const rows: LabelValueRow[] = [
    { label: 'Nama', value: visitorName(complaint, visit) },
    { label: 'Waktu datang', value: formatDateTime(visit.timeIn, office.timeZone) },
  ];
  if (visit.institution && complaint.privacy === 'biasa') rows.push({ label: 'Instansi', value: visit.institution });
  return rows;
}

function complaintRows(input: ConsultationNoteInput): LabelValueRow[] {
  const { complaint, office } = input;
  const rows: LabelValueRow[] = [
    { label: 'Nomor register', value: complaint.registerNumber },
    { label: 'Kode pelacakan', value: { text: formatTrackingCode(complaint.trackingCode), bold: true } },
    { label: 'Diterima', value: formatDate(complaint.receivedAt, office.timeZone) },
    { label: 'Pokok aduan', value: complaint.subject },
    { label: 'Status', value: COMPLAINT_STATUS_LABELS[complaint.status] },
  ];
  if (complaint.privacy === 'rahasia') rows.push({ label: 'Kerahasiaan', value: { text: 'Identitas pelapor dirahasiakan', italics: true } });
  return rows;
}

/** The note as written, its paragraphs kept: the officer's own words are the record. */
function noteBody(note: string): Content {
  const paragraphs = note
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    stack: paragraphs.map((p): Content => ({ text: p, margin: [0, 0, 0, 4] })),
    alignment: 'justify',
    margin: [0, 2, 0, 0],
  };
}

/** The consultation note (catatan konsultasi, seed 000 step 4) as a portrait pdfmake document. */
export function buildConsultationNoteDocument(input: ConsultationNoteInput): TDocumentDefinitions {
  const { office, complaint, note } = input;
  const zone = office.timeZone;
  const setup = pageSetup(office.paperSize, 'portrait');
  const [marginLeft, marginTop, marginRight] = setup.pageMargins;
  const width = setup.contentWidth;

  const officer = signatureBox({
    lines: [placeAndDate(office.address, note.createdAt, zone), 'Petugas,'],
    name: note.createdBy,
    space: SIGNATURE_SPACE,
  });
  const visitor = signatureBox({
    lines: ['', 'Pengunjung,'],
    name: visitorSignatureName(complaint, input.visit),
    space: SIGNATURE_SPACE,
  });
  const printedLine = printedByLine(input.printedBy, input.printedAt, zone);

  return {
    pageSize: setup.pageSize,
    pageOrientation: 'portrait',
    pageMargins: setup.pageMargins,
    info: documentInfo(`Catatan Konsultasi ${complaint.registerNumber}`, office.nameLines, input.printedAt),
    defaultStyle: { font: FONT_SANS, fontSize: 11, lineHeight: 1.15 },
    // A long note runs over; a loose second page still says what it belongs to.
    header: (currentPage) =>
      currentPage > 1
        ? {
            text: `${CONSULTATION_TITLE} · ${complaint.registerNumber}`,
            fontSize: 8,
            color: '#444444',
            margin: [marginLeft, marginTop - 22, marginRight, 0],
          }
        : null,
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: printedLine, width: '*' },
        pageCount > 1 ? { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto', alignment: 'right' } : { text: '', width: 'auto' },
      ],
      columnGap: 12,
      fontSize: 8,
      color: '#444444',
      margin: [marginLeft, 20, marginRight, 0],
    }),
    content: [
      buildLetterhead(office, width),
      { text: CONSULTATION_TITLE, fontSize: 13, bold: true, alignment: 'center', characterSpacing: 0.5 },
      { text: formatLongDate(note.createdAt, zone), alignment: 'center', margin: [0, 2, 0, 8] },
      sectionHeading('Pengunjung', width, 11),
      labelValueTable(visitorRows(input), { labelWidth: LABEL_WIDTH, rowGap: 2 }),
      sectionHeading('Pengaduan yang ditanyakan', width, 11),
      labelValueTable(complaintRows(input), { labelWidth: LABEL_WIDTH, rowGap: 2 }),
      sectionHeading('Catatan', width, 11),
      noteBody(note.note),
      {
        text: `Dicatat oleh ${note.createdBy}, ${formatDateTime(note.createdAt, zone)}.`,
        fontSize: 9,
        color: '#444444',
        margin: [0, 2, 0, 0],
      },
      signatureRow([visitor, officer], [0, 16, 0, 0]),
    ],
  };
}

/** Renders the consultation note to PDF bytes. */
export async function renderConsultationNotePdf(input: ConsultationNoteInput): Promise<Buffer> {
  return renderPdf(buildConsultationNoteDocument(input));
}
