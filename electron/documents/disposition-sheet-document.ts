import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { formatTrackingCode } from '../../shared/numbering/tracking-code';
import { formatDate, formatDay } from '../../shared/time/indonesian-dates';
import {
  DISPOSITION_INSTRUCTIONS,
  DISPOSITION_INSTRUCTION_LABELS,
  DISPOSITION_URGENCIES,
  DISPOSITION_URGENCY_LABELS,
  type DispositionInstruction,
  type DispositionUrgency,
} from '../../shared/workflow/disposition-fields';
import { receiptQrContent } from './complaint-receipt-document';
import {
  dottedLine,
  formatDueDate,
  labelValueTable,
  printedByLine,
  qrBlock,
  scaleContent,
  tickBoxLine,
  unbroken,
  type LabelValueRow,
} from './document-blocks';
import { dispositionPageSetup, DISPOSITION_SCALES, type DispositionPaper, type DispositionScale } from './disposition-sheet-layout';
import { FONT_SANS } from './fonts';
import { buildLetterhead, type LetterheadOffice } from './letterhead';
import { documentInfo, renderPdf } from './render-pdf';

export type { DispositionPaper } from './disposition-sheet-layout';

/** The registry clerk's part: the letter (or complaint) the slip travels with. */
export interface DispositionLetterData {
  /** Surat dari: the sender, or the complainant as the register shows it (masked when confidential). */
  from: string;
  letterNumber: string;
  /** Office calendar days 'YYYY-MM-DD'; null prints a dash. */
  letterDate: string | null;
  receivedDate: string | null;
  agendaNumber: string;
  /** Hal: the subject. */
  subject: string;
}

/** The official who disposes and initials the slip. */
export interface DispositionOfficial {
  name: string;
  /** Jabatan as printed above the paraf ("Kepala Kantor Wilayah"). */
  position: string;
}

/** One disposition: what the leader fills in. */
export interface DispositionEntry {
  urgency: DispositionUrgency;
  /** Positions the matter goes to, in the leader's order (one or more). */
  recipients: readonly string[];
  instructions: readonly DispositionInstruction[];
  /** The free line under the tick boxes; '' when none. */
  otherInstruction: string;
  note: string;
  /** An office calendar day or an instant; null when the slip sets no deadline. */
  dueAt: string | null;
  disposedBy: DispositionOfficial;
  /** When the official disposed: the date beside the paraf. */
  disposedAt: string;
}

export interface DispositionSheetData {
  /** With the letterhead rule of the document settings (SettingsService.letterheadOffice). */
  office: LetterheadOffice;
  paper: DispositionPaper;
  /** The complaint the slip belongs to; null for a blank slip printed in advance (no QR code). */
  complaint: { registerNumber: string; trackingCode: string } | null;
  /** null leaves the clerk's part empty for handwriting. */
  letter: DispositionLetterData | null;
  /**
   * The chain of dispositions of one complaint, in order (Kakanwil → Kadiv → Kabag). Each
   * prints as a slip of its own (see `buildDispositionSheetDocument`). Empty: one slip with
   * the leader's part left blank, to be filled in by hand.
   */
  dispositions: readonly DispositionEntry[];
  /**
   * Positions pre-printed with empty boxes under "Diteruskan kepada" on a slip left blank
   * (the office's usual recipients); the rest of the rows are dotted lines.
   */
  blankRecipientChoices?: readonly string[];
  printedAt: Date;
  /** Who prints; null for blank slips, which carry no "printed by" line. */
  printedBy: string | null;
}

export const DISPOSITION_TITLE = 'LEMBAR DISPOSISI';

/** The sizes of the paper, and the width between its margins. */
type SlipScale = DispositionScale & { width: number };

/** Rows under "Diteruskan kepada" on a blank slip: room for the usual 1–4 recipients. */
const BLANK_RECIPIENT_ROWS = 4;

const day = (value: string | null) => (value ? unbroken(formatDay(value)) : '');

function letterRows(letter: DispositionLetterData | null): { left: LabelValueRow[]; right: LabelValueRow[]; subject: string } {
  const l = letter ?? { from: '', letterNumber: '', letterDate: null, receivedDate: null, agendaNumber: '', subject: '' };
  // A blank slip leaves the values empty (no dash): the clerk writes after the colon.
  const v = (text: string) => (letter ? text : { text: '' });
  return {
    left: [
      { label: 'Surat dari', value: v(l.from) },
      { label: 'Nomor surat', value: v(l.letterNumber) },
      { label: 'Tanggal surat', value: v(day(l.letterDate)) },
    ],
    right: [
      { label: 'Diterima tanggal', value: v(day(l.receivedDate)) },
      { label: 'Nomor agenda', value: v(l.agendaNumber) },
    ],
    subject: l.subject,
  };
}

