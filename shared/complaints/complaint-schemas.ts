import { z } from '../validation/zod-indonesian';
import { nikProblem } from '../validation/nik';
import { normalizePhone, phoneProblem } from '../validation/phone';
import { dateRangeSchema } from '../guests/guest-schemas';
import { CHANNELS, COMPLAINT_FORMS, COMPLAINT_KINDS, COMPLAINT_STATUSES, PRIVACY_LEVELS } from './complaint-enums';

const text = (max: number, label: string) =>
  z.string({ message: `${label} harus berupa teks.` }).trim().max(max, `${label} paling panjang ${max} karakter.`);

const calendarDay = (label: string) =>
  text(10, label).refine((v) => {
    if (v === '') return true;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const d = new Date(v + 'T00:00:00Z');
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, `${label} tidak valid.`);

const phone = (label: string) =>
  text(30, label)
    .superRefine((v, ctx) => {
      const problem = v === '' ? null : phoneProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => (v === '' ? '' : normalizePhone(v)));

const email = text(120, 'Surel').refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Alamat surel tidak valid.');

export const complainantSchema = z.object({
  name: text(120, 'Nama pelapor').default(''),
  nik: text(24, 'NIK')
    .transform((v) => v.replace(/\s/g, ''))
    .superRefine((v, ctx) => {
      const problem = v === '' ? null : nikProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default(''),
  phone: phone('Telepon pelapor').default(''),
  email: email.default(''),
  address: text(300, 'Alamat pelapor').default(''),
});

export const channelDetailsSchema = z.object({
  letterNumber: text(100, 'Nomor surat').default(''),
  letterDate: calendarDay('Tanggal surat').default(''),
  letterSender: text(200, 'Pengirim surat').default(''),
  letterReceivedDate: calendarDay('Tanggal diterima').default(''),
  agendaNumber: text(60, 'Nomor agenda').default(''),
  socialPlatform: text(40, 'Platform').default(''),
  socialAccount: text(120, 'Akun').default(''),
  socialLink: text(500, 'Tautan').default(''),
  laporTrackingId: text(40, 'Nomor tiket SP4N-LAPOR!').default(''),
  fromAddress: email.default(''),
  fromNumber: phone('Nomor pengirim').default(''),
  websiteLink: text(500, 'Tautan').default(''),
});

/**
 * A new complaint from any channel. The rules that tie fields together (what a letter
 * needs, what anonymity allows, a settled oral complaint's answer) are checked here, so
 * the form and the main process refuse the same things with the same words.
 */
export const complaintIntakeSchema = z
  .object({
    channel: z.enum(CHANNELS, { message: 'Pilih saluran pengaduan.' }),
    form: z.enum(COMPLAINT_FORMS, { message: 'Pilih bentuk: lisan atau tertulis.' }),
    kind: z.enum(COMPLAINT_KINDS, { message: 'Pilih jenis: pengaduan, aspirasi, atau permintaan informasi.' }),
    categoryId: z.number().int().positive().nullable().default(null),
    subject: text(200, 'Pokok aduan').min(5, 'Tuliskan pokok aduan (sekurang-kurangnya 5 huruf).'),
    description: text(20_000, 'Uraian').min(10, 'Tuliskan uraian aduan (sekurang-kurangnya 10 huruf).'),
    requestedAction: text(2000, 'Harapan pelapor').default(''),
    unitComplained: text(150, 'Unit yang diadukan').default(''),
    eventPlace: text(200, 'Tempat kejadian').default(''),
    eventDate: calendarDay('Tanggal kejadian').default(''),
    privacy: z.enum(PRIVACY_LEVELS, { message: 'Pilih kerahasiaan identitas.' }),
    complainant: complainantSchema,
    channelDetails: channelDetailsSchema.default(channelDetailsSchema.parse({})),
    guestVisitId: z.number().int().positive().nullable().default(null),
    settledAtCounter: z.boolean().default(false),
    counterAnswer: text(5000, 'Jawaban di loket').default(''),
    /** SHA-256 ids of files uploaded with complaints.uploadAttachment. */
    attachmentIds: z.array(z.string().regex(/^[a-f0-9]{64}$/, 'Lampiran tidak dikenal.')).max(20, 'Paling banyak 20 lampiran.').default([]),
    attachmentNames: z.array(text(200, 'Nama lampiran')).max(20).default([]),
    /** Complaints the clerk confirmed as related when duplicates were suggested. */
    relatedIds: z.array(z.number().int().positive()).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const d = v.channelDetails;
    if (v.privacy !== 'anonim' && v.complainant.name === '') issue(['complainant', 'name'], 'Nama pelapor wajib diisi (atau pilih Anonim).');
    if (v.privacy === 'anonim' && (v.complainant.name || v.complainant.nik || v.complainant.address)) {
      issue(['complainant', 'name'], 'Pengaduan anonim tidak menyimpan nama, NIK, atau alamat; yang boleh hanya kontak (telepon/surel).');
    }
    if (v.channel === 'surat') {
      if (d.letterNumber === '') issue(['channelDetails', 'letterNumber'], 'Nomor surat wajib diisi untuk pengaduan lewat surat.');
      if (d.letterDate === '') issue(['channelDetails', 'letterDate'], 'Tanggal surat wajib diisi.');
      if (d.letterSender === '') issue(['channelDetails', 'letterSender'], 'Pengirim surat wajib diisi.');
      if (d.letterReceivedDate === '') issue(['channelDetails', 'letterReceivedDate'], 'Tanggal surat diterima wajib diisi.');
      if (d.letterDate && d.letterReceivedDate && d.letterReceivedDate < d.letterDate) {
        issue(['channelDetails', 'letterReceivedDate'], 'Tanggal diterima tidak boleh sebelum tanggal surat.');
      }
    }
    if (v.channel === 'media_sosial') {
      if (d.socialPlatform === '') issue(['channelDetails', 'socialPlatform'], 'Pilih platform media sosial.');
      if (d.socialAccount === '') issue(['channelDetails', 'socialAccount'], 'Akun pengirim wajib diisi.');
      if (d.socialLink !== '' && !/^https?:\/\/\S+$/.test(d.socialLink)) issue(['channelDetails', 'socialLink'], 'Tautan harus diawali http:// atau https://.');
    }
    if (v.channel === 'lapor' && !/^[A-Z0-9-]{5,40}$/i.test(d.laporTrackingId)) {
      issue(['channelDetails', 'laporTrackingId'], 'Nomor tiket SP4N-LAPOR! wajib diisi (huruf/angka, 5–40 karakter).');
    }
    if (v.channel === 'email' && d.fromAddress === '' && v.complainant.email === '') {
      issue(['channelDetails', 'fromAddress'], 'Alamat surel pengirim wajib diisi.');
    }
    if ((v.channel === 'whatsapp' || v.channel === 'sms') && d.fromNumber === '' && v.complainant.phone === '') {
      issue(['channelDetails', 'fromNumber'], 'Nomor pengirim wajib diisi.');
    }
    if (v.settledAtCounter) {
      if (v.form !== 'lisan') issue(['settledAtCounter'], 'Hanya pengaduan lisan yang dapat diselesaikan langsung di loket.');
      if (v.counterAnswer.length < 10) issue(['counterAnswer'], 'Tuliskan jawaban yang diberikan di loket (sekurang-kurangnya 10 huruf).');
    }
    if (v.attachmentNames.length !== v.attachmentIds.length) issue(['attachmentIds'], 'Daftar lampiran tidak lengkap.');
  });

export type ComplaintIntakeInput = z.input<typeof complaintIntakeSchema>;
export type ComplaintIntake = z.output<typeof complaintIntakeSchema>;

export const complaintIdSchema = z.object({ id: z.number({ message: 'Nomor pengaduan tidak valid.' }).int().positive() });

export const changeStatusSchema = z.object({
  id: z.number().int().positive(),
  to: z.enum(COMPLAINT_STATUSES, { message: 'Status tujuan tidak dikenal.' }),
  reason: text(1000, 'Alasan').min(5, 'Tuliskan alasan perubahan status (sekurang-kurangnya 5 huruf).'),
});

export const SORT_FIELDS = ['receivedAt', 'registerNumber', 'status', 'dueAt'] as const;

export const complaintFilterSchema = z.object({
  query: text(200, 'Kata pencarian').default(''),
  statuses: z.array(z.enum(COMPLAINT_STATUSES)).default([]),
  channels: z.array(z.enum(CHANNELS)).default([]),
  kinds: z.array(z.enum(COMPLAINT_KINDS)).default([]),
  categoryIds: z.array(z.number().int().positive()).default([]),
  privacy: z.array(z.enum(PRIVACY_LEVELS)).default([]),
  unit: text(150, 'Unit').default(''),
  range: dateRangeSchema.optional(),
  overdueOnly: z.boolean().default(false),
  sort: z.enum(SORT_FIELDS).default('receivedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type ComplaintFilterInput = z.input<typeof complaintFilterSchema>;
export type ComplaintFilter = z.output<typeof complaintFilterSchema>;

export const complaintListSchema = z.object({
  filter: complaintFilterSchema,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  /** Whether to count every match too; a virtual list needs it once, not for every page. */
  withTotal: z.boolean().default(true),
});

/** The number of matches of a filter alone: the register asks for it after showing the first page. */
export const complaintCountSchema = z.object({ filter: complaintFilterSchema });

export const complaintExportSchema = z.object({ filter: complaintFilterSchema, format: z.enum(['csv', 'xlsx']) });

export const findComplaintSchema = z.object({
  query: text(120, 'Kata pencarian').min(2, 'Ketik sekurang-kurangnya 2 huruf atau angka.'),
});

export const duplicateQuerySchema = z.object({
  complainant: z.object({ name: text(120, 'Nama').default(''), phone: text(30, 'Telepon').default(''), nik: text(24, 'NIK').default('') }),
  subject: text(200, 'Pokok aduan').default(''),
  description: text(20_000, 'Uraian').default(''),
});

export const linkComplaintsSchema = z.object({ id: z.number().int().positive(), relatedId: z.number().int().positive() })
  .refine((v) => v.id !== v.relatedId, { message: 'Pengaduan tidak dapat ditautkan ke dirinya sendiri.', path: ['relatedId'] });

export const mergeComplaintsSchema = z.object({
  sourceId: z.number().int().positive(),
  targetId: z.number().int().positive(),
  reason: text(1000, 'Alasan').min(5, 'Tuliskan alasan penggabungan.'),
}).refine((v) => v.sourceId !== v.targetId, { message: 'Pengaduan tidak dapat digabung ke dirinya sendiri.', path: ['targetId'] });

export const revealIdentitySchema = z.object({
  id: z.number().int().positive(),
  reason: text(500, 'Alasan').min(5, 'Tuliskan alasan membuka identitas pelapor rahasia.'),
});

export const consultationSchema = z.object({
  complaintId: z.number().int().positive(),
  guestVisitId: z.number().int().positive().nullable().default(null),
  note: text(5000, 'Catatan konsultasi').min(10, 'Tuliskan catatan konsultasi (sekurang-kurangnya 10 huruf).'),
});

/** Largest attachment accepted, in bytes. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const uploadAttachmentSchema = z.object({
  fileName: text(200, 'Nama berkas').min(1, 'Nama berkas kosong.'),
  base64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8, 'Berkas terlalu besar: paling besar 10 MB.'),
});

export const categorySaveSchema = z.object({
  id: z.number().int().positive().nullable().default(null),
  name: text(100, 'Nama kategori').min(2, 'Nama kategori wajib diisi.'),
  active: z.boolean().default(true),
});

export const numberingSchema = z.object({
  pattern: text(80, 'Pola nomor')
    .min(1, 'Pola nomor wajib diisi.')
    .refine((p) => /\{NO(:\d)?\}/.test(p), 'Pola nomor harus memuat {NO} (nomor urut).')
    .refine((p) => /\{TAHUN\}/.test(p), 'Pola nomor harus memuat {TAHUN}: nomor urut dimulai lagi setiap tahun.')
    .refine((p) => !/\{(?!NO(:\d)?\}|UNIT\}|KLAS\}|BULAN\}|BLN\}|TAHUN\})/.test(p), 'Pola memuat kode yang tidak dikenal.'),
  unitCode: text(30, 'Kode unit').default(''),
  classificationCode: text(30, 'Kode klasifikasi').default(''),
});
