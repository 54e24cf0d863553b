import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EMPTY_DAY_MESSAGE,
  renderGuestBookPdf,
  type GuestBookInput,
} from '../../../electron/documents/guest-book-document';
import { RESOURCES_DIR_ENV, resolveResourcesDir } from '../../../electron/documents/fonts';
import { renderPdf } from '../../../electron/documents/render-pdf';
import type { GuestVisit } from '../../../shared/guests/guest-visit';
import { VISIT_PURPOSES, VISIT_PURPOSE_LABELS } from '../../../shared/guests/visit-purpose';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import {
  pdfImages,
  pdfInfo,
  pdfPageSizes,
  pdfPagesText,
  pdfRegionPixels,
  pdfToPngs,
  pdfToText,
  pdfWordBoxes,
} from '../../support/pdf-tools';

// ---------------------------------------------------------------------------------------
// Fixtures: a Palu office (WITA, UTC+8) and its visitors.

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

const PRINTED_AT = new Date('2026-11-23T08:05:00Z'); // 16.05 WITA

/** An office-time instant on `day` ("2026-11-23", "08:15") as the UTC ISO string the database stores. */
const witaInstant = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).toISOString();

let nextId = 1;
function visit(day: string, hhmm: string, fields: Partial<GuestVisit>): GuestVisit {
  return {
    id: nextId++,
    name: 'Tamu',
    nik: '',
    phone: '',
    address: '',
    institution: '',
    purpose: 'konsultasi',
    purposeOther: '',
    host: '',
    notes: '',
    timeIn: witaInstant(day, hhmm),
    timeOut: null,
    status: 'aktif',
    cancelReason: null,
    cancelledAt: null,
    cancelledBy: null,
    createdBy: 'Rina Kartika',
    ...fields,
  };
}

const DAY = '2026-11-23'; // a Monday

const DAY_VISITS: GuestVisit[] = [
  visit(DAY, '08:15', {
    name: 'Siti Rahmawati',
    nik: '7271034506880002',
    phone: '081241234567',
    address: 'Jl. Sam Ratulangi No. 12, Palu',
    institution: 'Perorangan',
    purpose: 'pengaduan_baru',
    host: 'Petugas Pengaduan',
    notes: 'Membawa fotokopi KTP dan surat keterangan RT',
    timeOut: witaInstant(DAY, '08:47'),
  }),
  visit(DAY, '09:02', {
    name: 'Muhammad Rizal Lamasitudju',
    nik: '7271011203790005',
    phone: '085298765432',
    address: 'Jl. Towua No. 45, Kel. Tatura Selatan, Palu Selatan',
    institution: 'LSM Bantaya Sulteng',
    purpose: 'tanya_progres',
    host: 'Kepala Bidang Layanan Informasi',
    timeOut: witaInstant(DAY, '09:30'),
  }),
  visit(DAY, '09:40', {
    name: 'Ni Made Ayu Lestari',
    nik: '7271046711920001',
    phone: '082193456781',
    address: 'Perumahan Griya Pesona Blok C/7, Talise, Palu',
    institution: 'Universitas Tadulako',
    purpose: 'lainnya',
    purposeOther: 'Izin penelitian skripsi',
    host: 'Sekretaris Dinas',
    timeOut: witaInstant(DAY, '10:05'),
  }),
  visit(DAY, '10:10', {
    name: 'Hendra Pakaya',
    nik: '7271020101850009',
    phone: '081355512345',
    address: 'Jl. Kartini No. 8, Lolu Utara',
    institution: 'Perorangan',
    purpose: 'pengaduan_baru',
    host: 'Petugas Pengaduan',
    notes: 'Tamu yang sama',
    status: 'dibatalkan',
    cancelReason: 'Salah input, tercatat dua kali',
    cancelledAt: witaInstant(DAY, '10:12'),
    cancelledBy: 'Rina Kartika',
  }),
  visit(DAY, '11:25', {
    name: 'Andi Baso Mappanyukki',
    phone: '085341112233',
    address: 'Jl. Moh. Hatta No. 3, Palu Timur',
    institution: 'PT Pos Indonesia (Persero) KC Palu',
    purpose: 'antar_surat',
    host: 'Bagian Umum',
    // A long unbroken token must wrap inside its cell, not run over the page edge.
    notes: 'Surat nomor 070/1234/POS-PALU/XI/2026 diterima; tembusan ke https://diskominfo.palukota.go.id/layanan-pengaduan-masyarakat',
    timeOut: witaInstant(DAY, '11:31'),
  }),
  visit(DAY, '13:50', {
    name: 'Yohanes Tandiarrang',
    nik: '7271052208900003',
    phone: '081299990000',
    address: 'Jl. Sisingamangaraja No. 101, Besusu Timur, Palu Timur',
    institution: 'Kelurahan Besusu Timur',
    purpose: 'konsultasi',
    host: 'Kepala Seksi Pengelolaan Pengaduan',
  }),
];

