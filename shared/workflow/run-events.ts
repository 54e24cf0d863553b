import { z } from '../validation/zod-indonesian';
import { DISPOSITION_URGENCIES } from './disposition-fields';

/**
 * A run of one complaint through one SOP version is the list of these events, oldest
 * first; everything else (open tasks, due times, the chart highlight, the sentence for the
 * counter) is derived from them. The schema is what the database stores as JSON and reads
 * back, so an event written today still replays after the code changes: only add optional
 * fields, never rename.
 *
 * Routing is stored in the event (`toStepNo`) rather than recomputed on replay: the history
 * then says where the matter went even to someone who never opens the SOP.
 */

const instant = z.iso.datetime({ offset: true, message: 'Waktu kejadian tidak valid.' });
const stepNo = z.number().int().positive();
const positionId = z.number().int().positive();
const optionalText = (max: number) => z.string().trim().max(max).default('');

/** Who acted. `userId` null: the system itself (a `sistem` step closing on its own). */
export const performerSchema = z.object({
  userId: z.number().int().positive().nullable(),
  name: z.string().trim().min(1).max(120),
});
export type Performer = z.output<typeof performerSchema>;

export const SYSTEM_PERFORMER: Performer = { userId: null, name: 'Sistem' };

const base = { at: instant, by: performerSchema };

/** The fields every completion of a step carries (the paper trail of DOMAIN.md). */
const completion = {
  ...base,
  stepNo,
  /** The recipient whose part this was; null for a step nobody was disposed to by name. */
  positionId: positionId.nullable(),
  /** The actor column the performer acted as. */
  actorKey: z.string(),
  /** A `publik` step the desk recorded for the complainant. */
  onBehalfOfPublic: z.boolean().default(false),
  notes: optionalText(2000),
  /** Where the output lives ("nota-dinas:12", "lampiran:ab12…"); null for a plain record. */
  outputRef: z.string().max(200).nullable().default(null),
  /** The decision answer chosen; null when the step has no decision. */
  optionKey: z.string().nullable().default(null),
};

export const runEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), ...base, sopCode: z.string(), sopVersion: z.number().int().positive(), stepNo }),
  /** A holder opened the task in the tray: "dibaca". */
  z.object({ type: z.literal('task-read'), ...base, stepNo, positionId: positionId.nullable() }),
  z.object({
    type: z.literal('step-completed'),
    ...completion,
    toStepNo: stepNo.nullable(),
    /** The disposer closed a disposed step before every recipient finished; their open parts are withdrawn. */
    closedEarly: z.boolean().default(false),
  }),
  /** One recipient of a disposed step finished (or declined, with a reason) while others still work. */
  z.object({ type: z.literal('part-done'), ...completion, positionId, declinedReason: z.string().nullable().default(null) }),
  /** A disposition step completed: the next step opens once per recipient position. */
  z.object({
    type: z.literal('disposed'),
    ...completion,
    toStepNo: stepNo,
    recipients: z.array(positionId).min(1),
    urgency: z.enum(DISPOSITION_URGENCIES).default('biasa'),
    /** A deadline the leader wrote on the slip; replaces the standard time of the recipients' step. */
    deadline: instant.nullable().default(null),
  }),
  /** The matter goes back to an earlier step with a reason (a "no" of a decision, or a free return). */
  z.object({ type: z.literal('returned'), ...completion, toStepNo: stepNo, reason: z.string().min(1) }),
  z.object({ type: z.literal('paused'), ...base, reason: z.string().min(1) }),
  z.object({ type: z.literal('resumed'), ...base }),
  /** "Bukan kewenangan": the whole matter leaves this office for the level above (seed 001). */
  z.object({ type: z.literal('returned-above'), ...base, stepNo: stepNo.nullable(), reason: z.string().min(1) }),
  z.object({ type: z.literal('finished'), ...base }),
  z.object({ type: z.literal('reopened'), ...base, stepNo, reason: z.string().min(1) }),
]);

export type RunEvent = z.output<typeof runEventSchema>;
export type RunEventType = RunEvent['type'];
export type RunEventOf<T extends RunEventType> = Extract<RunEvent, { type: T }>;

/** Reads a stored event list back; throws on a corrupt row, which is a fault, not a clerk's mistake. */
export function parseRunEvents(raw: unknown): RunEvent[] {
  return z.array(runEventSchema).parse(raw);
}

/** Indonesian words for each event, for the history list of a case. */
export const RUN_EVENT_LABELS: Record<RunEventType, string> = {
  started: 'Proses dimulai',
  'task-read': 'Dibaca',
  'step-completed': 'Langkah selesai',
  'part-done': 'Bagian penerima selesai',
  disposed: 'Didisposisikan',
  returned: 'Dikembalikan',
  paused: 'Dihentikan sementara',
  resumed: 'Dilanjutkan',
  'returned-above': 'Dikembalikan ke tingkat atas (bukan kewenangan)',
  finished: 'Selesai',
  reopened: 'Dibuka kembali',
};
