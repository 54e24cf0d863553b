import { CHANNELS } from '../complaints/complaint-enums';
import { z } from '../validation/zod-indonesian';
import { PAPER_SIZES } from '../office/office-settings';
import { sopDefinitionSchema } from './sop-definition';

/** Input schemas of the `sop.*` calls, shared by the SOP screen and the main process. */

const sopCode = z.string().trim().min(1, 'Pilih SOP.').max(40, 'Kode SOP terlalu panjang.');

export const sopVersionIdSchema = z.object({ versionId: z.number().int().positive() });
export const sopCodeSchema = z.object({ code: sopCode });
export const installPresetSchema = z.object({ presetId: z.string().trim().regex(/^\d{3}$/, 'Contoh SOP tidak dikenal.') });

const changeNote = z.string().trim().max(300, 'Catatan perubahan paling panjang 300 karakter.');

export const saveSopSchema = z.object({
  /** The version the editor started from: a save over a newer version is refused. */
  baseVersionId: z.number().int().positive(),
  definition: sopDefinitionSchema,
  changeNote: changeNote.min(1, 'Tuliskan singkat apa yang diubah.'),
});

/** An SOP file's text, as read by the renderer (up to 1 MB; a 60-step SOP is ~40 KB). */
export const MAX_SOP_FILE_CHARS = 1_000_000;
export const importSopSchema = z.object({
  fileName: z.string().trim().max(200).default(''),
  text: z.string().min(1, 'Berkas kosong.').max(MAX_SOP_FILE_CHARS, 'Berkas SOP terlalu besar (maks. 1 MB).'),
  changeNote: changeNote.default(''),
});

export const sopAssignmentSchema = z.object({
  defaultCode: sopCode.nullable(),
  channels: z.partialRecord(z.enum(CHANNELS), sopCode),
});

export const sopHighlightSchema = z.object({
  doneStepNos: z.array(z.number().int().positive()).max(60).default([]),
  currentStepNos: z.array(z.number().int().positive()).max(60).default([]),
});

export const printSopChartSchema = z.object({
  versionId: z.number().int().positive(),
  /** Absent: the office's default paper. */
  paperSize: z.enum(PAPER_SIZES, { message: 'Pilih ukuran kertas: A4 atau F4.' }).optional(),
  highlight: sopHighlightSchema.optional(),
});
