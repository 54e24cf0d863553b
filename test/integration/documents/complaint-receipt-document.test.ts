import { describe, expect, it } from 'vitest';
import {
  receiptQrContent,
  renderComplaintReceiptPdf,
  type ComplaintReceiptInput,
  type ReceiptPaperSize,
} from '../../../electron/documents/complaint-receipt-document';
import type { ComplaintDetail } from '../../../shared/complaints/complaint';
import { CHANNELS, type Channel } from '../../../shared/complaints/complaint-enums';
import { withCheckSymbol } from '../../../shared/numbering/tracking-code';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import { pdfInfo, pdfPageSizes, pdfToText, pdfWordBoxes } from '../../support/pdf-tools';
import { encodes, HAS_ZBARIMG, readQrMatrix, zbarDecode } from '../../support/qr-reader';

// ---------------------------------------------------------------------------------------
// Fixtures: a Palu office (WITA, UTC+8) and a complaint taken at its counter.

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
const TRACKING_SHOWN = `${TRACKING.slice(0, 4)}-${TRACKING.slice(4)}`;

const DESCRIPTION =
  'Pada hari Jumat, 20 November 2026 sekitar pukul 10.00 WITA saya mengurus legalisir akta kelahiran anak saya di loket pelayanan. ' +
  'Petugas meminta biaya tambahan sebesar Rp50.000 tanpa kuitansi dengan alasan "biaya percepatan", padahal di papan informasi tertulis layanan ini gratis. ' +
  'Ketika saya menanyakan dasar pungutan tersebut, petugas menjawab dengan nada tinggi dan meminta saya datang lagi minggu depan bila tidak mau membayar. ' +
  'Beberapa warga lain yang antre bersama saya juga mengalami hal yang sama. Saya mohon agar pungutan ini diperiksa, petugas yang bersangkutan dibina, ' +
  'dan uang warga yang sudah terlanjur dibayarkan dikembalikan. PENUTUP-TIDAK-TERCETAK';

const SITI = {
  name: 'Siti Rahmawati Lamasitudju',
  nik: '7271034506880002',
  phone: '081241234567',
  email: 'siti.rahma@gmail.com',
  address: 'Jl. Sam Ratulangi No. 12, Kel. Besusu Barat, Palu Timur',
};

/** As the backend masks a confidential complainant (identity-mask.ts). */
const SITI_MASKED = { name: 'S*** R*** L***', nik: '72************02', phone: '0812******67', email: 's***@gmail.com', address: '(dirahasiakan)' };

const LETTER = {
  letterNumber: '070/123/RT.05/XI/2026',
  letterDate: '2026-11-18',
  letterSender: 'Ketua RT 05 Kelurahan Lolu Utara',
  letterReceivedDate: '2026-11-20',
  agendaNumber: '0456',
};

