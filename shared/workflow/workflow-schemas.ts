import { z } from '../validation/zod-indonesian';
import { PAPER_SIZES } from '../office/office-settings';
import { DISPOSITION_INSTRUCTIONS } from './disposition-fields';
import {
  closeDispositionInputSchema,
  completeStepInputSchema,
  disposeInputSchema,
  markReadInputSchema,
  pauseInputSchema,
  reopenInputSchema,
  returnAboveInputSchema,
  returnToStepInputSchema,
} from './run-command-schemas';
import { TEAM_MEMBER_ROLES, TRAY_BOXES } from './tray';

/**
 * Input schemas of the `workflow.*` calls: the engine's command schemas with the
 * complaint's id around them, plus the records a step produces. Shared by the screens
 * (instant feedback) and the main process (the authority).
 */

const complaintId = z.number({ message: 'Pengaduan tidak valid.' }).int().positive('Pengaduan tidak valid.');
const positionId = z.number({ message: 'Jabatan tidak valid.' }).int().positive('Jabatan tidak valid.');
const stepNo = z.number({ message: 'Nomor langkah tidak valid.' }).int().positive('Nomor langkah tidak valid.');
const text = (max: number, label: string) =>
  z.string({ message: `${label} harus berupa teks.` }).trim().max(max, `${label} paling panjang ${max} karakter.`);
const requiredText = (max: number, label: string) => text(max, label).min(1, `${label} wajib diisi.`);

export const officeDaySchema = (label: string) =>
  z.string({ message: `${label} tidak valid.` }).refine((v) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const d = new Date(v + 'T00:00:00Z');
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, `${label} tidak valid.`);

/**
 * An administrator who does not hold the step's position records it on behalf of the
 * holder (a paper slip brought to the desk); the record says so. Refused for anyone else.
 */
const asAdministrator = z.boolean().optional();

export const DISPOSITION_PAPER_CHOICES = ['setengah-folio', 'A5', 'A4'] as const;
export type DispositionPaperChoice = (typeof DISPOSITION_PAPER_CHOICES)[number];
export const DISPOSITION_PAPER_CHOICE_LABELS: Record<DispositionPaperChoice, string> = {
  'setengah-folio': 'Setengah folio (215 × 165 mm)',
  A5: 'A5',
  A4: 'A4',
};
const dispositionPaper = z.enum(DISPOSITION_PAPER_CHOICES, { message: 'Pilih kertas: setengah folio, A5 atau A4.' });
const paperSize = z.enum(PAPER_SIZES, { message: 'Pilih ukuran kertas: A4 atau F4.' });

// ---- actor mapping -------------------------------------------------------------------

export const actorMappingQuerySchema = z.object({ code: requiredText(40, 'Kode SOP') });
export const saveActorMappingSchema = z.object({
  code: requiredText(40, 'Kode SOP'),
  actors: z
    .array(z.object({ key: requiredText(40, 'Kode pelaksana'), positionIds: z.array(positionId).max(20, 'Paling banyak 20 jabatan per pelaksana.') }))
    .max(10),
});

// ---- tray and case ------------------------------------------------------------------

