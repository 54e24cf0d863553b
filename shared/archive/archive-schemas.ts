import { z } from '../validation/zod-indonesian';
import { ACCESS_CLASSES, ARCHIVE_DOCUMENT_KINDS, FINAL_DISPOSITIONS } from './archive-enums';

/** Input schemas of the `archive.*` calls, with Indonesian messages. */

const id = (label: string) => z.number({ message: `${label} tidak valid.` }).int().positive(`${label} tidak valid.`);
const text = (max: number, label: string) =>
  z.string({ message: `${label} harus berupa teks.` }).trim().max(max, `${label} paling panjang ${max} karakter.`);
const requiredText = (max: number, label: string) => text(max, label).min(1, `${label} wajib diisi.`);

/** A calendar day "2026-11-23" that exists. */
export const calendarDaySchema = (label: string) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .refine((v) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
      const d = new Date(v + 'T00:00:00Z');
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= '1900-01-01';
    }, `${label} tidak valid.`);

const years = (label: string) =>
  z
    .number({ message: `${label} harus berupa angka.` })
    .int(`${label} harus bilangan bulat.`)
    .min(0, `${label} tidak boleh negatif.`)
    .max(100, `${label} paling lama 100 tahun.`);

export const saveClassificationSchema = z.object({
  id: id('Klasifikasi').nullable().default(null),
  code: requiredText(20, 'Kode klasifikasi').regex(/^[A-Za-z0-9][A-Za-z0-9./-]*$/, 'Kode klasifikasi hanya huruf, angka, titik, garis miring dan tanda hubung.'),
  name: requiredText(200, 'Nama klasifikasi'),
  activeYears: years('Masa aktif'),
  inactiveYears: years('Masa inaktif'),
  disposition: z.enum(FINAL_DISPOSITIONS, { message: 'Pilih nasib akhir: musnah, permanen, atau dinilai kembali.' }),
  active: z.boolean().default(true),
});
export type SaveClassificationInput = z.output<typeof saveClassificationSchema>;

export const archiveNumberingSchema = z.object({
  pattern: text(80, 'Pola nomor arsip')
    .min(1, 'Pola nomor arsip wajib diisi.')
    .refine((p) => /\{NO(:\d)?\}/.test(p), 'Pola nomor arsip harus memuat {NO} (nomor urut).')
    .refine((p) => /\{TAHUN\}/.test(p), 'Pola nomor arsip harus memuat {TAHUN}: nomor urut dimulai lagi setiap tahun.')
    .refine((p) => !/\{(?!NO(:\d)?\}|UNIT\}|KLAS\}|BULAN\}|BLN\}|TAHUN\})/.test(p), 'Pola memuat kode yang tidak dikenal.'),
  unitCode: text(30, 'Kode unit kearsipan').default(''),
});

const locationPart = (label: string) => text(60, label).default('');
export const archiveLocationSchema = z.object({
  building: locationPart('Gedung'),
  room: locationPart('Ruang'),
  cabinet: locationPart('Lemari'),
  shelf: locationPart('Rak'),
  box: locationPart('Boks'),
  folder: locationPart('Map'),
});

/** The fields an archivist fills in for an entry, on filing and on every later edit. */
export const archiveEntryFieldsSchema = z.object({
  kind: z.enum(ARCHIVE_DOCUMENT_KINDS, { message: 'Pilih jenis dokumen.' }),
  classificationId: id('Klasifikasi arsip'),
  title: requiredText(300, 'Judul / uraian dokumen'),
  documentDate: calendarDaySchema('Tanggal dokumen'),
  notes: text(2000, 'Keterangan').default(''),
  location: archiveLocationSchema,
  accessClass: z.enum(ACCESS_CLASSES, { message: 'Pilih kelas akses: biasa, terbatas, atau rahasia.' }),
  /** The complaint the document belongs to; set from the source when it knows. */
  complaintId: id('Pengaduan').nullable().default(null),
});
export type ArchiveEntryFields = z.output<typeof archiveEntryFieldsSchema>;
export type ArchiveEntryFieldsInput = z.input<typeof archiveEntryFieldsSchema>;

