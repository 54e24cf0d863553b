import { z } from '../validation/zod-indonesian';
import { dateRangeSchema } from '../guests/guest-schemas';
import { DOCUMENT_KINDS, MAX_PRINT_COPIES, PRINT_METHODS, PRINT_PAPERS } from './printing-enums';
import { PRINTABLE_CALLS } from './printable-calls';

/**
 * Input schemas of the `printing.*` calls, shared by the settings screen (instant
 * feedback) and the main process (the authority).
 */

const documentKind = z.enum(DOCUMENT_KINDS, { message: 'Jenis dokumen tidak dikenal.' });

/** CUPS names have no spaces; Windows names may ("\\\\SERVER\\HP LaserJet"): only control characters are refused. */
export const printerNameSchema = z
  .string({ message: 'Nama printer harus berupa teks.' })
  .trim()
  .min(1, 'Pilih printer.')
  .max(200, 'Nama printer paling panjang 200 karakter.')
  // A control character in a printer name is a slip or an attempt on the print command's arguments.
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'Nama printer berisi karakter yang tidak sah.');

const copies = z
  .number({ message: 'Jumlah salinan harus berupa angka.' })
  .int('Jumlah salinan harus bilangan bulat.')
  .min(1, 'Jumlah salinan paling sedikit 1.')
  .max(MAX_PRINT_COPIES, `Jumlah salinan paling banyak ${MAX_PRINT_COPIES}.`);

const title = z.string({ message: 'Judul harus berupa teks.' }).trim().max(200, 'Judul paling panjang 200 karakter.');
const reference = z.string({ message: 'Rujukan harus berupa teks.' }).trim().max(120, 'Rujukan paling panjang 120 karakter.');

export const printSettingSchema = z.object({
  documentKind,
  printer: printerNameSchema.nullable(),
  paper: z.enum(PRINT_PAPERS, { message: 'Pilih kertas: A4, F4, A5, ½ folio atau label 100 × 50 mm.' }),
  copies,
  method: z.enum(PRINT_METHODS, { message: 'Pilih cara cetak: langsung atau lewat dialog.' }),
  duplex: z.boolean().default(false),
});
export type PrintSettingInput = z.input<typeof printSettingSchema>;

/** Some or all kinds at once, each at most once. */
export const savePrintSettingsSchema = z.object({
  kinds: z
    .array(printSettingSchema)
    .min(1, 'Tidak ada pengaturan yang disimpan.')
    .max(DOCUMENT_KINDS.length, 'Terlalu banyak baris pengaturan.')
    .refine((rows) => new Set(rows.map((r) => r.documentKind)).size === rows.length, 'Setiap jenis dokumen hanya boleh muncul sekali.'),
});

/**
 * Print a document that another call composes: the backend makes that call as the same
 * user (so its permission and input rules apply), checks the result is a PDF and sends it
 * to the printer the kind's setting names (or `printer`). With `dialog` the desktop app
 * opens the system print dialog instead.
 */
export const printDocumentSchema = z.object({
  documentKind,
  source: z.object({
    call: z.enum(PRINTABLE_CALLS, { message: 'Dokumen ini tidak dapat dicetak dari sini.' }),
    input: z.unknown(),
  }),
  copies: copies.optional(),
  printer: printerNameSchema.optional(),
  /** The paper the document was composed on, when the clerk chose it (the lembar disposisi's dialog); else the kind's. */
  paper: z.enum(PRINT_PAPERS, { message: 'Pilih kertas: A4, F4, A5, ½ folio atau label 100 × 50 mm.' }).optional(),
  title: title.default(''),
  reference: reference.default(''),
  dialog: z.boolean().default(false),
});
export type PrintDocumentInput = z.input<typeof printDocumentSchema>;

/** The browser's own dialog printed the PDF: the renderer says so for the log. */
export const recordDialogPrintSchema = z.object({
  documentKind,
  title: title.min(1, 'Judul dokumen wajib diisi.'),
  reference: reference.default(''),
  copies: copies.default(1),
  pages: z.number().int().min(1).max(10_000).nullable().default(null),
  paper: z.enum(PRINT_PAPERS).nullable().default(null),
});

export const printLogQuerySchema = z.object({
  range: dateRangeSchema.optional(),
  documentKind: documentKind.optional(),
  printedBy: z.string().trim().max(120).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type PrintLogQuery = z.input<typeof printLogQuerySchema>;
