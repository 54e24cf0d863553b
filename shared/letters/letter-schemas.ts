import { z } from '../validation/zod-indonesian';
import { PAPER_SIZES } from '../office/office-settings';
import { letterBodySchema } from './letter-body';
import { DELIVERY_METHODS, LETTER_FONT_CHOICES, LETTER_KINDS, LETTER_SIGNING_MODES } from './letter-records';

/** Input schemas of the `letters.*` calls, with Indonesian messages. */

const id = (label: string) => z.number({ message: `${label} tidak valid.` }).int().positive(`${label} tidak valid.`);
const text = (max: number, label: string) =>
  z.string({ message: `${label} harus berupa teks.` }).trim().max(max, `${label} paling panjang ${max} karakter.`);
const requiredText = (max: number, label: string) => text(max, label).min(1, `${label} wajib diisi.`);

export const letterIdSchema = z.object({ id: id('Surat') });
/** The signed letter; `fileCopy` prints the office's file copy (arsip), with the paraf column when the settings say so. */
export const letterPdfSchema = z.object({ id: id('Surat'), fileCopy: z.boolean().optional() });
const version = z.number({ message: 'Versi tidak valid.' }).int().positive('Versi tidak valid.');

export const letterKindSchema = z.enum(LETTER_KINDS, { message: 'Pilih jenis surat: nota dinas atau surat jawaban.' });

export const letterHeaderSchema = z.object({
  to: text(200, 'Yth.'),
  from: text(200, 'Dari'),
  addresseeName: text(200, 'Nama penerima'),
  addresseeAddress: z.array(text(200, 'Baris alamat')).max(6, 'Alamat paling banyak 6 baris.'),
  copiesTo: z.array(text(200, 'Tembusan')).max(15, 'Tembusan paling banyak 15.'),
  nature: text(40, 'Sifat'),
  attachments: text(120, 'Lampiran'),
  subject: requiredText(300, 'Hal'),
  place: text(80, 'Tempat'),
});

export const letterSigningSchema = z.object({
  mode: z.enum(LETTER_SIGNING_MODES, { message: 'Pilih cara penandatanganan.' }),
  signerPositionId: id('Jabatan penanda tangan').nullable(),
  onBehalfOfPositionId: id('Jabatan pimpinan').nullable(),
  intermediatePositionId: id('Jabatan perantara').nullable(),
});

export const letterContentSchema = z.object({
  header: letterHeaderSchema,
  body: letterBodySchema,
  signing: letterSigningSchema,
  paper: z.enum(PAPER_SIZES, { message: 'Pilih ukuran kertas: A4 atau F4.' }),
  font: z.enum(LETTER_FONT_CHOICES, { message: 'Pilih huruf: Arial, Times New Roman atau Bookman.' }),
});
export type LetterContentInput = z.input<typeof letterContentSchema>;

export const createLetterSchema = z.object({ complaintId: id('Pengaduan'), kind: letterKindSchema });

/** Autosave of the working draft; `savedAt` is what the editor last loaded, to refuse overwriting someone else's save. */
export const saveLetterDraftSchema = z.object({ id: id('Surat'), content: letterContentSchema, savedAt: z.string().max(40).optional() });

export const saveLetterVersionSchema = z.object({ id: id('Surat'), note: text(500, 'Catatan versi') });
export const letterVersionQuerySchema = z.object({ id: id('Surat'), version });

export const submitLetterSchema = z.object({ id: id('Surat'), note: text(1000, 'Catatan') });
/** The version the official read: a paraf on a version that changed meanwhile is refused. */
export const parafLetterSchema = z.object({ id: id('Surat'), version, note: text(1000, 'Catatan') });
export const returnLetterSchema = z.object({ id: id('Surat'), version, notes: requiredText(2000, 'Catatan pengembalian') });
export const signLetterSchema = z.object({ id: id('Surat'), version });
export const cancelLetterSchema = z.object({ id: id('Surat'), reason: requiredText(500, 'Alasan pembatalan') });

/** Preview: a saved version, or the unsaved content the editor holds (live preview). */
export const previewLetterSchema = z.object({
  id: id('Surat'),
  version: version.optional(),
  content: letterContentSchema.optional(),
});

