import { z } from '../validation/zod-indonesian';
import { MAX_ATTACHMENT_BYTES } from '../complaints/complaint-schemas';
import { COLOUR_MODES, SCAN_SOURCES } from './scanning';

/** Pages one session may hold: a thick file from the feeder, not an unbounded pile. */
export const MAX_SESSION_PAGES = 300;
/** Highest resolution accepted: beyond it an A4 page no longer fits comfortably in memory. */
export const MAX_SCAN_DPI = 1200;

const sessionId = z
  .string({ message: 'Sesi pindaian tidak dikenal.' })
  .regex(/^[a-f0-9]{32}$/, 'Sesi pindaian tidak dikenal.');

const deviceId = z
  .string({ message: 'Pilih pemindai.' })
  .trim()
  .min(1, 'Pilih pemindai.')
  .max(300, 'Nama pemindai terlalu panjang.')
  .regex(/^(sane|wia):[^\u0000-\u001f]+$/, 'Pemindai tidak dikenal. Muat ulang daftar pemindai.');

export const sessionIdSchema = z.object({ sessionId });

export const deviceIdSchema = z.object({ deviceId });

export const startScanSchema = z.object({
  /** Adds to the pages of an existing session; a new session when absent. */
  sessionId: sessionId.optional(),
  deviceId,
  resolution: z
    .number({ message: 'Pilih resolusi.' })
    .int('Resolusi harus bilangan bulat.')
    .min(50, 'Resolusi paling kecil 50 dpi.')
    .max(MAX_SCAN_DPI, `Resolusi paling besar ${MAX_SCAN_DPI} dpi.`),
  colourMode: z.enum(COLOUR_MODES, { message: 'Pilih mode warna.' }),
  source: z.enum(SCAN_SOURCES, { message: 'Pilih sumber kertas.' }),
  duplex: z.boolean().default(false),
  /** Stop the feeder after this many sheets (sides when duplex); all it holds when absent. */
  maxPages: z.number().int().min(1, 'Jumlah halaman paling sedikit 1.').max(MAX_SESSION_PAGES, `Jumlah halaman paling banyak ${MAX_SESSION_PAGES}.`).optional(),
});
export type StartScanInput = z.output<typeof startScanSchema>;

const fileName = z
  .string({ message: 'Nama berkas harus berupa teks.' })
  .trim()
  .min(1, 'Nama berkas kosong.')
  .max(200, 'Nama berkas paling panjang 200 karakter.');

export const importFileSchema = z.object({
  sessionId: sessionId.optional(),
  fileName,
  base64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8, `Berkas terlalu besar: paling besar ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`),
});

export const importHotFolderSchema = z.object({
  sessionId: sessionId.optional(),
  names: z
    .array(fileName, { message: 'Pilih berkas dari folder pindai.' })
    .min(1, 'Pilih berkas dari folder pindai.')
    .max(MAX_SESSION_PAGES, `Paling banyak ${MAX_SESSION_PAGES} berkas sekaligus.`),
});

export const editPagesSchema = z.object({
  sessionId,
  /** The pages to keep, in their new order, each with its turn; a page left out is deleted. */
  pages: z
    .array(
      z.object({
        id: z.string().regex(/^[a-f0-9]{16}$/, 'Halaman tidak dikenal.'),
        rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)], { message: 'Putaran halaman harus 0, 90, 180 atau 270 derajat.' }),
      }),
    )
    .max(MAX_SESSION_PAGES)
    .refine((pages) => new Set(pages.map((p) => p.id)).size === pages.length, 'Satu halaman tercantum dua kali.'),
});

const targetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('pengaduan'), complaintId: z.number().int().positive('Pengaduan tidak dikenal.') }),
    z.object({ kind: z.literal('surat'), letterId: z.number().int().positive('Surat tidak dikenal.') }),
    z.object({ kind: z.literal('arsip') }),
  ],
  { message: 'Pilih ke mana dokumen disimpan.' },
);

export const saveScanSchema = z.object({
  sessionId,
  target: targetSchema,
  /** The name the PDF is listed under; made from the date (and the register number) when empty. */
  fileName: z
    .string()
    .trim()
    .max(120, 'Nama berkas paling panjang 120 karakter.')
    .refine((v) => !/[\\/:*?"<>|\u0000-\u001f]/.test(v), 'Nama berkas tidak boleh memuat \\ / : * ? " < > |.')
    .default(''),
});

export const scannedDocumentIdSchema = z.object({ id: z.number().int().positive('Dokumen pindaian tidak dikenal.') });

export const hotFolderSettingsSchema = z
  .object({
    path: z.string().trim().max(500, 'Lokasi folder paling panjang 500 karakter.'),
    enabled: z.boolean(),
  })
  .refine((v) => !v.enabled || v.path !== '', { message: 'Isi lokasi folder pindai sebelum mengaktifkannya.', path: ['path'] });
