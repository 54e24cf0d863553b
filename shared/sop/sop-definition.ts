import { z } from '../validation/zod-indonesian';

/**
 * An SOP as data: the swimlane table of the seeds (No, Kegiatan, one column per actor,
 * Kelengkapan, Waktu, Output, Keterangan) plus what the paper only draws as arrows —
 * which step follows, and where each answer of a decision leads. The engine runs a
 * complaint through this; the chart prints from it; offices edit it and share it as JSON.
 */

/** Units of a standard time as the seeds write them ("2 Menit", "12 jam", "3 hari", "3 hari kerja"). */
export const DURATION_UNITS = ['menit', 'jam', 'hari', 'hari-kerja'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const DURATION_UNIT_LABELS: Record<DurationUnit, string> = {
  menit: 'menit',
  jam: 'jam',
  hari: 'hari',
  'hari-kerja': 'hari kerja',
};

/**
 * Who an actor column stands for. `jabatan`: a position of the office (mapped to one of
 * its own positions); `publik`: the complainant, whose steps the desk records on their
 * behalf; `sistem`: a step nobody performs (SP4N-LAPOR! closing a report by itself).
 */
export const ACTOR_KINDS = ['jabatan', 'publik', 'sistem'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * What a step produces, so the engine knows which form or document goes with it. `catatan`
 * is a plain record (who, when, notes); the rest are the documents of DOMAIN.md.
 */
export const STEP_OUTPUT_KINDS = [
  'catatan',
  'disposisi',
  'telaah',
  'nota-dinas',
  'surat-jawaban',
  'sk-tim',
  'tanda-terima',
  'catatan-konsultasi',
  'penyampaian-jawaban',
  'arsip',
] as const;
export type StepOutputKind = (typeof STEP_OUTPUT_KINDS)[number];

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label} paling panjang ${max} karakter.`);
const requiredText = (max: number, label: string) => text(max, label).min(1, `${label} wajib diisi.`);

const actorKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Kode pelaksana hanya huruf kecil, angka dan tanda hubung (maks. 40).');

export const standardTimeSchema = z.object({
  amount: z.number().positive('Waktu baku harus lebih dari nol.').max(10_000, 'Waktu baku terlalu besar.'),
  unit: z.enum(DURATION_UNITS, { message: 'Satuan waktu tidak dikenal.' }),
  /**
   * Minutes and hours counted in working hours only (the office's calendar) rather than
   * on the wall clock. Ignored for `hari-kerja`, which is working time by definition.
   */
  workingTime: z.boolean().default(true),
});
export type StandardTime = z.output<typeof standardTimeSchema>;

export const sopActorSchema = z.object({
  key: actorKey,
  /** The column heading as the SOP prints it ("Kasubag PPHTI"). */
  label: requiredText(80, 'Nama pelaksana'),
  kind: z.enum(ACTOR_KINDS),
});
export type SopActor = z.output<typeof sopActorSchema>;

/** One answer of a decision ("Ya" / "Tidak" / "Kewenangan UPT") and the step it leads to. */
export const decisionOptionSchema = z.object({
  key: actorKey,
  label: requiredText(80, 'Pilihan keputusan'),
  /** The step this answer leads to; null ends the procedure. */
  goTo: z.number().int().positive().nullable(),
  /** A return ("dikembalikan"): the actor must say why; the reason travels with the matter. */
  isReturn: z.boolean().default(false),
});
export type DecisionOption = z.output<typeof decisionOptionSchema>;

export const sopStepSchema = z.object({
  /** The number printed in the No column; unique within the SOP. */
  no: z.number().int().positive(),
  activity: requiredText(500, 'Kegiatan'),
  /** Keys of the actor columns marked on this row; the first one acts, the others take part. */
  actors: z.array(actorKey).min(1, 'Setiap langkah membutuhkan pelaksana.').max(6),
  inputs: text(200, 'Kelengkapan').default(''),
  /** Null where the SOP gives no time (seed 004 step 1). */
  standardTime: standardTimeSchema.nullable(),
  output: text(200, 'Output').default(''),
  outputKind: z.enum(STEP_OUTPUT_KINDS).default('catatan'),
  note: text(300, 'Keterangan').default(''),
  /** The step that follows when this one has no decision; null ends the procedure. */
  next: z.number().int().positive().nullable(),
  decision: z
    .object({
      question: requiredText(200, 'Pertanyaan keputusan'),
      options: z.array(decisionOptionSchema).min(2, 'Keputusan membutuhkan paling sedikit dua pilihan.').max(5),
    })
    .nullable()
    .default(null),
});
export type SopStep = z.output<typeof sopStepSchema>;

export const sopDefinitionSchema = z.object({
  /** Stable identifier of the SOP across versions ("kemenkumham-babel-pengaduan"). */
  code: actorKey,
  title: requiredText(200, 'Judul SOP'),
  /** The issuing body as the SOP's heading names it, one line each. */
  agencyLines: z.array(requiredText(120, 'Nama instansi')).min(1).max(4),
  sopNumber: text(80, 'Nomor SOP').default(''),
  effectiveDate: text(40, 'Tanggal efektif').default(''),
  approvedBy: text(200, 'Disahkan oleh').default(''),
  /** Where the procedure comes from (the seed file, the regulation): shown on the chart. */
  source: text(300, 'Sumber').default(''),
  actors: z.array(sopActorSchema).min(1).max(10),
  steps: z.array(sopStepSchema).min(1).max(60),
});
export type SopDefinition = z.output<typeof sopDefinitionSchema>;
export type SopDefinitionInput = z.input<typeof sopDefinitionSchema>;
