import type { SopDefinition } from '../sop/sop-definition';
import type { ClockPause, DueTimeCalculator } from './due-time';
import { replayRun } from './replay-run';
import type { RunEvent } from './run-events';
import { findActor, findStep } from './sop-navigation';

/**
 * The three case-level clocks of SP4N-LAPOR! (DOMAIN.md, time rules): verification and
 * forwarding within 3 working days of receipt; the follow-up formulated within 5 working
 * days of forwarding; the report considered finished 10 working days after the follow-up
 * if nobody replies. They run beside the step clocks of the office's own SOP.
 */

export const LAPOR_CLOCK_KEYS = ['verifikasi', 'tindak-lanjut', 'selesai'] as const;
export type LaporClockKey = (typeof LAPOR_CLOCK_KEYS)[number];

export const LAPOR_CLOCK_STATUSES = ['belum-dimulai', 'berjalan', 'tepat-waktu', 'terlambat'] as const;
export type LaporClockStatus = (typeof LAPOR_CLOCK_STATUSES)[number];

export const LAPOR_CLOCK_STATUS_LABELS: Record<LaporClockStatus, string> = {
  'belum-dimulai': 'Belum dimulai',
  berjalan: 'Berjalan',
  'tepat-waktu': 'Tepat waktu',
  terlambat: 'Terlambat',
};

const RULES: Record<LaporClockKey, { label: string; workingDays: number }> = {
  verifikasi: { label: 'Verifikasi dan penerusan', workingDays: 3 },
  'tindak-lanjut': { label: 'Perumusan tindak lanjut', workingDays: 5 },
  selesai: { label: 'Dianggap selesai bila tidak ada tanggapan', workingDays: 10 },
};

/** The instants the three clocks hang on; null while not reached yet. */
export interface LaporMilestones {
  receivedAt: string | null;
  forwardedAt: string | null;
  followUpAt: string | null;
  closedAt: string | null;
  /** Waiting for the complainant stops these clocks too. */
  pauses?: readonly ClockPause[];
}

export interface LaporClock {
  key: LaporClockKey;
  label: string;
  workingDays: number;
  startedAt: string | null;
  dueAt: string | null;
  endedAt: string | null;
  status: LaporClockStatus;
}

export function laporClocks(m: LaporMilestones, calculator: DueTimeCalculator, now: Date): LaporClock[] {
  const spans: Array<[LaporClockKey, string | null, string | null]> = [
    ['verifikasi', m.receivedAt, m.forwardedAt],
    ['tindak-lanjut', m.forwardedAt, m.followUpAt],
    ['selesai', m.followUpAt, m.closedAt],
  ];
  return spans.map(([key, start, end]) => {
    const rule = RULES[key];
    const base = { key, label: rule.label, workingDays: rule.workingDays, startedAt: start, endedAt: start ? end : null };
    if (!start) return { ...base, dueAt: null, status: 'belum-dimulai' as const };
    // An open pause counts up to now: the clock stands still until someone resumes it.
    const pauses = (m.pauses ?? [])
      .filter((p) => p.to === null || p.to.getTime() > Date.parse(start))
      .map((p) => ({ ...p, to: p.to ?? now }));
    const due = calculator.dueAt(new Date(start), { amount: rule.workingDays, unit: 'hari-kerja', workingTime: true }, pauses);
    const reference = end ? Date.parse(end) : now.getTime();
    const late = reference > due.getTime();
    const status: LaporClockStatus = end ? (late ? 'terlambat' : 'tepat-waktu') : late ? 'terlambat' : 'berjalan';
    return { ...base, dueAt: due.toISOString(), status };
  });
}

/** Which steps mark the milestones, when the defaults below do not fit an office's SOP. */
export interface LaporMarks {
  /** Completing one of these steps is "verified and forwarded"; default: the first disposition. */
  forwardStepNos?: readonly number[];
  /** Completing one of these is "follow-up formulated"; default: a reply step, or the step before a system step. */
  followUpStepNos?: readonly number[];
}

const REPLY_OUTPUTS = new Set(['surat-jawaban', 'penyampaian-jawaban']);

/** Reads the milestones off a run; `receivedAt` defaults to the run's start. */
export function laporMilestonesFromRun(
  definition: SopDefinition,
  events: readonly RunEvent[],
  marks: LaporMarks = {},
  receivedAt?: string,
): LaporMilestones {
  const run = replayRun(definition, events);
  let forwardedAt: string | null = null;
  let followUpAt: string | null = null;
  for (const e of events) {
    if (e.type !== 'step-completed' && e.type !== 'disposed' && e.type !== 'part-done') continue;
    const step = findStep(definition, e.stepNo);
    const forwards = marks.forwardStepNos ? marks.forwardStepNos.includes(e.stepNo) : e.type === 'disposed';
    if (!forwardedAt && forwards) forwardedAt = e.at;
    const opensSystemStep =
      'toStepNo' in e && e.toStepNo !== null && findActor(definition, findStep(definition, e.toStepNo)?.actors[0] ?? '')?.kind === 'sistem';
    const followsUp = marks.followUpStepNos
      ? marks.followUpStepNos.includes(e.stepNo)
      : REPLY_OUTPUTS.has(step?.outputKind ?? '') || opensSystemStep;
    if (!followUpAt && followsUp && e.by.userId !== null) followUpAt = e.at;
  }
  const pauses: ClockPause[] = run.pauses.map((p) => ({
    from: new Date(p.from),
    to: p.to === null ? null : new Date(p.to),
    reason: p.reason,
  }));
  return {
    receivedAt: receivedAt ?? run.started?.at ?? null,
    forwardedAt,
    followUpAt,
    closedAt: run.ending?.at ?? null,
    pauses,
  };
}
