import type { StandardTime } from '../sop/sop-definition';

/** A stretch during which a step's clock stands still (waiting for the complainant); open while `to` is null. */
export interface ClockPause {
  from: Date;
  to: Date | null;
  reason: string;
}

/**
 * The engine's view of the working calendar: when a step that started at `start` with this
 * standard time falls due, the pauses not counted. Implemented from the office's calendar
 * (working hours, holidays, cuti bersama) in shared/time/; injected so the engine stays
 * testable with any calendar.
 */
export interface DueTimeCalculator {
  dueAt(start: Date, time: StandardTime, pauses?: readonly ClockPause[]): Date;
}
