/**
 * Compliance with the standard times for the dashboard: of the steps done, how many on
 * time, how many late, the mean and the worst delay — per SOP step, per unit, per anything
 * the caller groups by. Pure arithmetic over step records, so the same figures come out of
 * one run in memory or of a million rows summed in SQL and fed here per group.
 */

/** What compliance needs of a done step; `DoneStep` of the run state fits as it is. */
export interface StepTimingRecord {
  stepNo: number;
  /** Null when the step has no standard time: counted apart, neither on time nor late. */
  onTime: boolean | null;
  /** Minutes past the due time; 0 when on time. */
  lateMinutes: number;
}

export interface ComplianceFigures {
  total: number;
  onTime: number;
  late: number;
  /** Steps without a standard time. */
  untimed: number;
  /** Share of timed steps done on time, 0–1; null when none was timed. */
  onTimeRate: number | null;
  /** Mean delay of the late steps, in minutes (0 when none was late). */
  meanDelayMinutes: number;
  worstDelayMinutes: number;
}

export function complianceFigures(records: readonly StepTimingRecord[]): ComplianceFigures {
  let onTime = 0;
  let late = 0;
  let untimed = 0;
  let delaySum = 0;
  let worst = 0;
  for (const r of records) {
    if (r.onTime === null) untimed++;
    else if (r.onTime) onTime++;
    else {
      late++;
      delaySum += r.lateMinutes;
      worst = Math.max(worst, r.lateMinutes);
    }
  }
  const timed = onTime + late;
  return {
    total: records.length,
    onTime,
    late,
    untimed,
    onTimeRate: timed === 0 ? null : onTime / timed,
    meanDelayMinutes: late === 0 ? 0 : Math.round(delaySum / late),
    worstDelayMinutes: worst,
  };
}

/** Figures per group, groups in the order of `compare` (default: as first met). */
export function complianceBy<R extends StepTimingRecord, K>(
  records: readonly R[],
  keyOf: (record: R) => K,
  compare?: (a: K, b: K) => number,
): Array<{ key: K; figures: ComplianceFigures }> {
  const groups = new Map<K, R[]>();
  for (const r of records) {
    const key = keyOf(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const keys = [...groups.keys()];
  if (compare) keys.sort(compare);
  return keys.map((key) => ({ key, figures: complianceFigures(groups.get(key) ?? []) }));
}

export const complianceByStep = <R extends StepTimingRecord>(records: readonly R[]) =>
  complianceBy(records, (r) => r.stepNo, (a, b) => a - b).map(({ key, figures }) => ({ stepNo: key, ...figures }));

/** "2 hari 3 jam", "45 menit": a delay as the dashboard writes it (wall-clock minutes). */
export function formatDelay(minutes: number): string {
  if (minutes <= 0) return '0 menit';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days && `${days} hari`, hours && `${hours} jam`, mins && `${mins} menit`].filter(Boolean);
  return parts.join(' ');
}