/**
 * What is being filed: a scanned document (the "Pindai" dialog or an earlier scan), a
 * complaint's attachment, a signed letter of the app, or a paper file with no electronic copy.
 */
export const archiveSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('pindaian'), scannedDocumentId: id('Dokumen pindaian') }),
    z.object({ kind: z.literal('lampiran'), attachmentId: id('Lampiran') }),
    z.object({ kind: z.literal('surat'), letterId: id('Surat') }),
    z.object({ kind: z.literal('fisik') }),
  ],
  { message: 'Pilih asal dokumen: pindaian, lampiran pengaduan, surat, atau berkas fisik saja.' },
);
export type ArchiveSource = z.output<typeof archiveSourceSchema>;

export const fileArchiveSchema = z.object({ source: archiveSourceSchema, fields: archiveEntryFieldsSchema });
export const updateArchiveSchema = z.object({ id: id('Arsip'), fields: archiveEntryFieldsSchema, reason: text(500, 'Alasan perubahan').default('') });
export const archiveIdSchema = z.object({ id: id('Arsip') });
/** A scan made later for an entry filed as paper only. */
export const attachArchiveScanSchema = z.object({ id: id('Arsip'), scannedDocumentId: id('Dokumen pindaian') });

const dayRange = z
  .object({ from: calendarDaySchema('Tanggal awal'), to: calendarDaySchema('Tanggal akhir') })
  .refine((r) => r.from <= r.to, { message: 'Tanggal awal harus sebelum tanggal akhir.', path: ['to'] });

export const archiveSearchSchema = z.object({
  /** Words from any field or from the scanned text: serial number, title, complainant, location, OCR words. */
  query: text(200, 'Kata pencarian').default(''),
  kinds: z.array(z.enum(ARCHIVE_DOCUMENT_KINDS)).max(ARCHIVE_DOCUMENT_KINDS.length).default([]),
  classificationIds: z.array(id('Klasifikasi')).max(200).default([]),
  accessClasses: z.array(z.enum(ACCESS_CLASSES)).max(ACCESS_CLASSES.length).default([]),
  /** Exact parts of the location ("Boks" = "12"); empty parts do not filter. */
  location: archiveLocationSchema.partial().default({}),
  /** The document's date. */
  range: dayRange.optional(),
  complaintId: id('Pengaduan').optional(),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
  withTotal: z.boolean().default(true),
});
export type ArchiveSearchInput = z.output<typeof archiveSearchSchema>;

export const retentionDueSchema = z.object({
  /** Entries due for their final disposition on or before this day (default: today). */
  until: calendarDaySchema('Tanggal batas').optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const lendSchema = z.object({
  entryId: id('Arsip'),
  borrowerName: requiredText(120, 'Nama peminjam'),
  borrowerUnit: requiredText(150, 'Unit peminjam'),
  purpose: requiredText(500, 'Keperluan'),
  dueBack: calendarDaySchema('Tanggal kembali'),
});

export const returnLoanSchema = z.object({ loanId: id('Peminjaman'), note: text(500, 'Catatan pengembalian').default('') });

export const LOAN_FILTERS = ['dipinjam', 'terlambat', 'semua'] as const;
export const loansSchema = z.object({
  filter: z.enum(LOAN_FILTERS).default('dipinjam'),
  entryId: id('Arsip').optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const LABEL_SIZES = ['100x50', 'A4'] as const;
export type LabelSize = (typeof LABEL_SIZES)[number];
export const archiveLabelSchema = z.object({
  ids: z.array(id('Arsip')).min(1, 'Pilih sekurang-kurangnya satu arsip.').max(100, 'Paling banyak 100 label sekali cetak.'),
  size: z.enum(LABEL_SIZES, { message: 'Pilih ukuran label: 100 × 50 mm atau lembar A4.' }).default('100x50'),
});

export const unfiledScansSchema = z.object({ limit: z.number().int().min(1).max(200).default(50) });