function input(overrides: Partial<GuestBookInput> = {}): GuestBookInput {
  return {
    office: OFFICE,
    visits: DAY_VISITS,
    range: { from: DAY, to: DAY },
    paperSize: 'A4',
    printedAt: PRINTED_AT,
    printedBy: 'Rina Kartika',
    ...overrides,
  };
}

const FIRST_NAMES = ['Siti', 'Ahmad', 'Nur', 'Dewi', 'Moh.', 'Fitriani', 'Rahmat', 'Sri', 'Abdul', 'Wahyuni', 'Irwan', 'Hasnah'];
const LAST_NAMES = ['Rahmawati', 'Lamasitudju', 'Pakaya', 'Tombolotutu', 'Labaso', 'Daeng Matona', 'Marzuki', 'Sahido', 'Lasawedi', 'Tandjumbulu'];
const STREETS = ['Jl. Sam Ratulangi', 'Jl. Hang Tuah', 'Jl. Juanda', 'Jl. Diponegoro', 'Jl. Tanjung Manimbaya', 'Jl. Setia Budi'];

/** 120 visitors over three weeks, one in ten cancelled, all with distinct names. */
function manyVisits(): GuestVisit[] {
  return Array.from({ length: 120 }, (_, i) => {
    const day = `2026-11-${String(1 + (i % 23)).padStart(2, '0')}`;
    const hour = String(8 + (i % 8)).padStart(2, '0');
    return visit(day, `${hour}:${String((i * 7) % 60).padStart(2, '0')}`, {
      name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`,
      nik: `7271${String(i).padStart(4, '0')}0101900${i % 10}`,
      phone: `0812${String(40000000 + i * 7919).padStart(8, '0')}`,
      address: `${STREETS[i % STREETS.length]} No. ${i + 1}, Palu`,
      institution: i % 3 === 0 ? 'Perorangan' : 'Kelurahan Lere',
      purpose: VISIT_PURPOSES[i % 4] ?? 'konsultasi',
      host: 'Petugas Pengaduan',
      timeOut: witaInstant(day, `${hour}:59`),
      ...(i % 10 === 9 ? { status: 'dibatalkan' as const, cancelReason: 'Tamu tidak jadi datang' } : {}),
    });
  });
}

/** A PNG (8-bit RGB, no alpha) of a red square with a white frame, encoded by hand. */
function redSquarePng(size: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3); // filter byte 0 at the row start
    for (let x = 0; x < size; x++) {
      const frame = x < 2 || y < 2 || x >= size - 2 || y >= size - 2;
      raw.set(frame ? [255, 255, 255] : [200, 0, 0], row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Text in drawing order with line breaks folded, so a value wrapped inside its cell reads whole. */
const flowText = (buffer: Buffer) => collapse(pdfToText(buffer, 'raw'));

const pngDirs: string[] = [];
afterAll(() => pngDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'guestbook-png-'));
  pngDirs.push(dir);
  return dir;
};

const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1);

// ---------------------------------------------------------------------------------------

describe('buku tamu PDF', () => {
  it('prints the letterhead, the title with the day, and every visitor of the day', async () => {
    const pdf = await renderGuestBookPdf(input());
    const text = pdfToText(pdf);
    const flow = flowText(pdf);

    expect(text).toContain('PEMERINTAH KOTA PALU');
    expect(text).toContain('DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN');
    expect(flow).toContain(OFFICE.address);
    expect(text).toMatch(/Telepon \(0451\) 421234\s+·\s+Laman diskominfo\.palukota\.go\.id\s+·\s+Surel diskominfo@palukota\.go\.id/);
    expect(text).toContain('BUKU TAMU');
    expect(text).toContain('Senin, 23 November 2026');

    // One day: the date is in the title, so there is no date column; the zone is in the header once.
    expect(text).toContain('Jam (WITA)');
    expect(text).not.toMatch(/\bTanggal\b/);
    for (const header of ['No', 'Masuk', 'Keluar', 'Nama', 'NIK', 'Telepon', 'Alamat', 'Instansi', 'Keperluan', 'Catatan']) {
      expect(text).toMatch(new RegExp(`\\b${header}\\b`));
    }

    for (const v of DAY_VISITS) {
      expect(flow).toContain(v.name);
      if (v.nik) expect(text).toContain(v.nik); // printed whole, never masked
      expect(text).toContain(v.phone);
      expect(flow).toContain(v.address);
      expect(flow).toContain(v.institution);
      expect(flow).toContain(v.host);
    }
    expect(flow).toContain(VISIT_PURPOSE_LABELS.pengaduan_baru);
    expect(flow).toContain(VISIT_PURPOSE_LABELS.tanya_progres);
    expect(flow).toContain('Izin penelitian skripsi'); // 'lainnya' prints its free text
    expect(flow).not.toContain(VISIT_PURPOSE_LABELS.lainnya);
    expect(flow).toContain('Membawa fotokopi KTP dan surat keterangan RT');

    // Office times: 08.15 WITA is 00.15 UTC; a visitor still inside has no departure time.
    expect(text).toMatch(/08\.15\s+08\.47/);
    expect(text).toMatch(/13\.50\s+–/);

    expect(text).toContain('Dicetak dari Meja Aduan oleh Rina Kartika, Senin, 23 November 2026 pukul 16.05 WITA');
    expect(text).toContain('Halaman 1 dari 1');
    expect(flow).toContain('Jumlah: 6 kunjungan, 1 di antaranya dibatalkan.');
  });

  it('keeps a cancelled visit on paper, marked with the reason', async () => {
    const text = flowText(await renderGuestBookPdf(input()));
    expect(text).toContain('DIBATALKAN: Salah input, tercatat dua kali');
    expect(text).toContain('Hendra Pakaya');
  });

  it('prints the header and a message for a day without visitors', async () => {
    const pdf = await renderGuestBookPdf(input({ visits: [] }));
    const text = pdfToText(pdf);
    expect(text).toContain(EMPTY_DAY_MESSAGE);
    expect(text).toMatch(/\bNama\b/);
    expect(text).toMatch(/\bKeperluan\b/);
    expect(text).not.toContain('Jumlah:');
    expect(pdfPageSizes(pdf).pages).toBe(1);
  });

  it('is A4 landscape or F4 (215 × 330 mm) landscape', async () => {
    const a4 = pdfPageSizes(await renderGuestBookPdf(input({ paperSize: 'A4' })));
    expect(a4.sizes).toHaveLength(a4.pages);
    for (const size of a4.sizes) {
      near(size.width, 842);
      near(size.height, 595);
    }
    const f4 = pdfPageSizes(await renderGuestBookPdf(input({ paperSize: 'F4' })));
    for (const size of f4.sizes) {
      near(size.width, 935);
      near(size.height, 609);
    }
  });

  it('spreads a long range over pages, repeating the header and numbering the pages', async () => {
    const visits = manyVisits();
    const pdf = await renderGuestBookPdf(
      input({ visits, range: { from: '2026-11-01', to: '2026-11-23' } }),
    );
    const pages = pdfPagesText(pdf);
    const count = pdfPageSizes(pdf).pages;
    expect(count).toBeGreaterThan(1);
    expect(pages).toHaveLength(count);

    const first = pages[0] ?? '';
    const second = pages[1] ?? '';
    expect(first).toContain('1 November 2026 s.d. 23 November 2026');
    expect(first).toContain('PEMERINTAH KOTA PALU');
    // The letterhead is on page 1 only; later pages repeat the table header.
    expect(second).not.toContain('PEMERINTAH KOTA PALU');
    for (const header of ['Tanggal', 'Jam (WITA)', 'Masuk', 'Keluar', 'Nama', 'NIK', 'Keperluan', 'Catatan']) {
      expect(second).toContain(header);
    }
    expect(second).toContain(`Halaman 2 dari ${count}`);
    expect(pages.at(-1)).toContain(`Halaman ${count} dari ${count}`);
    expect(first).toMatch(/01\/11\/2026/);

    const flow = flowText(pdf);
    for (const v of visits) expect(flow).toContain(v.name);
    expect(flow).toContain('DIBATALKAN: Tamu tidak jadi datang');
    expect(flow).toContain('Jumlah: 120 kunjungan, 12 di antaranya dibatalkan.');
  });

  it('keeps every word inside the page margins', async () => {
    for (const paperSize of ['A4', 'F4'] as const) {
      const pdf = await renderGuestBookPdf(
        input({ paperSize, visits: [...DAY_VISITS, ...manyVisits()], range: { from: '2026-11-01', to: '2026-11-23' } }),
      );
      for (const page of pdfWordBoxes(pdf)) {
        expect(page.words.length).toBeGreaterThan(0);
        for (const word of page.words) {
          // Left margin 2.5 cm (70.9 pt), right margin 2 cm (56.7 pt).
          expect(word.xMin, `${paperSize} p.${page.page} "${word.text}"`).toBeGreaterThanOrEqual(70);
          expect(word.xMax, `${paperSize} p.${page.page} "${word.text}"`).toBeLessThanOrEqual(page.width - 56);
          expect(word.yMax).toBeLessThanOrEqual(page.height);
        }
      }
    }
  });

  it('draws the office logo from its PNG data URL at the left of the letterhead', async () => {
    const logoDataUrl = `data:image/png;base64,${redSquarePng(48).toString('base64')}`;
    const withLogo = await renderGuestBookPdf(input({ office: { ...OFFICE, logoDataUrl } }));
    const withoutLogo = await renderGuestBookPdf(input());

    expect(pdfImages(withLogo)).toEqual([expect.objectContaining({ page: 1, width: 48, height: 48 })]);
    expect(pdfImages(withoutLogo)).toEqual([]);

    // The logo's corner of page 1 (left margin 2.5 cm, top margin 3 cm) has red pixels only with a logo.
    const box = { x: 70, y: 84, width: 64, height: 64 };
    const redPixels = (pdf: Buffer) => {
      const { rgb } = pdfRegionPixels(pdf, 1, box);
      let n = 0;
      for (let i = 0; i + 2 < rgb.length; i += 3) {
        if ((rgb[i] ?? 0) > 150 && (rgb[i + 1] ?? 255) < 80 && (rgb[i + 2] ?? 255) < 80) n++;
      }
      return n;
    };
    expect(redPixels(withLogo)).toBeGreaterThan(40 * 40);
    expect(redPixels(withoutLogo)).toBe(0);

    // The name stays centred on the page, whether or not there is a logo.
    const centre = (pdf: Buffer) => {
      const words = (pdfWordBoxes(pdf)[0]?.words ?? []).filter((w) => w.yMin < 110);
      const line = words.filter((w) => ['PEMERINTAH', 'KOTA', 'PALU'].includes(w.text));
      return (Math.min(...line.map((w) => w.xMin)) + Math.max(...line.map((w) => w.xMax))) / 2;
    };
    expect(Math.abs(centre(withLogo) - centre(withoutLogo))).toBeLessThan(1);
  });

  it('renders to PNG pages', async () => {
    const pdf = await renderGuestBookPdf(input({ visits: manyVisits(), range: { from: '2026-11-01', to: '2026-11-23' } }));
    const pngs = pdfToPngs(pdf, tempDir(), 40);
    expect(pngs).toHaveLength(pdfPageSizes(pdf).pages);
    for (const png of pngs) {
      expect(readFileSync(png).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
  });

  it('records title, author and creator in the PDF metadata', async () => {
    const info = pdfInfo(await renderGuestBookPdf(input()));
    expect(info.Title).toBe('Buku Tamu Senin, 23 November 2026');
    expect(info.Author).toBe('Dinas Komunikasi, Informatika, Statistik dan Persandian');
    expect(info.Creator).toBe('Meja Aduan');
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(renderGuestBookPdf(input({ range: { from: '2026-11-23', to: '2026-11-01' } }))).rejects.toThrow(/tidak valid/);
  });
});

describe('resources folder', () => {
  it('is found from the working directory, and an explicit setting is checked', () => {
    expect(resolveResourcesDir()).toBe(path.resolve('resources'));
    const saved = process.env[RESOURCES_DIR_ENV];
    try {
      process.env[RESOURCES_DIR_ENV] = tmpdir();
      expect(() => resolveResourcesDir()).toThrow(RESOURCES_DIR_ENV);
    } finally {
      if (saved === undefined) delete process.env[RESOURCES_DIR_ENV];
      else process.env[RESOURCES_DIR_ENV] = saved;
    }
  });
});

describe('renderPdf', () => {
  // The policies are checked before any download or read, so these need no network.
  it('never fetches an image from the network', async () => {
    await expect(
      renderPdf({ content: [{ image: 'remote' }], images: { remote: 'https://example.invalid/logo.png' } }),
    ).rejects.toThrow(/denied/);
  });

  it('reads no local file other than the shipped fonts', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied/);
  });
});
