import { describe, expect, it } from 'vitest';
import { receiptQrContent } from '../../../electron/documents/complaint-receipt-document';
import {
  renderDispositionSheetPdf,
  type DispositionEntry,
  type DispositionPaper,
  type DispositionSheetData,
} from '../../../electron/documents/disposition-sheet-document';
import { withCheckSymbol } from '../../../shared/numbering/tracking-code';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import { pdfInfo, pdfPageSizes, pdfPagesText, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';
import { encodes, HAS_ZBARIMG, readQrMatrix, zbarDecode } from '../../support/qr-reader';

// A Kanwil office (WIB) and a complaint disposed down the chain Kakanwil → Kadiv → Kabag.

const OFFICE: OfficeSettings = {
  nameLines: ['Kementerian Hukum dan Hak Asasi Manusia', 'Kantor Wilayah Kepulauan Riau'],
  address: 'Jl. Ahmad Yani No. 1, Kecamatan Batam Kota, Kota Batam, Kepulauan Riau 29461',
  phone: '(0778) 471234',
  website: 'kepri.kemenkumham.go.id',
  email: 'kanwil.kepri@kemenkumham.go.id',
  logoDataUrl: '',
  timeZone: 'WIB',
  paperSize: 'F4',
};

const TRACKING = withCheckSymbol('7KQ4M9XZ');
const REGISTER = '0012/ADU/W.32/XI/2026';

const KAKANWIL: DispositionEntry = {
  urgency: 'segera',
  recipients: ['Kepala Divisi Keimigrasian'],
  instructions: ['tanggapan-dan-saran', 'proses-lebih-lanjut'],
  otherInstruction: 'Laporkan hasilnya kepada saya',
  note: 'Mohon diteliti kebenaran laporan dan dikonfirmasi kepada petugas loket yang bersangkutan.',
  dueAt: '2026-11-25',
  disposedBy: { name: 'Dr. Agus Widjaja', position: 'Kepala Kantor Wilayah' },
  disposedAt: '2026-11-23T02:30:00Z', // 09.30 WIB
};

const KADIV: DispositionEntry = {
  urgency: 'sangat-segera',
  recipients: ['Kepala Bidang Perizinan dan Informasi Keimigrasian', 'Kepala Bidang Intelijen dan Penindakan Keimigrasian', 'Kepala Bagian Umum'],
  instructions: ['koordinasi-konfirmasikan', 'untuk-diketahui'],
  otherInstruction: '',
  note: 'Koordinasikan dengan Kantor Imigrasi Belakang Padang.',
  dueAt: '2026-11-24T09:00:00Z', // 16.00 WIB
  disposedBy: { name: 'Hendra Gunawan', position: 'Kepala Divisi Keimigrasian' },
  disposedAt: '2026-11-23T17:30:00Z', // already Tuesday 24 November, 00.30 WIB
};

function data(overrides: Partial<DispositionSheetData> = {}): DispositionSheetData {
  return {
    office: OFFICE,
    paper: 'setengah-folio',
    complaint: { registerNumber: REGISTER, trackingCode: TRACKING },
    letter: {
      from: 'Siti Rahmawati',
      letterNumber: '070/123/RT.05/XI/2026',
      letterDate: '2026-11-18',
      receivedDate: '2026-11-20',
      agendaNumber: '1473',
      subject: 'Dugaan pungutan biaya tambahan pada pelayanan paspor',
    },
    dispositions: [KAKANWIL],
    printedAt: new Date('2026-11-23T03:00:00Z'),
    printedBy: 'Rina Kartika',
    ...overrides,
  };
}

const flow = (pdf: Buffer) => pdfToText(pdf, 'raw').replace(/\s+/g, ' ');
/** "X" right before a label: the ticked box; the label alone: an empty one. */
const ticked = (text: string, label: string) => new RegExp(`(^|\\s)X ${label.replace(/[/()]/g, '\\$&')}`).test(text);

const SIZES: Record<DispositionPaper, [number, number]> = {
  'setengah-folio': [609.45, 467.72], // 215 × 165 mm, landscape
  A5: [419.53, 595.28],
  A4: [595.28, 841.89],
};

describe('lembar disposisi PDF', () => {
  it('prints the letterhead, the title and the clerk part with aligned labels', async () => {
    const pdf = await renderDispositionSheetPdf(data());
    const text = flow(pdf);
    expect(pdfToText(pdf)).toContain('KANTOR WILAYAH KEPULAUAN RIAU');
    expect(text).toContain('LEMBAR DISPOSISI');
    expect(text).toContain('Surat dari : Siti Rahmawati');
    expect(text).toContain('Nomor surat : 070/123/RT.05/XI/2026');
    expect(text).toContain('Tanggal surat : 18 November 2026');
    expect(text).toContain('Diterima tanggal : 20 November 2026');
    expect(text).toContain('Nomor agenda : 1473');
    expect(text).toContain('Hal : Dugaan pungutan biaya tambahan pada pelayanan paspor');
    // The colons of the clerk's left column stand one under the other.
    const words = pdfWordBoxes(pdf)[0]?.words ?? [];
    const colonAfter = (label: string) => {
      const at = words.findIndex((w) => w.text === label);
      return words.slice(at).find((w) => w.text === ':')?.xMin ?? Number.NaN;
    };
    expect(Math.abs(colonAfter('dari') - colonAfter('surat'))).toBeLessThan(1);
    expect(pdfInfo(pdf).Title).toBe(`LEMBAR DISPOSISI ${REGISTER}`);
  });

  it('ticks exactly one sifat box and the chosen instructions, with the free line', async () => {
    const text = flow(await renderDispositionSheetPdf(data()));
    expect(ticked(text, 'Segera')).toBe(true);
    for (const other of ['Sangat Segera', 'Rahasia', 'Biasa']) expect(ticked(text, other), other).toBe(false);
    expect(text.match(/(^|\s)X /g)?.length).toBe(1 + 1 + 2 + 1); // sifat, recipient, two instructions, free line
    expect(ticked(text, 'Tanggapan dan saran')).toBe(true);
    expect(ticked(text, 'Proses lebih lanjut')).toBe(true);
    expect(ticked(text, 'Koordinasi/konfirmasikan')).toBe(false);
    expect(ticked(text, 'Untuk diketahui')).toBe(false);
    expect(ticked(text, 'Laporkan hasilnya kepada saya')).toBe(true);
    expect(text).toContain('Catatan: Mohon diteliti kebenaran laporan');
    expect(text).toContain('Batas waktu: Rabu, 25 November 2026');
    expect(text).toMatch(/Kepala Kantor Wilayah, Dr\. Agus Widjaja Tanggal: 23 November 2026/);
  });

  it('numbers one or three recipients, each with a ticked box', async () => {
    const one = flow(await renderDispositionSheetPdf(data()));
    expect(one).toContain('Diteruskan kepada: 1. X Kepala Divisi Keimigrasian');
    expect(one).not.toContain(' 2. ');
    const three = flow(await renderDispositionSheetPdf(data({ dispositions: [KADIV] })));
    expect(three).toMatch(/1\. X Kepala Bidang Perizinan dan Informasi Keimigrasian 2\. X Kepala Bidang Intelijen dan Penindakan Keimigrasian 3\. X Kepala Bagian Umum/);
    expect(ticked(three, 'Sangat Segera')).toBe(true);
    // The deadline as an instant is read in the office zone; so is the date of the paraf.
    expect(three).toContain('Batas waktu: Selasa, 24 November 2026');
    expect(three).toContain('Tanggal: 24 November 2026');
  });

  it.each(['setengah-folio', 'A5', 'A4'] as const)('fits one slip with three recipients on one %s page, inside the margins', async (paper) => {
    const pdf = await renderDispositionSheetPdf(data({ paper, dispositions: [KADIV] }));
    const { pages, sizes } = pdfPageSizes(pdf);
    expect(pages).toBe(1);
    const [width, height] = SIZES[paper];
    expect(Math.abs((sizes[0]?.width ?? 0) - width)).toBeLessThanOrEqual(1);
    expect(Math.abs((sizes[0]?.height ?? 0) - height)).toBeLessThanOrEqual(1);
    for (const word of pdfWordBoxes(pdf)[0]?.words ?? []) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(20);
      expect(word.xMax, word.text).toBeLessThanOrEqual(width - 20);
      expect(word.yMax, word.text).toBeLessThanOrEqual(height - 8);
    }
    expect(flow(pdf)).toContain('Hendra Gunawan Tanggal:');
  });

  it.each(['setengah-folio', 'A5', 'A4'] as const)('carries a QR code on %s that leads back to the complaint, beside the register number', async (paper) => {
    const pdf = await renderDispositionSheetPdf(data({ paper }));
    const expected = receiptQrContent(TRACKING);
    expect(expected).toBe(`meja-aduan:pengaduan:${TRACKING}`);
    const matrix = readQrMatrix(pdf);
    expect(encodes(matrix, expected)).toBe(true);
    expect(encodes(matrix, `meja-aduan:pengaduan:${TRACKING.slice(0, -1)}2`)).toBe(false);
    // In the bottom-left corner of the slip, the register number at its right.
    const words = pdfWordBoxes(pdf)[0];
    const register = words?.words.find((w) => w.text === REGISTER);
    expect(register).toBeDefined();
    expect(register?.xMin ?? 0).toBeGreaterThan(matrix.topLeftPt.x + matrix.sidePt);
    expect(matrix.topLeftPt.x).toBeLessThan((words?.width ?? 0) / 4);
    expect(matrix.topLeftPt.y).toBeGreaterThan((words?.height ?? 0) / 2);
    expect(flow(pdf)).toContain(`Kode pelacakan ${TRACKING.slice(0, 4)}-${TRACKING.slice(4)}`);
    if (HAS_ZBARIMG) expect(zbarDecode(pdf, 150)).toBe(expected);
  });

  it('prints a chain of dispositions as one slip per page, in order', async () => {
    const pdf = await renderDispositionSheetPdf(data({ paper: 'A4', dispositions: [KAKANWIL, KADIV] }));
    const pages = pdfPagesText(pdf).map((p) => p.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Lembar 1 dari 2');
    expect(pages[0]).toContain('Dr. Agus Widjaja');
    expect(pages[1]).toContain('Lembar 2 dari 2');
    expect(pages[1]).toContain('Hendra Gunawan');
    expect(pages[1]).not.toContain('Agus Widjaja');
    // Each slip travels alone: the letter data and the QR code are on both.
    for (const page of pages) expect(page).toContain('Nomor agenda : 1473');
    expect(encodes(readQrMatrix(pdf, 2), receiptQrContent(TRACKING))).toBe(true);
    expect(pdfToText(pdf)).not.toContain('Lembar 1 dari 1');
  });

  it('prints an empty form to fill in by hand: no ticks, no QR code, no printed-by line', async () => {
    for (const paper of ['setengah-folio', 'A5'] as const) {
      const pdf = await renderDispositionSheetPdf(data({ paper, complaint: null, letter: null, dispositions: [], printedBy: null }));
      expect(pdfPageSizes(pdf).pages).toBe(1);
      const text = flow(pdf);
      for (const label of ['Surat dari :', 'Nomor surat :', 'Tanggal surat :', 'Diterima tanggal :', 'Nomor agenda :', 'Sifat :', 'Hal :',
        'Diteruskan kepada:', 'Dengan hormat harap:', 'Tanggapan dan saran', 'Untuk diketahui', 'Catatan:', 'Batas waktu:', 'Paraf pejabat,'])
        expect(text, label).toContain(label);
      expect(text).toMatch(/1\. 2\. 3\. 4\./);
      expect(text).not.toMatch(/(^|\s)X /);
      expect(text).not.toContain('Dicetak dari Meja Aduan');
      expect(text).not.toContain('–');
      expect(() => readQrMatrix(pdf)).toThrow(/finder patterns/);
    }
  });

  it('prints the clerk part filled and the leader part blank, with the usual recipients to tick', async () => {
    const pdf = await renderDispositionSheetPdf(data({ dispositions: [], blankRecipientChoices: ['Kepala Divisi Keimigrasian', 'Kepala Bagian Umum'] }));
    const text = flow(pdf);
    expect(text).toContain('Nomor agenda : 1473');
    expect(text).toMatch(/1\. Kepala Divisi Keimigrasian 2\. Kepala Bagian Umum 3\. 4\./);
    expect(text).not.toMatch(/(^|\s)X /);
    expect(encodes(readQrMatrix(pdf), receiptQrContent(TRACKING))).toBe(true);
    expect(text).toContain('Dicetak dari Meja Aduan oleh Rina Kartika, Senin, 23 November 2026 pukul 10.00 WIB');
  });
});
