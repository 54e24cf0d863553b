import { z } from '../validation/zod-indonesian';
import { nikProblem } from '../validation/nik';
import { normalizePhone, phoneProblem } from '../validation/phone';
import { VISIT_PURPOSES } from './visit-purpose';

const text = (max: number, label: string) =>
  z.string({ message: `${label} harus berupa teks.` }).trim().max(max, `${label} paling panjang ${max} karakter.`);

const nikField = text(16 + 8, 'NIK')
  .transform((v) => v.replace(/\s/g, ''))
  .superRefine((v, ctx) => {
    const problem = v === '' ? null : nikProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const phoneField = text(30, 'Nomor telepon').superRefine((v, ctx) => {
  const problem = v === '' ? null : phoneProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}).transform((v) => (v === '' ? '' : normalizePhone(v)));

/** The fields a clerk types for a visitor; shared by the form and the main process. */
export const guestFieldsSchema = z
  .object({
    name: text(120, 'Nama').min(1, 'Nama tamu wajib diisi.'),
    nik: nikField.default(''),
    phone: phoneField.default(''),
    address: text(300, 'Alamat').default(''),
    institution: text(150, 'Instansi/organisasi').default(''),
    purpose: z.enum(VISIT_PURPOSES, { message: 'Pilih keperluan kunjungan.' }),
    purposeOther: text(200, 'Keperluan lainnya').default(''),
    host: text(150, 'Yang ditemui').default(''),
    notes: text(1000, 'Catatan').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.purpose === 'lainnya' && v.purposeOther === '') {
      ctx.addIssue({ code: 'custom', path: ['purposeOther'], message: 'Tuliskan keperluan lainnya.' });
    }
  });

export type GuestFieldsInput = z.input<typeof guestFieldsSchema>;
export type GuestFields = z.output<typeof guestFieldsSchema>;

export const visitIdSchema = z.number({ message: 'Nomor kunjungan tidak valid.' }).int().positive();

export const updateGuestSchema = z.object({ id: visitIdSchema, fields: guestFieldsSchema });

export const checkOutGuestSchema = z.object({ id: visitIdSchema });

export const cancelGuestSchema = z.object({
  id: visitIdSchema,
  reason: text(300, 'Alasan pembatalan').min(5, 'Tuliskan alasan pembatalan (sekurang-kurangnya 5 huruf).'),
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat TTTT-BB-HH.')
  // Date.parse rolls 31 February over into March; a real day reads back as itself.
  .refine((v) => {
    const d = new Date(v + 'T00:00:00Z');
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'Tanggal tidak valid.');

/** A range of calendar days in the office's time zone, both ends included. */
export const dateRangeSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: 'Tanggal awal harus sebelum tanggal akhir.', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 366 * 86_400_000, {
    message: 'Rentang tanggal paling panjang satu tahun.',
    path: ['to'],
  });

export const searchGuestsSchema = z.object({
  /** Name, phone or NIK; '' lists every visit of the range. */
  query: text(120, 'Kata pencarian').default(''),
  range: dateRangeSchema.optional(),
  includeCancelled: z.boolean().default(true),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const lookupVisitorSchema = z.object({
  phone: text(30, 'Nomor telepon').default(''),
  nik: text(24, 'NIK').default(''),
});

export const guestBookPrintSchema = z.object({
  range: dateRangeSchema,
  paperSize: z.enum(['A4', 'F4']).optional(),
});

export const guestBookExportSchema = z.object({ range: dateRangeSchema });
