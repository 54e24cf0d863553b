import { describe, expect, it } from 'vitest';
import { completeStep } from '../../../shared/workflow/step-commands';
import { markRead, startRun } from '../../../shared/workflow/run-lifecycle-commands';
import { finishDueSystemSteps } from '../../../shared/workflow/system-steps';
import { RunDriver, user } from './run-driver';
import { LINEAR_SOP } from './test-sops';
import { wallClockCalculator } from './wall-clock-calculator';

const desk = user('Rina Petugas', ['petugas']);
const head = user('Ir. Kepala', ['kepala']);
const MONDAY_0900_WITA = '2026-11-23T01:00:00.000Z';
const TUESDAY_0830_WITA = '2026-11-24T00:30:00.000Z';

/** Runs LINEAR_SOP up to the head's telaah: public step at 09.10, the desk a day late. */
function uptoTelaah() {
  const run = new RunDriver(LINEAR_SOP, MONDAY_0900_WITA);
  run.do(startRun(run.ctx(desk), { sopVersion: 1 }));
  run.wait(10).do(completeStep(run.ctx(desk), { stepNo: 1, notes: 'Datang langsung ke loket.' }));
  run.at(TUESDAY_0830_WITA).do(completeStep(run.ctx(desk), { stepNo: 2, outputRef: 'pengaduan:17' }));
  return run;
}

describe('a linear run', () => {
  it('starts at the first step, waiting for the public', () => {
    const run = new RunDriver(LINEAR_SOP, MONDAY_0900_WITA);
    run.do(startRun(run.ctx(desk), { sopVersion: 3 }));
    const state = run.state();
    expect(state.sopVersion).toBe(3);
    expect(state.openTasks).toMatchObject([{ stepNo: 1, actorKey: 'pelapor', dueAt: '2026-11-23T01:30:00.000Z', read: false }]);
    expect(state.sentence).toBe('Menunggu Pelapor: menyampaikan pengaduan, tenggat Senin, 23 November 2026 09.30 WITA');
    expect(startRun(run.ctx(desk), { sopVersion: 3 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('records the public step for the complainant and says where the matter stands', () => {
    const run = uptoTelaah();
    const state = run.state();
    expect(state.sentence).toBe('Menunggu Kepala Dinas: telaah surat aduan, tenggat Selasa, 24 November 2026 10.30 WITA');
    expect(state.chart).toEqual({ doneStepNos: [1, 2], currentStepNos: [3] });
    const [publicStep, deskStep] = state.doneSteps;
    expect(publicStep).toMatchObject({ stepNo: 1, actedAs: 'pelapor', onBehalfOfPublic: true, durationMinutes: 10, onTime: true, lateMinutes: 0 });
    expect(publicStep?.performedBy.name).toBe('Rina Petugas');
    expect(publicStep?.notes).toBe('Datang langsung ke loket.');
    // Opened Monday 09.10, due 09.40, done Tuesday 08.30: 23 h 20 min, of which 22 h 50 min late.
    expect(deskStep).toMatchObject({ stepNo: 2, durationMinutes: 1400, lateMinutes: 1370, onTime: false, outputRef: 'pengaduan:17' });
  });

  it('refuses the wrong actor with a sentence that names the right one, and changes nothing', () => {
    const run = uptoTelaah();
    const before = run.events.length;
    const result = completeStep(run.ctx(desk), { stepNo: 3 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Langkah 3 hanya dapat diselesaikan oleh Kepala Dinas; Anda tidak memegang jabatan itu.' },
    });
    expect(completeStep(run.ctx(head), { stepNo: 2 })).toMatchObject({ ok: false, error: { message: 'Langkah 2 tidak sedang menunggu tindakan.' } });
    expect(run.events).toHaveLength(before);
  });

  it('lets only staff of the SOP record a public step', () => {
    const run = new RunDriver(LINEAR_SOP, MONDAY_0900_WITA);
    run.do(startRun(run.ctx(desk), { sopVersion: 1 }));
    const outsider = user('Tamu', []);
    const result = completeStep(run.ctx(outsider), { stepNo: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('atas nama Pelapor');
  });

  it('marks a task read once', () => {
    const run = uptoTelaah();
    expect(run.do(markRead(run.ctx(head), { stepNo: 3 }))).toHaveLength(1);
    expect(run.do(markRead(run.ctx(head), { stepNo: 3 }))).toHaveLength(0);
    expect(run.state().openTasks[0]?.read).toBe(true);
  });

  it('refuses an action dated before the last event', () => {
    const run = uptoTelaah();
    const result = completeStep(run.at(MONDAY_0900_WITA).ctx(head), { stepNo: 3 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('jam komputer') } });
  });

  it('lets the system step finish by itself when its time has passed, dated at the due time', () => {
    const run = uptoTelaah();
    run.wait(60).do(completeStep(run.ctx(head), { stepNo: 3, notes: 'Lengkap dan kewenangan kami.' }));
    expect(run.state().openTasks[0]).toMatchObject({ stepNo: 4, dueAt: '2026-12-04T01:30:00.000Z' });
    expect(completeStep(run.ctx(head), { stepNo: 4 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(finishDueSystemSteps(LINEAR_SOP, run.events, wallClockCalculator, new Date('2026-12-04T01:29:00Z'))).toEqual([]);
    const added = finishDueSystemSteps(LINEAR_SOP, run.events, wallClockCalculator, new Date('2026-12-10T00:00:00Z'));
    expect(added.map((e) => [e.type, e.at])).toEqual([
      ['step-completed', '2026-12-04T01:30:00.000Z'],
      ['finished', '2026-12-04T01:30:00.000Z'],
    ]);
    run.events.push(...added);
    const state = run.state(new Date('2026-12-10T00:00:00Z'));
    expect(state.finished).toBe(true);
    expect(state.openTasks).toEqual([]);
    expect(state.doneSteps.at(-1)).toMatchObject({ stepNo: 4, performedBy: { userId: null, name: 'Sistem' }, onTime: true });
    expect(state.sentence).toBe('Selesai pada Jumat, 4 Desember 2026 09.30 WITA.');
    expect(completeStep(run.ctx(head), { stepNo: 4 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