function complaint(overrides: Partial<ComplaintDetail> = {}): ComplaintDetail {
  return {
    id: 12,
    registerNumber: '0012/ADU/435.11/XI/2026',
    trackingCode: TRACKING,
    receivedAt: '2026-11-23T00:15:00.000Z', // Monday 08.15 WITA
    channel: 'langsung',
    kind: 'pengaduan',
    categoryName: 'Pungutan liar',
    subject: 'Pungutan biaya legalisir akta kelahiran di loket pelayanan',
    privacy: 'biasa',
    unitComplained: 'Bidang Pelayanan Informasi Publik',
    status: 'diterima',
    dueAt: '2026-11-26T00:15:00.000Z', // Thursday, three working days later
    overdue: false,
    form: 'lisan',
    categoryId: 3,
    description: DESCRIPTION,
    requestedAction: 'Pungutan dihentikan dan uang dikembalikan',
    eventPlace: 'Loket pelayanan lantai 1',
    eventDate: '2026-11-20',
    complainant: { ...SITI },
    complainantDisplay: SITI.name,
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

/** Each channel but 'langsung' (the fixture's own): what the receipt says about it. */
const CHANNEL_CASES: [Channel, Partial<ComplaintDetail>, string][] = [
  ['surat', { channel: 'surat', channelDetails: LETTER },
    'Saluran : Surat nomor 070/123/RT.05/XI/2026 tanggal 18 November 2026 dari Ketua RT 05 Kelurahan Lolu Utara, diterima 20 November 2026, nomor agenda 0456'],
  ['media_sosial', { channel: 'media_sosial', channelDetails: { socialPlatform: 'Instagram', socialAccount: '@sitirahma_plw', socialLink: 'https://www.instagram.com/p/DC7xYz1Pq/' } },
    'Saluran : Media sosial Instagram, akun @sitirahma_plw https://www.instagram.com/p/DC7xYz1Pq/ Jenis'],
  ['lapor', { channel: 'lapor', channelDetails: { laporTrackingId: 'LAPOR-8823412' } },
    'Saluran : SP4N-LAPOR!, nomor tiket LAPOR-8823412'],
  ['email', { channel: 'email', channelDetails: { fromAddress: 'siti.rahma@gmail.com' } }, 'Saluran : Surel (e-mail) dari siti.rahma@gmail.com'],
  ['whatsapp', { channel: 'whatsapp', channelDetails: { fromNumber: '081241234567' } }, 'Saluran : WhatsApp dari 081241234567'],
  ['sms', { channel: 'sms', channelDetails: { fromNumber: '085298765432' } }, 'Saluran : SMS dari 085298765432'],
  ['website', { channel: 'website', channelDetails: { websiteLink: 'https://palukota.go.id/pengaduan/3321' } },
    'Saluran : Situs web https://palukota.go.id/pengaduan/3321 Jenis'],
  ['kotak', { channel: 'kotak' }, 'Saluran : Kotak pengaduan'],
  ['telepon', { channel: 'telepon' }, 'Saluran : Telepon'],
];

function input(overrides: Partial<ComplaintDetail> = {}, extra: Partial<ComplaintReceiptInput> = {}): ComplaintReceiptInput {
  return {
    office: OFFICE,
    complaint: complaint(overrides),
    nextStep: 'Verifikasi kelengkapan dan kewenangan',
    dueAt: '2026-11-26T00:15:00.000Z',
    paperSize: 'A4',
    printedAt: new Date('2026-11-23T00:20:00Z'), // 08.20 WITA
    printedBy: 'Rina Kartika',
    ...extra,
  };
}

/** Text in drawing order, whitespace (and the non-breaking spaces of dates) folded. */
const flow = (pdf: Buffer) => pdfToText(pdf, 'raw').replace(/\s+/g, ' ');
const receiptText = async (overrides: Partial<ComplaintDetail> = {}, extra: Partial<ComplaintReceiptInput> = {}) =>
  flow(await renderComplaintReceiptPdf(input(overrides, extra)));

// ---------------------------------------------------------------------------------------

describe('tanda terima pengaduan PDF', () => {
  it('prints the letterhead, title, register number, tracking code and the summary', async () => {
    const pdf = await renderComplaintReceiptPdf(input());
    const layout = pdfToText(pdf);
    const text = flow(pdf);

    expect(layout).toContain('PEMERINTAH KOTA PALU');
    expect(layout).toContain('DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN');
    expect(layout).toContain('TANDA TERIMA PENGADUAN');
    expect(text).toContain('Nomor register: 0012/ADU/435.11/XI/2026');
    expect(text).toContain(`Kode pelacakan ${TRACKING_SHOWN}`);
    expect(text).toContain('Diterima : Senin, 23 November 2026 pukul 08.15 WITA');
    expect(text).toContain('Saluran : Datang langsung');
    expect(text).toContain('Jenis / bentuk : Pengaduan / Lisan');
    expect(text).toContain('Kategori : Pungutan liar');
    expect(text).toContain('Pokok aduan : Pungutan biaya legalisir akta kelahiran di loket pelayanan');
    expect(text).toContain('Unit yang diadukan : Bidang Pelayanan Informasi Publik');
    expect(text).toContain(`Nama pelapor : ${SITI.name}`);
    expect(text).toContain(`Telepon : ${SITI.phone}`);
    expect(text).toContain(`Alamat : ${SITI.address}`);
    // The NIK is not needed on a receipt; the complainant knows it and it is not printed.
    expect(text).not.toContain(SITI.nik);
    expect(text).not.toContain('dirahasiakan');
  });

  it('says what happens next and by when, and how to ask about progress', async () => {
    const text = await receiptText();
    expect(text).toContain('Langkah berikutnya: Verifikasi kelengkapan dan kewenangan paling lambat Kamis, 26 November 2026.');
    expect(text).toContain(
      'Tanyakan perkembangan dengan menyebut kode pelacakan ini di loket, telepon (0451) 421234 atau surel diskominfo@palukota.go.id.',
    );
    expect(text).not.toContain('diselesaikan di loket');

    // An office without a phone number names only what it has; a step without a deadline has no date.
    const bare = await receiptText({}, { office: { ...OFFICE, phone: '' }, dueAt: null, nextStep: 'Disposisi ke unit yang menangani.' });
    expect(bare).toContain('Langkah berikutnya: Disposisi ke unit yang menangani.');
    expect(bare).not.toContain('paling lambat');
    expect(bare).toContain('kode pelacakan ini di loket atau surel diskominfo@palukota.go.id.');
  });

  it('signs for the receiving officer with place and date, and leaves a line for a complainant at the counter', async () => {
    const text = await receiptText();
    expect(text).toMatch(/Pelapor, .*Palu, 23 November 2026 Petugas penerima,/);
    expect(text).toContain(SITI.name);
    expect(text).toMatch(/Rina Kartika\s*Dicetak dari Meja Aduan oleh Rina Kartika, Senin, 23 November 2026 pukul 08.20 WITA/);

    // A complaint by telephone: nobody at the counter to sign.
    const phoned = await receiptText({ channel: 'telepon' });
    expect(phoned).toContain('Petugas penerima,');
    expect(phoned).not.toContain('Pelapor,');
  });

  it('writes dates and times in the office zone, also across midnight', async () => {
    // 16.30 UTC on Sunday is already Monday 00.30 in Palu (WITA) but still Sunday 23.30 in Jakarta (WIB).
    const late = { receivedAt: '2026-11-22T16:30:00.000Z' };
    expect(await receiptText(late)).toContain('Diterima : Senin, 23 November 2026 pukul 00.30 WITA');
    const wib = await receiptText(late, { office: { ...OFFICE, timeZone: 'WIB' } });
    expect(wib).toContain('Diterima : Minggu, 22 November 2026 pukul 23.30 WIB');
    // The deadline is read in the office's zone as well (00.15 UTC Thursday is 07.15 WIB, same day).
    expect(wib).toContain('paling lambat Kamis, 26 November 2026');
    // A deadline given as a calendar day is that day, whatever the zone.
    expect(await receiptText({}, { dueAt: '2026-11-30' })).toContain('paling lambat Senin, 30 November 2026');
  });

  it('is titled by the kind of report', async () => {
    expect(await receiptText({ kind: 'aspirasi' })).toContain('TANDA TERIMA ASPIRASI');
    const info = await receiptText({ kind: 'permintaan_informasi' });
    expect(info).toContain('TANDA TERIMA PERMINTAAN INFORMASI');
    expect(info).toContain('Jenis / bentuk : Permintaan informasi / Lisan');
  });

  it.each(CHANNEL_CASES)('names the channel with its details: %s', async (_channel, overrides, expected) => {
    expect(await receiptText({ form: 'tertulis', ...overrides })).toContain(expected);
  });

  it('has a channel case for every channel of the register', () => {
    const covered = new Set(['langsung', ...CHANNEL_CASES.map(([channel]) => channel)]);
    expect([...covered].sort()).toEqual([...CHANNELS].sort());
  });

  it('prints "Anonim" and no identity at all for an anonymous complainant', async () => {
    // An anonymous complaint may keep a contact; the receipt still prints no trace of who it is.
    const text = await receiptText({
      privacy: 'anonim',
      channel: 'surat',
      form: 'tertulis',
      channelDetails: LETTER,
      complainant: { name: '', nik: '', phone: '081241234567', email: 'siti.rahma@gmail.com', address: '' },
      complainantDisplay: 'Anonim',
    });
    expect(text).toContain('Pelapor : Anonim');
    for (const trace of ['081241234567', 'siti.rahma', 'Ketua RT 05', 'Nama pelapor', 'Pelapor,']) expect(text).not.toContain(trace);
    expect(text).toContain('Surat nomor 070/123/RT.05/XI/2026 tanggal 18 November 2026, diterima 20 November 2026');

    const social = await receiptText({
      privacy: 'anonim',
      channel: 'media_sosial',
      channelDetails: { socialPlatform: 'TikTok', socialAccount: '@warga_palu_peduli', socialLink: 'https://www.tiktok.com/@warga_palu_peduli/video/1' },
      complainant: { name: '', nik: '', phone: '', email: '', address: '' },
      complainantDisplay: 'Anonim',
    });
    expect(social).toContain('Saluran : Media sosial TikTok');
    expect(social).not.toContain('warga_palu_peduli');
  });

  it('prints the masked identity of a confidential complainant and says it is confidential', async () => {
    const text = await receiptText({
      privacy: 'rahasia',
      identityMasked: true,
      complainant: { ...SITI_MASKED },
      complainantDisplay: 'S*** R*** L*** (rahasia)',
      channel: 'whatsapp',
      channelDetails: { fromNumber: SITI.phone },
    });
    expect(text).toContain('Nama pelapor : S*** R*** L***');
    expect(text).toContain('Telepon : 0812******67');
    expect(text).toContain('Alamat : (dirahasiakan)');
    expect(text).toContain('Kerahasiaan : Identitas pelapor dirahasiakan');
    // The sender's number is identity too: not printed beside the channel.
    expect(text).toContain('Saluran : WhatsApp');
    for (const trace of [SITI.phone, 'Siti', 'Lamasitudju', 'Sam Ratulangi']) expect(text).not.toContain(trace);

    // At the counter the confidential complainant signs and writes the name by hand.
    const atCounter = await receiptText({ privacy: 'rahasia', identityMasked: true, complainant: { ...SITI_MASKED } });
    expect(atCounter).toMatch(/Pelapor, .*\(\.{10,}\)/);
  });

  it('records the answer of a complaint settled at the counter instead of next steps', async () => {
    const answer = 'Legalisir akta kelahiran tidak dipungut biaya. Petugas loket telah mengembalikan Rp50.000 kepada pelapor disaksikan Kepala Bidang.';
    const text = await receiptText({ settledAtCounter: true, counterAnswer: answer, status: 'selesai', dueAt: null }, { dueAt: null });
    expect(text).toContain(`Jawaban di loket : ${answer}`);
    expect(text).toContain('Pengaduan ini telah diselesaikan di loket.');
    expect(text).not.toContain('Langkah berikutnya');
    expect(text).toContain(`Kode pelacakan ${TRACKING_SHOWN}`);
  });

  it('shortens a long description to about 600 characters, ending with "…"', async () => {
    const text = await receiptText();
    const printed = /Uraian singkat : (.*?) Unit yang diadukan/.exec(text)?.[1] ?? '';
    expect(printed.endsWith('…')).toBe(true);
    expect(printed.length).toBeGreaterThan(480);
    expect(printed.length).toBeLessThanOrEqual(601);
    expect(DESCRIPTION.replace(/\s+/g, ' ').startsWith(printed.slice(0, -1))).toBe(true);
    expect(text).not.toContain('PENUTUP-TIDAK-TERCETAK');

    const short = await receiptText({ description: 'Lampu jalan di depan kantor kelurahan Lolu padam sejak dua minggu.' });
    expect(short).toContain('Uraian singkat : Lampu jalan di depan kantor kelurahan Lolu padam sejak dua minggu. Unit');
  });

  const SIZES: Record<ReceiptPaperSize, [number, number]> = { A5: [419.53, 595.28], A4: [595.28, 841.89], F4: [609.45, 935.43] };

  it.each(['A5', 'A4', 'F4'] as const)('fits on one %s portrait page, inside the margins, even with a letter and a confidential complainant', async (paper) => {
    const typical = [
      input({}, { paperSize: paper }),
      input({ settledAtCounter: true, counterAnswer: 'Legalisir akta kelahiran tidak dipungut biaya; uang Rp50.000 telah dikembalikan kepada pelapor di loket.' }, { paperSize: paper }),
      input(
        {
          channel: 'surat',
          form: 'tertulis',
          channelDetails: LETTER,
          privacy: 'rahasia',
          identityMasked: true,
          complainant: { ...SITI_MASKED },
          subject: 'Dugaan pungutan liar dalam pelayanan legalisir akta kelahiran dan kartu keluarga di loket pelayanan terpadu lantai satu gedung dinas',
        },
        { paperSize: paper, nextStep: 'Verifikasi kelengkapan dan telaah oleh Subbag Umum, lalu disposisi Kepala Dinas kepada bidang terkait', printedBy: 'Rina Kartika, S.Sos.' },
      ),
    ];
    for (const receipt of typical) {
      const pdf = await renderComplaintReceiptPdf(receipt);
      const { pages, sizes } = pdfPageSizes(pdf);
      expect(pages).toBe(1);
      const [width, height] = SIZES[paper];
      expect(Math.abs((sizes[0]?.width ?? 0) - width)).toBeLessThanOrEqual(1);
      expect(Math.abs((sizes[0]?.height ?? 0) - height)).toBeLessThanOrEqual(1);
      // Every word inside the page with at least 1 cm to spare at the sides.
      const [page] = pdfWordBoxes(pdf);
      for (const word of page?.words ?? []) {
        expect(word.xMin, word.text).toBeGreaterThanOrEqual(28);
        expect(word.xMax, word.text).toBeLessThanOrEqual(width - 28);
        expect(word.yMax, word.text).toBeLessThanOrEqual(height - 14);
      }
      // The signer's name is on the page: the signature block did not fall off.
      expect(flow(pdf)).toContain(`Petugas penerima, ${receipt.printedBy}`);
    }
  });

  it.each(['A4', 'A5'] as const)('carries a QR code on %s that encodes meja-aduan:pengaduan:<code>', async (paper) => {
    const pdf = await renderComplaintReceiptPdf(input({}, { paperSize: paper }));
    const expected = `meja-aduan:pengaduan:${TRACKING}`;
    expect(receiptQrContent(TRACKING_SHOWN.toLowerCase())).toBe(expected);

    const matrix = readQrMatrix(pdf);
    expect(matrix.size).toBe(29); // version 3
    expect(encodes(matrix, expected)).toBe(true);
    // A code one symbol off does not match: the comparison really reads the modules.
    expect(encodes(matrix, `meja-aduan:pengaduan:${TRACKING.slice(0, -1)}2`)).toBe(false);
    // About 2 cm across (2 pt modules), in the upper part of the page, at the right beside the code.
    expect(matrix.sidePt).toBeGreaterThan(55);
    expect(matrix.sidePt).toBeLessThan(62);
    const codeWord = pdfWordBoxes(pdf)[0]?.words.find((w) => w.text === TRACKING_SHOWN);
    expect(codeWord).toBeDefined();
    expect(matrix.topLeftPt.x).toBeGreaterThan(codeWord?.xMax ?? Infinity);
    expect(Math.abs(matrix.topLeftPt.y + matrix.sidePt / 2 - ((codeWord?.yMin ?? 0) + (codeWord?.yMax ?? 0)) / 2)).toBeLessThan(30);

    // Where zbarimg (zbar-tools) is installed, a real QR reader must agree, at a scanner's 150 dpi.
    if (HAS_ZBARIMG) expect(zbarDecode(pdf, 150)).toBe(expected);
  });

  it('records the title and the office in the PDF metadata', async () => {
    const info = pdfInfo(await renderComplaintReceiptPdf(input()));
    expect(info.Title).toBe('TANDA TERIMA PENGADUAN 0012/ADU/435.11/XI/2026');
    expect(info.Author).toBe('Dinas Komunikasi, Informatika, Statistik dan Persandian');
    expect(info.Creator).toBe('Meja Aduan');
  });

  it('dates the signature without a place when the office address names no city', async () => {
    const text = await receiptText({}, { office: { ...OFFICE, address: 'Jl. Trans Sulawesi Km 12' } });
    expect(text).toMatch(/ 23 November 2026 Petugas penerima,/);
    expect(text).not.toContain('Palu, 23 November 2026');
  });
});

