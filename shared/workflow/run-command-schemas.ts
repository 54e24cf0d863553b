import { z } from '../validation/zod-indonesian';
import { DISPOSITION_URGENCIES } from './disposition-fields';

/**
 * The clerk's part of each engine command, as the handler receives it: checked here for
 * shape and length with Indonesian messages, then by the command itself for the rules of
 * the SOP (the right actor, an answer where a decision is, a reason for a return). The
 * contract adds the complaint's id around these.
 */

const stepNo = z.number({ message: 'Nomor langkah tidak valid.' }).int().positive('Nomor langkah tidak valid.');
const positionId = z.number().int().positive('Jabatan tidak valid.');
const reason = (label: string) =>
  z.string({ message: `${label} wajib diisi.` }).trim().min(1, `${label} wajib diisi.`).max(1000, `${label} paling panjang 1000 karakter.`);
const notes = z.string().trim().max(2000, 'Catatan paling panjang 2000 karakter.').optional();
const outputRef = z.string().trim().max(200).nullable().optional();

export const completeStepInputSchema = z.object({
  stepNo,
  positionId: positionId.nullable().optional(),
  optionKey: z.string().trim().max(40).nullable().optional(),
  /** Only required for a return; the command says so when it is missing. */
  reason: z.string().trim().max(1000, 'Alasan paling panjang 1000 karakter.').nullable().optional(),
  notes,
  outputRef,
});

export const disposeInputSchema = completeStepInputSchema.extend({
  recipients: z
    .array(positionId)
    .min(1, 'Pilih paling sedikit satu penerima disposisi.')
    .max(20, 'Paling banyak 20 penerima dalam satu disposisi.'),
  urgency: z.enum(DISPOSITION_URGENCIES, { message: 'Sifat disposisi tidak dikenal.' }).optional(),
  deadline: z.iso.datetime({ offset: true, message: 'Batas waktu disposisi tidak valid.' }).nullable().optional(),
});

export const returnToStepInputSchema = completeStepInputSchema.extend({
  toStepNo: stepNo,
  reason: reason('Alasan pengembalian'),
});

export const closeDispositionInputSchema = z.object({
  stepNo,
  optionKey: z.string().trim().max(40).nullable().optional(),
  notes,
});

export const pauseInputSchema = z.object({ reason: reason('Alasan penghentian sementara') });
export const returnAboveInputSchema = z.object({
  stepNo,
  positionId: positionId.nullable().optional(),
  reason: reason('Alasan bukan kewenangan'),
});
export const reopenInputSchema = z.object({ reason: reason('Alasan dibuka kembali'), stepNo: stepNo.optional() });
export const markReadInputSchema = z.object({ stepNo, positionId: positionId.nullable().optional() });