export const trayQuerySchema = z.object({
  box: z.enum(TRAY_BOXES, { message: 'Kotak tidak dikenal.' }).default('masuk'),
  /** One of the user's positions; absent: all of them. */
  positionId: positionId.optional(),
  unreadOnly: z.boolean().default(false),
  overdueOnly: z.boolean().default(false),
  /** 1-based. */
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export const caseQuerySchema = z.object({ complaintId });
export const openTaskSchema = markReadInputSchema.extend({ complaintId });

// ---- step commands ------------------------------------------------------------------

export const completeStepSchema = completeStepInputSchema.extend({ complaintId, asAdministrator });

/**
 * A lembar disposisi. `deadlineDay`: the "batas waktu" the official writes, an office day —
 * the recipients' work falls due at the close of working hours that day. Absent: sifat
 * (sangat segera 24 jam, segera 48 jam) or the step's standard time.
 */
export const disposeSchema = disposeInputSchema.omit({ deadline: true }).extend({
  complaintId,
  asAdministrator,
  deadlineDay: officeDaySchema('Batas waktu disposisi').nullable().optional(),
  instructions: z.array(z.enum(DISPOSITION_INSTRUCTIONS, { message: 'Petunjuk disposisi tidak dikenal.' })).max(4).default([]),
  otherInstruction: text(300, 'Petunjuk lain').default(''),
  note: text(1000, 'Catatan disposisi').default(''),
});

export const returnToStepSchema = returnToStepInputSchema.extend({ complaintId, asAdministrator });
export const closeDispositionSchema = closeDispositionInputSchema.extend({ complaintId });
export const returnAboveSchema = returnAboveInputSchema.extend({ complaintId, asAdministrator });
export const pauseSchema = pauseInputSchema.extend({ complaintId });
export const resumeSchema = z.object({ complaintId });
export const reopenSchema = reopenInputSchema.extend({ complaintId });

// ---- telaah and SK Tim --------------------------------------------------------------

export const saveTelaahSchema = z.object({
  complaintId,
  stepNo,
  checklist: z
    .array(z.object({ label: requiredText(200, 'Butir kelengkapan'), present: z.boolean(), note: text(300, 'Keterangan').default('') }))
    .max(30, 'Paling banyak 30 butir kelengkapan.')
    .default([]),
  analysis: text(5000, 'Analisis').default(''),
  recommendation: text(2000, 'Saran/rekomendasi').default(''),
  decision: text(1000, 'Keputusan').default(''),
});

export const saveTeamSchema = z
  .object({
    complaintId,
    stepNo,
    /** Absent: a new SK Tim; present: changes the saved one (the number stays unique). */
    teamId: z.number().int().positive().optional(),
    number: requiredText(80, 'Nomor SK'),
    subject: text(300, 'Perihal tim').default(''),
    considerations: z.array(requiredText(600, 'Menimbang')).max(8).default([]),
    tasks: z.array(requiredText(600, 'Tugas tim')).min(1, 'Tuliskan paling sedikit satu tugas tim.').max(12),
    term: z.object({ from: officeDaySchema('Awal masa tugas'), to: officeDaySchema('Akhir masa tugas') }),
    decidedOn: officeDaySchema('Tanggal penetapan'),
    signerPositionId: positionId,
    members: z
      .array(
        z.object({
          positionId: positionId.nullable().default(null),
          name: requiredText(120, 'Nama anggota'),
          nip: text(24, 'NIP').default(''),
          position: text(160, 'Jabatan anggota').default(''),
          role: z.enum(TEAM_MEMBER_ROLES, { message: 'Peran anggota tidak dikenal.' }),
        }),
      )
      .min(1, 'Tim membutuhkan paling sedikit satu anggota.')
      .max(40, 'Paling banyak 40 anggota tim.'),
    copiesTo: z.array(requiredText(200, 'Tembusan')).max(10).default([]),
  })
  .refine((v) => v.term.to >= v.term.from, { message: 'Akhir masa tugas tidak boleh sebelum awalnya.', path: ['term', 'to'] })
  .refine((v) => v.members.some((m) => m.role === 'ketua'), { message: 'Tunjuk seorang ketua tim.', path: ['members'] });

// ---- documents and dashboard --------------------------------------------------------

export const printDispositionSchema = z.object({
  complaintId,
  /** One slip; absent: the whole chain of the complaint, one slip per page. */
  dispositionId: z.number().int().positive().optional(),
  paper: dispositionPaper.default('setengah-folio'),
});
export const printBlankDispositionSchema = z.object({ paper: dispositionPaper.default('setengah-folio') });
export const printTeamDecreeSchema = z.object({ complaintId, teamId: z.number().int().positive(), paper: paperSize.optional() });
export const printCaseChartSchema = z.object({ complaintId, paperSize: paperSize.optional() });

export const dashboardQuerySchema = z
  .object({
    /** Steps done in this period count for compliance; default: the current month up to today. */
    from: officeDaySchema('Tanggal awal').optional(),
    to: officeDaySchema('Tanggal akhir').optional(),
    unitId: z.number().int().positive().optional(),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { message: 'Tanggal akhir tidak boleh sebelum tanggal awal.', path: ['to'] });