export const LETTER_LIST_BOXES = ['tindakan', 'konsep', 'proses', 'selesai', 'semua'] as const;
export type LetterListBox = (typeof LETTER_LIST_BOXES)[number];
export const letterListSchema = z.object({
  box: z.enum(LETTER_LIST_BOXES).default('tindakan'),
  complaintId: id('Pengaduan').optional(),
  query: text(200, 'Pencarian').default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const verifyLetterSchema = z.object({
  code: z
    .string({ message: 'Kode verifikasi harus berupa teks.' })
    .trim()
    .transform((v) => v.replace(/^meja-aduan:surat:/i, '').toUpperCase())
    .pipe(z.string().regex(/^[0-9A-Z-]{6,40}$/, 'Kode verifikasi tidak dikenal bentuknya.')),
});

const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'Waktu tidak valid.');

export const recordDeliverySchema = z.object({
  id: id('Surat'),
  method: z.enum(DELIVERY_METHODS, { message: 'Pilih cara penyampaian.' }),
  deliveredAt: instant.optional(),
  recipient: requiredText(300, 'Penerima'),
  proof: text(500, 'Bukti'),
  note: text(1000, 'Catatan'),
});

export const deliveryReceiptSchema = z.object({
  id: id('Surat'),
  recipientName: requiredText(120, 'Nama penerima'),
  relation: z.enum(['sendiri', 'kuasa'], { message: 'Pilih: diterima sendiri atau kuasanya.' }),
});

const emailAddress = z
  .string({ message: 'Alamat surel harus berupa teks.' })
  .trim()
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Alamat surel tidak valid.');

export const sendLetterEmailSchema = z.object({
  id: id('Surat'),
  to: emailAddress,
  subject: requiredText(300, 'Judul surel'),
  message: text(5000, 'Isi surel'),
});

export const whatsappLetterSchema = z.object({
  id: id('Surat'),
  phone: z
    .string({ message: 'Nomor WhatsApp harus berupa teks.' })
    .trim()
    .transform((v) => v.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^(\+?62|0)8\d{7,12}$/, 'Nomor WhatsApp tidak valid (contoh 0812 3456 7890).')),
  message: text(3000, 'Pesan'),
});

export const publicAnswerSchema = z.object({ id: id('Surat'), format: z.enum(['pdf', 'html']) });

/** The register's tokens; {NO} and {TAHUN} are required, since the sequence restarts each year. */
const numberPattern = (label: string) =>
  requiredText(80, label)
    .refine((p) => /\{NO(:\d)?\}/.test(p), `${label} harus memuat {NO} (nomor urut).`)
    .refine((p) => /\{TAHUN\}/.test(p), `${label} harus memuat {TAHUN}: nomor urut dimulai lagi setiap tahun.`)
    .refine((p) => !/\{(?!NO(:\d)?\}|UNIT\}|KLAS\}|BULAN\}|BLN\}|TAHUN\})/.test(p), `${label} memuat kode yang tidak dikenal.`);

export const letterNumberingSchema = z.object({
  patterns: z.object({
    'nota-dinas': numberPattern('Pola nomor nota dinas'),
    'surat-jawaban': numberPattern('Pola nomor surat jawaban'),
  }),
  classification: text(40, 'Kode klasifikasi'),
});

export const mailSettingsSchema = z.object({
  host: text(200, 'Server SMTP'),
  port: z.number({ message: 'Port tidak valid.' }).int().min(1, 'Port tidak valid.').max(65535, 'Port tidak valid.'),
  secure: z.boolean(),
  username: text(200, 'Nama pengguna SMTP'),
  /** Empty keeps the stored password. */
  password: z.string().max(200, 'Kata sandi terlalu panjang.').default(''),
  fromAddress: z.union([z.literal(''), emailAddress]),
  fromName: text(120, 'Nama pengirim'),
});

/** The office's SMTP account as stored and sent with (the password opened). */
export type MailSettings = z.output<typeof mailSettingsSchema>;

export const issuedNumbersSchema = z.object({ year: z.number().int().min(2000).max(2100) });