/** The four sifat boxes on one line, one ticked (none on a blank slip). */
function urgencyBoxes(urgency: DispositionUrgency | null, s: SlipScale): Content {
  return {
    columns: DISPOSITION_URGENCIES.map((u) => ({ stack: [tickBoxLine(urgency === u, unbroken(DISPOSITION_URGENCY_LABELS[u]), { size: s.box })], width: 'auto' })),
    columnGap: s.base * 1.6,
  };
}

/**
 * The clerk's part: the letter data in two columns as on the model form (sender, number
 * and date left; received, agenda right), then sifat and Hal across the slip, so the four
 * sifat boxes stay on one line even on A5.
 */
function clerkPart(data: DispositionSheetData, entry: DispositionEntry | null, s: SlipScale): TableCell[][] {
  const rows = letterRows(data.letter);
  const table = (r: LabelValueRow[]) => labelValueTable(r, { labelWidth: s.labelWidth, rowGap: s.rowGap });
  const subject: Content = data.letter ? { text: rows.subject, bold: true } : dottedLine(s.width - s.labelWidth - 20, s.base);
  return [
    [table(rows.left), table(rows.right)],
    [
      { stack: [table([{ label: 'Sifat', value: urgencyBoxes(entry?.urgency ?? null, s) }, { label: 'Hal', value: subject }])], colSpan: 2 },
      '',
    ],
  ];
}

function recipientsCell(entry: DispositionEntry | null, data: DispositionSheetData, s: SlipScale, width: number): Content {
  const numbered = (i: number, content: Content): Content => ({ columns: [{ text: `${i + 1}.`, width: s.base * 1.4 }, { stack: [content], width: '*' }], columnGap: 2 });
  let lines: Content[];
  if (entry) {
    lines = entry.recipients.map((position, i) => numbered(i, tickBoxLine(true, position, { size: s.box })));
  } else {
    const choices = data.blankRecipientChoices ?? [];
    const rows = Math.max(BLANK_RECIPIENT_ROWS, choices.length);
    lines = Array.from({ length: rows }, (_, i) => {
      const choice = choices[i];
      return numbered(i, tickBoxLine(false, choice ?? dottedLine(width - s.base * 1.4 - s.box - 12, s.base * 0.9), { size: s.box }));
    });
  }
  return { stack: [{ text: 'Diteruskan kepada:', bold: true, margin: [0, 0, 0, 2] }, ...lines.map((l): Content => ({ stack: [l], margin: [0, 0, 0, s.rowGap] }))] };
}

function instructionsCell(entry: DispositionEntry | null, s: SlipScale, width: number): Content {
  const ticks = DISPOSITION_INSTRUCTIONS.map((i): Content =>
    tickBoxLine(entry?.instructions.includes(i) ?? false, DISPOSITION_INSTRUCTION_LABELS[i], { size: s.box }),
  );
  const other = entry?.otherInstruction.trim() ?? '';
  ticks.push(tickBoxLine(other !== '', other || dottedLine(width - s.box - 8, s.base * 0.9), { size: s.box }));
  return { stack: [{ text: 'Dengan hormat harap:', bold: true, margin: [0, 0, 0, 2] }, ...ticks.map((t): Content => ({ stack: [t], margin: [0, 0, 0, s.rowGap] }))] };
}

function noteCell(entry: DispositionEntry | null, data: DispositionSheetData, s: SlipScale): Content {
  const zone = data.office.timeZone;
  if (!entry) {
    const lines = Array.from({ length: s.blankNoteLines }, (): Content => dottedLine(s.width - 8, s.base * 1.5));
    const due: Content = {
      columns: [{ text: 'Batas waktu:', bold: true, width: 'auto' }, { stack: [dottedLine(s.width / 3, s.base * 0.9)], width: '*' }],
      columnGap: 4,
      margin: [0, s.rowGap + 4, 0, 0],
    };
    return { stack: [{ text: 'Catatan:', bold: true }, ...lines, due] };
  }
  return {
    stack: [
      { text: [{ text: 'Catatan: ', bold: true }, entry.note.trim() || '–'] },
      { text: [{ text: 'Batas waktu: ', bold: true }, entry.dueAt ? unbroken(formatDueDate(entry.dueAt, zone)) : '–'], margin: [0, s.rowGap + 1, 0, 0] },
    ],
  };
}

