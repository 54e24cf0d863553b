import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_HOURS, SHIPPED_YEARS } from '../../../shared/time/default-holidays';
import { WorkingCalendar } from '../../../shared/time/working-calendar';
import { CalendarDueTimeCalculator } from '../../../shared/time/working-time-arithmetic';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import { laporClocks } from '../../../shared/workflow/lapor-clocks';
import { completeStep } from '../../../shared/workflow/step-commands';
import { pauseRun, resumeRun, startRun } from '../../../shared/workflow/run-lifecycle-commands';
import { RunDriver, user } from './run-driver';
import { LINEAR_SOP } from './test-sops';

/**
 * The engine on the office's real working calendar (07.30–16.00, shipped holidays and
 * cuti bersama) rather than the wall-clock test calendar: the due times a clerk will see.
 */
const calendar = new CalendarDueTimeCalculator(
  new WorkingCalendar({ zone: 'WITA', hours: DEFAULT_WORKING_HOURS, holidays: SHIPPED_YEARS.flatMap((y) => [...y.holidays]) }),
);
const desk = user('Rina Petugas', ['petugas']);
const wita = (local: string) => new Date(`${local}+08:00`);

describe('the engine on the real working calendar', () => {
  it('carries a telaah begun late in the afternoon into the next working morning', () => {
    const run = new RunDriver(LINEAR_SOP, wita('2026-11-23T15:20:00').toISOString());
    run.do(startRun(run.ctx(desk), { sopVersion: 1 }));
    run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 1 }));
    run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 2 })); // 15.30: half an hour left today
    const state = deriveRunState(LINEAR_SOP, run.events, calendar, { zone: 'WITA' });
    expect(state.sentence).toBe('Menunggu Kepala Dinas: telaah surat aduan, tenggat Selasa, 24 November 2026 09.00 WITA');
  });

  it('moves a due time by the working time a pause covers, not by the nights and weekend', () => {
    const run = new RunDriver(LINEAR_SOP, wita('2026-11-27T14:50:00').toISOString()); // Friday
    run.do(startRun(run.ctx(desk), { sopVersion: 1 }));
    run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 1 }));
    run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 2 })); // 15.00 Friday, 2 working hours: Monday 08.30
    expect(deriveRunState(LINEAR_SOP, run.events, calendar).openTasks[0]?.dueAt).toBe(wita('2026-11-30T08:30:00').toISOString());
    run.wait(30).do(pauseRun(run.ctx(desk), { reason: 'Menunggu KTP' })); // 15.30 Friday …
    run.at(wita('2026-11-30T08:00:00').toISOString()).do(resumeRun(run.ctx(desk))); // … to 08.00 Monday: 1 working hour
    expect(deriveRunState(LINEAR_SOP, run.events, calendar).openTasks[0]?.dueAt).toBe(wita('2026-11-30T09:30:00').toISOString());
  });

  it('counts the SP4N-LAPOR! verification over Christmas and its cuti bersama', () => {
    const [verification] = laporClocks(
      { receivedAt: wita('2026-12-22T10:00:00').toISOString(), forwardedAt: null, followUpAt: null, closedAt: null },
      calendar,
      wita('2026-12-28T10:00:00'),
    );
    // 23 Dec is day 1; 24 (cuti bersama), 25 (Natal), 26–27 (weekend) do not count; 28 and 29 do.
    expect(verification).toMatchObject({ dueAt: wita('2026-12-29T10:00:00').toISOString(), status: 'berjalan' });
  });
});
