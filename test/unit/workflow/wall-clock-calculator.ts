import type { StandardTime } from '../../../shared/sop/sop-definition';
import type { ClockPause, DueTimeCalculator } from '../../../shared/workflow/due-time';

/**
 * A calendar simple enough to compute by hand in a test: minutes, hours and days on the
 * wall clock; working days skip Saturday and Sunday (UTC) and nothing else. Pauses push
 * the due time by their length when they start before it. The engine must give the same
 * answers whatever calendar it is handed; the real one is tested on its own.
 */
const MINUTE = 60_000;
const UNIT_MINUTES = { menit: 1, jam: 60, hari: 1440 } as const;

function addWeekdays(start: Date, days: number): Date {
  const d = new Date(start);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  let added = 0;
  while (added < days) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) added++;
  }
  return d;
}

export const wallClockCalculator: DueTimeCalculator = {
  dueAt(start: Date, time: StandardTime, pauses: readonly ClockPause[] = []): Date {
    let due =
      time.unit === 'hari-kerja' ? addWeekdays(start, time.amount).getTime() : start.getTime() + time.amount * UNIT_MINUTES[time.unit] * MINUTE;
    for (const p of [...pauses].sort((a, b) => a.from.getTime() - b.from.getTime())) {
      if (p.from.getTime() >= due) continue;
      if (p.to === null) return new Date(8.64e15);
      due += p.to.getTime() - p.from.getTime();
    }
    return new Date(due);
  },
};
