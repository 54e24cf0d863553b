import type { CanvasRect, Column, Content, TableCell } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import type { OfficeTimeZone } from '../../shared/office/time-zones';
import { officeClock } from '../../shared/time/indonesian-dates';
import type { LetterDocumentData, ParafMark } from './letter-document-data';

/**
 * What prints under the signature of a letter, from the left margin: the verification QR
 * code of a signed letter with its caption, and the paraf column of the file copy.
 */

/** 2 pt modules: a 58–66 pt code for a verification payload, scannable from paper by a phone. */
const QR_MODULE_PT = 2;
const FOOT_FONT_SIZE = 7.5;

/** Academic titles and honorifics that are not part of a paraf ("Dr.", "H.", "Hj."). */
const NAME_PREFIXES = /^(dr|drs|dra|ir|h|hj|prof|kh)\.?$/i;

/**
 * A paraf is the official's initials: "Rahmat Hidayat, S.E., M.Si." → "RH". Degrees after
 * the comma and honorifics before the name are left out.
 */
export function parafInitials(name: string): string {
  const words = (name.split(',')[0] ?? '')
    .split(/\s+/)
    .filter((w) => w !== '' && !NAME_PREFIXES.test(w));
  return words
    .map((w) => w.replace(/[^\p{L}]/gu, '').charAt(0).toLocaleUpperCase('id-ID'))
    .join('')
    .slice(0, 4);
}

/** "23/11/2026" in the office's zone: the Tgl column is narrow. */
export function shortOfficeDate(at: Date, zone: OfficeTimeZone): string {
  const c = officeClock(at, zone);
  return `${String(c.day).padStart(2, '0')}/${String(c.month).padStart(2, '0')}/${c.year}`;
}

/**
 * The paraf column of the file copy (the officials who checked the draft, in route order):
 * No | Jabatan | Paraf | Tgl. The Paraf cell holds the initials the app recorded; rows are
 * tall enough for the wet-ink paraf over them. A stop still waiting prints empty cells.
 */
export function parafTable(parafs: readonly ParafMark[], zone: OfficeTimeZone): Content {
  const head = ['No', 'Jabatan', 'Paraf', 'Tgl'].map((text): TableCell => ({ text, bold: true, alignment: 'center' }));
  const rows = parafs.map((p, i): TableCell[] => [
    { text: `${i + 1}.`, alignment: 'center' },
    { text: p.jabatan.trim() },
    { text: p.at ? parafInitials(p.name) : '', alignment: 'center', italics: true, bold: true },
    { text: p.at ? shortOfficeDate(p.at, zone) : '', alignment: 'center' },
  ]);
  return {
    // The date column as wide as its date in the letter's typeface (Bookman is wider than Arial).
    table: { widths: [14, '*', 40, 'auto'], body: [head, ...rows], headerRows: 1, dontBreakRows: true },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => 2,
      paddingRight: () => 2,
      paddingTop: (i) => (i === 0 ? 1 : 3),
      paddingBottom: (i) => (i === 0 ? 1 : 3),
    },
    fontSize: FOOT_FONT_SIZE,
    lineHeight: 1,
    alignment: 'left',
  };
}

/**
 * The QR code as vector squares, drawn with the `qrcode` package's matrix: byte mode, level
 * Q (a quarter of the code may be smudged or stamped over), one rectangle per run of dark
 * modules along a row. Cheaper to lay out than pdfmake's own QR node (one rectangle per
 * module), which matters when a hundred letters print in a batch.
 */
export function qrCanvas(content: string, moduleSize: number): { qr: Content; side: number } {
  const { modules } = QRCode.create([{ data: Buffer.from(content, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'Q' });
  const n = modules.size;
  const rects: CanvasRect[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      rects.push({ type: 'rect', x: start * moduleSize, y: row * moduleSize, w: (col - start) * moduleSize, h: moduleSize, color: '#000000' });
    }
  }
  return { qr: { canvas: rects, width: n * moduleSize, height: n * moduleSize } as Content, side: n * moduleSize };
}

/**
 * The QR code (its content is `qrText`, e.g. "meja-aduan:surat:<CODE>") with the caption
 * beside it; the code is added under the caption when the caption does not already say it,
 * so that someone without a scanner can type it on the verification screen.
 */
export function verificationBlock(verification: NonNullable<LetterDocumentData['verification']>): Content {
  const { qr, side } = qrCanvas(verification.qrText, QR_MODULE_PT);
  const code = verification.code.trim();
  const caption: Content[] = [{ text: verification.caption.trim() }];
  if (code && !verification.caption.includes(code)) caption.push({ text: [{ text: 'Kode verifikasi: ' }, { text: code, bold: true }], margin: [0, 2, 0, 0] });
  return {
    columns: [
      // The white around the code is its quiet zone: nothing else is drawn within 4 modules of it.
      { stack: [qr], width: side },
      { stack: caption, width: '*', margin: [0, 2, 0, 0] },
    ],
    columnGap: 4 * QR_MODULE_PT,
    fontSize: FOOT_FONT_SIZE,
    lineHeight: 1.05,
    alignment: 'left',
  };
}

/**
 * The foot of the letter under the signature, as one row from the left margin: the
 * verification block, then the paraf table beside it (under it when there is no QR, the
 * table alone at the left). One row rather than a stack keeps the closing group, which must
 * not break over a page, as short as it can be. Nothing when the letter has neither (a
 * draft, or the copy that is sent).
 */
export function letterFoot(data: Pick<LetterDocumentData, 'verification' | 'parafs' | 'office'>): Content[] {
  const verification = data.verification ? verificationBlock(data.verification) : null;
  const parafs = data.parafs.length > 0 ? parafTable(data.parafs, data.office.timeZone) : null;
  if (!verification && !parafs) return [];
  const columns: Column[] = [];
  if (verification) columns.push({ stack: [verification], width: '48%' });
  if (parafs) columns.push({ stack: [parafs], width: verification ? '*' : '52%' });
  if (!verification || !parafs) columns.push({ text: '', width: '*' });
  return [{ columns, columnGap: 14, margin: [0, 14, 0, 0], unbreakable: true }];
}
