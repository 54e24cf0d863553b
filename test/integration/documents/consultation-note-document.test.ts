import { describe, expect, it } from 'vitest';
import {
  NO_VISIT_TEXT,
  renderConsultationNotePdf,
  type ConsultationNoteInput,
} from '../../../electron/documents/consultation-note-document';
import type { ComplaintDetail, ConsultationNote } from '../../../shared/complaints/complaint';
import type { GuestVisit } from '../../../shared/guests/guest-visit';
import { withCheckSymbol } from '../../../shared/numbering/tracking-code';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import { pdfInfo, pdfPageSizes, pdfPagesText, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';

// ---------------------------------------------------------------------------------------
// Fixtures: a Palu office (WITA, UTC+8); Siti comes back on 2 December to ask how far her
// complaint of 23 November has got (seed 000).

const OFFICE: OfficeSettings = {
  nameLines: ['Pemerintah Kota Palu', 'Dinas Komunikasi, Informatika, Statistik dan Persandian'],
  address: 'Jl. Balai Kota Selatan No. 1, Tanamodindi, Kec. Mantikulore, Kota Palu, Sulawesi Tengah 94111',
  phone: '(0451) 421234',
  website: 'diskominfo.palukota.go.id',
  email: 'diskominfo@palukota.go.id',
  logoDataUrl: '',
  timeZone: 'WITA',
  paperSize: 'A4',
};

const TRACKING = withCheckSymbol('7KQ4M9XZ');
const SITI = 'Siti Rahmawati Lamasitudju';

function complaint(overrides: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return {
    id: 12,
    registerNumber: '0012/ADU/435.11/XI/2026',
    trackingCode: TRACKING,
    receivedAt: '2026-11-23T00:15:00.000Z',
    channel: 'langsung',
    kind: 'pengaduan',
    categoryName: 'Pungutan liar',
    subject: 'Pungutan biaya legalisir akta kelahiran di loket pelayanan',
    privacy: 'biasa',
    unitComplained: 'Bidang Pelayanan Informasi Publik',
    status: 'diproses',
    dueAt: '2026-12-11T00:15:00.000Z',
    overdue: false,
    form: 'lisan',
    categoryId: 3,
    description: 'Petugas loket meminta biaya Rp50.000 untuk legalisir akta kelahiran tanpa kuitansi.',
    requestedAction: '',
    eventPlace: '',
    eventDate: '',
    complainant: { name: SITI, nik: '7271034506880002', phone: '081241234567', email: '', address: 'Jl. Sam Ratulangi No. 12, Palu' },
    complainantDisplay: SITI,
    identityMasked: false,
    channelDetails: {},
    guestVisitId: 5,
    settledAtCounter: false,
    counterAnswer: '',
    mergedIntoId: null,
    createdBy: 'Rina Kartika',
    attachments: [],
    history: [],
    related: [],
    consultations: [],
    ...overrides,
  };
}

const VISIT: GuestVisit = {
  id: 31,
  name: SITI,
  nik: '7271034506880002',
  phone: '081241234567',
  address: 'Jl. Sam Ratulangi No. 12, Palu',
  institution: 'Perorangan',
  purpose: 'tanya_progres',
  purposeOther: '',
  host: 'Petugas Pengaduan',
  notes: '',
  timeIn: '2026-12-02T01:25:00.000Z', // Wednesday 09.25 WITA
  timeOut: null,
  status: 'aktif',
  cancelReason: null,
  cancelledAt: null,
  cancelledBy: null,
  createdBy: 'Rina Kartika',
};

const NOTE_TEXT = [
  'Pelapor datang menanyakan perkembangan pengaduan pungutan biaya legalisir. Dijelaskan bahwa pengaduan telah diverifikasi pada 24 November 2026 dan didisposisikan Kepala Dinas kepada Bidang Pelayanan Informasi Publik.',
  'Bidang terkait telah memanggil petugas loket yang bersangkutan pada 27 November 2026; hasil pemeriksaan sedang disusun. Pelapor diminta menunggu surat jawaban resmi paling lambat 11 Desember 2026.',
  'Pelapor menyatakan puas dengan penjelasan petugas.',
].join('\n\n');

const NOTE: ConsultationNote = {
  id: 3,
  complaintId: 12,
  guestVisitId: 31,
  note: NOTE_TEXT,
  createdBy: 'Andi Baso Mappanyukki',
  createdAt: '2026-12-02T01:40:00.000Z', // 09.40 WITA
};

function input(overrides: Partial<ConsultationNoteInput> = {}): ConsultationNoteInput {
  return {
    office: OFFICE,
    complaint: complaint(),
    note: NOTE,
    visit: VISIT,
    printedAt: new Date('2026-12-02T01:45:00Z'),
    printedBy: 'Andi Baso Mappanyukki',
    ...overrides,
  };
}

const flow = (pdf: Buffer) => pdfToText(pdf, 'raw').replace(/\s+/g, ' ');
const noteText = async (overrides: Partial<ConsultationNoteInput> = {}) => flow(await renderConsultationNotePdf(input(overrides)));

// ---------------------------------------------------------------------------------------

describe('catatan konsultasi PDF', () => {
  it('prints the visitor, the complaint asked about, the note, the officer and two signature boxes', async () => {
    const pdf = await renderConsultationNotePdf(input());
    const text = flow(pdf);

    expect(pdfToText(pdf)).toContain('PEMERINTAH KOTA PALU');
    expect(text).toContain('CATATAN KONSULTASI Rabu, 2 Desember 2026');
    expect(text).toContain(`Nama : ${SITI}`);
    expect(text).toContain('Waktu datang : Rabu, 2 Desember 2026 pukul 09.25 WITA');
    expect(text).toContain('Instansi : Perorangan');
    expect(text).toContain('Nomor register : 0012/ADU/435.11/XI/2026');
    expect(text).toContain(`Kode pelacakan : ${TRACKING.slice(0, 4)}-${TRACKING.slice(4)}`);
    expect(text).toContain('Diterima : 23 November 2026');
    expect(text).toContain('Pokok aduan : Pungutan biaya legalisir akta kelahiran di loket pelayanan');
    expect(text).toContain('Status : Diproses');
    for (const paragraph of NOTE_TEXT.split('\n\n')) expect(text).toContain(paragraph);
    expect(text).toContain('Dicatat oleh Andi Baso Mappanyukki, Rabu, 2 Desember 2026 pukul 09.40 WITA.');
    expect(text).toMatch(/Pengunjung, .*Palu, 2 Desember 2026 Petugas, .*Andi Baso Mappanyukki/);
    expect(text).toContain('Dicetak dari Meja Aduan oleh Andi Baso Mappanyukki, Rabu, 2 Desember 2026 pukul 09.45 WITA');

    // The two signature boxes side by side: the visitor's at the left, the officer's at the right.
    const words = pdfWordBoxes(pdf)[0]?.words ?? [];
    const visitorRole = words.find((w) => w.text === 'Pengunjung,');
    const officerRole = words.find((w) => w.text === 'Petugas,');
    expect(visitorRole && officerRole).toBeTruthy();
    expect(Math.abs((visitorRole?.yMin ?? 0) - (officerRole?.yMin ?? 99))).toBeLessThan(2);
    expect(visitorRole?.xMax ?? 999).toBeLessThan(officerRole?.xMin ?? 0);
    // The visitor's name printed under the visitor's box, below the role with room to sign.
    const names = words.filter((w) => w.text === 'Lamasitudju');
    const signedName = names.at(-1);
    expect(signedName?.yMin ?? 0).toBeGreaterThan((visitorRole?.yMax ?? 0) + 30);
  });

  it('says so when the note is not linked to a guest-book visit, and leaves the name to be written', async () => {
    const text = await noteText({ visit: null, note: { ...NOTE, guestVisitId: null } });
    expect(text).toContain(`Buku tamu : ${NO_VISIT_TEXT}`);
    expect(text).not.toContain('Waktu datang');
    expect(text).toMatch(/Pengunjung, .*\(\.{10,}\)/);
  });

  it('masks the visitor of a confidential complaint and says the identity is confidential', async () => {
    const text = await noteText({
      complaint: complaint({
        privacy: 'rahasia',
        identityMasked: true,
        complainant: { name: 'S*** R*** L***', nik: '72************02', phone: '0812******67', email: '', address: '(dirahasiakan)' },
        complainantDisplay: 'S*** R*** L*** (rahasia)',
      }),
    });
    expect(text).toContain('Nama : S*** R*** L***');
    expect(text).toContain('Kerahasiaan : Identitas pelapor dirahasiakan');
    for (const trace of ['Siti', 'Rahmawati', 'Lamasitudju', 'Perorangan']) expect(text).not.toContain(trace);
    expect(text).toMatch(/Pengunjung, .*\(\.{10,}\)/);
  });

  it('prints no name at all for an anonymous complaint', async () => {
    const text = await noteText({
      complaint: complaint({
        privacy: 'anonim',
        complainant: { name: '', nik: '', phone: '', email: '', address: '' },
        complainantDisplay: 'Anonim',
      }),
    });
    expect(text).toContain('Nama : Anonim');
    for (const trace of ['Siti', 'Lamasitudju']) expect(text).not.toContain(trace);
  });

  it('is printed on the office paper, A4 or F4 portrait, on one page for an ordinary note', async () => {
    const a4 = pdfPageSizes(await renderConsultationNotePdf(input()));
    expect(a4.pages).toBe(1);
    expect(Math.round(a4.sizes[0]?.width ?? 0)).toBe(595);
    expect(Math.round(a4.sizes[0]?.height ?? 0)).toBe(842);

    const f4 = pdfPageSizes(await renderConsultationNotePdf(input({ office: { ...OFFICE, paperSize: 'F4' } })));
    expect(f4.pages).toBe(1);
    expect(Math.round(f4.sizes[0]?.width ?? 0)).toBe(609); // 215 mm
    expect(Math.round(f4.sizes[0]?.height ?? 0)).toBe(935); // 330 mm
  });

  it('runs a long note over pages, numbered, with the signatures kept together', async () => {
    const long = Array.from({ length: 14 }, (_, i) => `Paragraf ${i + 1}. ${NOTE_TEXT.split('\n\n')[0]} ${NOTE_TEXT.split('\n\n')[1]}`).join('\n\n');
    const pdf = await renderConsultationNotePdf(input({ note: { ...NOTE, note: long } }));
    const pages = pdfPagesText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`));
    expect(pages[1]).toContain('CATATAN KONSULTASI · 0012/ADU/435.11/XI/2026');
    // Both boxes and the officer's name on one page.
    const signed = pages.find((p) => p.includes('Petugas,'));
    expect(signed).toContain('Pengunjung,');
    expect(signed).toContain('Andi Baso Mappanyukki');
    expect(flow(pdf)).toContain('Paragraf 14.');
  });

  it('records the title in the PDF metadata', async () => {
    const info = pdfInfo(await renderConsultationNotePdf(input()));
    expect(info.Title).toBe('Catatan Konsultasi 0012/ADU/435.11/XI/2026');
    expect(info.Creator).toBe('Meja Aduan');
  });
});