/** QR code with the register number and tracking code beside it, in the slip's bottom-left corner. */
function complaintCorner(data: DispositionSheetData, s: SlipScale): Content {
  if (!data.complaint) {
    return labelValueTable([{ label: 'Nomor register', value: { text: '' } }, { label: 'Kode pelacakan', value: { text: '' } }], { labelWidth: s.labelWidth, rowGap: s.rowGap + 4 });
  }
  const { qr, side } = qrBlock(receiptQrContent(data.complaint.trackingCode), s.qrModule);
  return {
    columns: [
      { stack: [{ ...(qr as object), alignment: 'left' } as Content], width: side },
      {
        stack: [
          { text: 'Nomor register', fontSize: s.small },
          { text: data.complaint.registerNumber, bold: true, margin: [0, 0, 0, 2] },
          { text: 'Kode pelacakan', fontSize: s.small },
          { text: formatTrackingCode(data.complaint.trackingCode), bold: true, characterSpacing: 1 },
        ],
        width: '*',
        margin: [0, 2, 0, 0],
      },
    ],
    columnGap: 4 * s.qrModule, // the QR code's quiet zone
  };
}

function parafCell(entry: DispositionEntry | null, data: DispositionSheetData, s: SlipScale): Content {
  const position = entry ? `${entry.disposedBy.position},` : 'Paraf pejabat,';
  const name: Content = entry ? { text: entry.disposedBy.name, bold: true } : { text: '(..........................................)', color: '#444444' };
  const date = entry ? unbroken(formatDate(entry.disposedAt, data.office.timeZone)) : '......................';
  return {
    stack: [{ text: position }, { text: '', margin: [0, s.parafSpace, 0, 0] }, name, { text: `Tanggal: ${date}`, margin: [0, 1, 0, 0] }],
    alignment: 'center',
  };
}

const slipLayout = {
  hLineWidth: () => 0.75,
  vLineWidth: () => 0.75,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** One slip: letterhead, title, the ruled form. `index`/`count` number the slips of a chain. */
function slip(data: DispositionSheetData, entry: DispositionEntry | null, index: number, count: number, s: SlipScale): Content[] {
  const letterhead = buildLetterhead(data.office, s.width);
  const half = (s.width - 20) / 2;
  const form: Content = {
    table: {
      widths: ['*', '*'],
      body: [
        ...clerkPart(data, entry, s),
        [recipientsCell(entry, data, s, half), instructionsCell(entry, s, half)],
        [{ stack: [noteCell(entry, data, s)], colSpan: 2 }, ''],
        [{ stack: [complaintCorner(data, s)], verticalAlignment: 'bottom' }, parafCell(entry, data, s)],
      ],
      dontBreakRows: true,
    },
    layout: slipLayout,
  };
  return [
    s.letterheadScale === 1 ? letterhead : scaleContent(letterhead, s.letterheadScale),
    {
      columns: [
        { text: '', width: '*' },
        { text: DISPOSITION_TITLE, width: 'auto', fontSize: s.title, bold: true, characterSpacing: 1 },
        // A slip of a chain says which it is: each travels alone with the file.
        { text: count > 1 ? `Lembar ${index + 1} dari ${count}` : '', width: '*', alignment: 'right', fontSize: s.small, margin: [0, s.title - s.small, 0, 0] },
      ],
      margin: [0, 0, 0, 4],
    },
    form,
  ];
}

/**
 * The lembar disposisi as a pdfmake document: one slip per page. A chain of dispositions
 * (Kakanwil → Kadiv → Kabag) prints one slip per disposition, in order, each repeating the
 * letter data: in the office each slip is a separate sheet that goes with the file to its
 * recipient and carries the paraf of exactly one official, and two slips do not fit on a
 * half folio anyway. With no disposition, one slip with the leader's part blank.
 */
export function buildDispositionSheetDocument(data: DispositionSheetData): TDocumentDefinitions {
  const setup = dispositionPageSetup(data.paper);
  const s = { ...DISPOSITION_SCALES[data.paper], width: setup.contentWidth };
  const entries: (DispositionEntry | null)[] = data.dispositions.length > 0 ? [...data.dispositions] : [null];
  const [marginLeft, , marginRight, marginBottom] = setup.pageMargins;
  const slips = entries.map((entry, i): Content => ({
    stack: slip(data, entry, i, entries.length, s),
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  const title = data.complaint ? `${DISPOSITION_TITLE} ${data.complaint.registerNumber}` : DISPOSITION_TITLE;
  return {
    pageSize: setup.pageSize,
    pageOrientation: setup.pageOrientation,
    pageMargins: setup.pageMargins,
    info: documentInfo(title, data.office.nameLines, data.printedAt),
    defaultStyle: { font: FONT_SANS, fontSize: s.base, lineHeight: 1.1 },
    footer: data.printedBy
      ? {
          text: printedByLine(data.printedBy, data.printedAt, data.office.timeZone),
          fontSize: s.small - 1,
          color: '#555555',
          margin: [marginLeft, Math.max(4, marginBottom / 2 - 4), marginRight, 0],
        }
      : undefined,
    content: slips,
  };
}

/** Renders the lembar disposisi to PDF bytes. */
export async function renderDispositionSheetPdf(data: DispositionSheetData): Promise<Buffer> {
  return renderPdf(buildDispositionSheetDocument(data));
}
