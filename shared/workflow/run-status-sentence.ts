import type { OfficeTimeZone } from '../office/time-zones';
import { formatLongDate, formatTime } from '../time/indonesian-dates';
import type { OpenTask, RunState } from './run-state';

/**
 * One plain sentence of where a complaint stands, for the counter (seed 000: "informs the
 * visitor of the progress") and the top of the case page:
 * "Menunggu Kepala Dinas: telaah surat aduan, tenggat Selasa, 24 November 2026 10.30 WITA".
 */

export interface SentenceOptions {
  zone: OfficeTimeZone;
  positionName?: ((positionId: number) => string | undefined) | undefined;
}

export const formatDue = (iso: string, zone: OfficeTimeZone) => `${formatLongDate(iso, zone)} ${formatTime(iso, zone)}`;

/**
 * The SOP's activity as a clause after a colon: "Telaah surat aduan." → "telaah surat aduan",
 * but "Admin Instansi menerima …" keeps its capitals (a title, not the start of a sentence).
 */
export function activityClause(activity: string): string {
  const text = activity.trim().replace(/[.;:]+$/, '');
  const [first, second] = text.split(/\s+/);
  const plainWord = first !== undefined && /^[A-Z][a-z]+$/.test(first);
  if (plainWord && (second === undefined || /^[a-z]/.test(second))) return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}`;

function describeStep(tasks: OpenTask[], options: SentenceOptions): string {
  const first = tasks[0];
  if (!first) return '';
  const recipients = tasks
    .filter((t) => t.recipientPositionId !== null)
    .map((t) => options.positionName?.(t.recipientPositionId as number) ?? `${t.actorLabel} (jabatan ${t.recipientPositionId})`);
  const holder = recipients.length > 0 ? joinNames(recipients) : first.actorLabel;
  const returned = first.returnedFrom ? ` (dikembalikan: ${first.returnedFrom.reason})` : '';
  let sentence = `Menunggu ${holder}${returned}: ${activityClause(first.activity)}`;
  const dues = tasks.map((t) => t.dueAt).filter((d): d is string => d !== null).sort();
  if (dues[0]) sentence += `, tenggat ${formatDue(dues[0], options.zone)}`;
  if (tasks.some((t) => t.overdue)) sentence += ' (terlambat)';
  return sentence;
}

export function describeRun(state: Omit<RunState, 'sentence'>, options: SentenceOptions): string {
  if (!state.started) return 'Belum masuk alur SOP.';
  const { ending, openPause } = state;
  if (ending?.kind === 'bukan-kewenangan') {
    return `Dikembalikan ke tingkat atas karena bukan kewenangan pada ${formatDue(ending.at, options.zone)}: ${ending.reason ?? ''}`.trim();
  }
  if (ending) return `Selesai pada ${formatDue(ending.at, options.zone)}.`;

  const byStep = new Map<number, OpenTask[]>();
  for (const task of state.openTasks) byStep.set(task.stepNo, [...(byStep.get(task.stepNo) ?? []), task]);
  const waiting = [...byStep.values()].map((tasks) => describeStep(tasks, options)).join('; ');

  if (openPause) {
    const paused = `Dihentikan sementara sejak ${formatDue(openPause.from, options.zone)} (${openPause.reason})`;
    return waiting ? `${paused}; berikutnya ${waiting.charAt(0).toLowerCase()}${waiting.slice(1)}` : paused;
  }
  return waiting || 'Tidak ada langkah yang sedang berjalan.';
}
