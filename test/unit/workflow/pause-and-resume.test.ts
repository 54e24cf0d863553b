import { describe, expect, it } from 'vitest';
import { completeStep } from '../../../shared/workflow/step-commands';
import { pauseRun, resumeRun, returnAbove, startRun } from '../../../shared/workflow/run-lifecycle-commands';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import { RunDriver, user } from './run-driver';
import { wallClockCalculator } from './wall-clock-calculator';
import { LINEAR_SOP } from './test-sops';

const desk = user('Rina Petugas', ['petugas']);
const head = user('Ir. Kepala', ['kepala']);

/** At the head's telaah (2 hours), opened Monday 09.00 WITA, due 11.00 WITA. */
function atTelaah() {
  const run = new RunDriver(LINEAR_SOP, '2026-11-23T00:50:00.000Z');
  run.do(startRun(run.ctx(desk), { sopVersion: 1 }));
  run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 1 }));
  run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 2 }));
  return run;
}

describe('pausing the clock while the office waits for the complainant', () => {
  it('moves the due time by the paused time and records the reason', () => {
    const run = atTelaah();
    expect(run.state().openTasks[0]?.dueAt).toBe('2026-11-23T03:00:00.000Z');
    expect(pauseRun(run.ctx(desk), { reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    run.wait(30).do(pauseRun(run.ctx(desk), { reason: 'Menunggu fotokopi KTP dari pelapor' }));

    const paused = run.wait(90).state();
    expect(paused.openPause).toEqual({ from: '2026-11-23T01:30:00.000Z', reason: 'Menunggu fotokopi KTP dari pelapor' });
    // Given "now", the open pause counts up to now: 90 minutes so far.
    expect(paused.openTasks[0]?.dueAt).toBe('2026-11-23T04:30:00.000Z');
    expect(paused.sentence).toBe(
      'Dihentikan sementara sejak Senin, 23 November 2026 09.30 WITA (Menunggu fotokopi KTP dari pelapor); ' +
        'berikutnya menunggu Kepala Dinas: telaah surat aduan, tenggat Senin, 23 November 2026 12.30 WITA',
    );
    // Without "now" nobody can say yet when the clock will start again.
    expect(deriveRunState(LINEAR_SOP, run.events, wallClockCalculator).openTasks[0]?.dueAt).toBeNull();

    expect(completeStep(run.ctx(head), { stepNo: 3 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(pauseRun(run.ctx(desk), { reason: 'lagi' }).ok).toBe(false);

    run.wait(30).do(resumeRun(run.ctx(desk))); // paused 09.30–11.30: two hours
    const resumed = run.state();
    expect(resumed.openPause).toBeNull();
    expect(resumed.openTasks[0]?.dueAt).toBe('2026-11-23T05:00:00.000Z');
    expect(resumeRun(run.ctx(desk))).toMatchObject({ ok: false, error: { message: 'Jam proses tidak sedang dihentikan.' } });

    // Done at 12.30 WITA: late on the wall clock without the pause, on time with it.
    run.wait(60).do(completeStep(run.ctx(head), { stepNo: 3 }));
    expect(run.state().doneSteps.at(-1)).toMatchObject({ stepNo: 3, durationMinutes: 210, onTime: true, lateMinutes: 0 });
  });

  it('does not move a step that was already done before the pause', () => {
    const run = atTelaah();
    run.wait(10).do(pauseRun(run.ctx(desk), { reason: 'Klarifikasi' }));
    run.wait(600).do(resumeRun(run.ctx(desk)));
    const step2 = run.state().doneSteps.find((d) => d.stepNo === 2);
    expect(step2?.dueAt).toBe('2026-11-23T01:25:00.000Z');
  });

  it('refuses a pause by someone outside the SOP', () => {
    const run = atTelaah();
    expect(pauseRun(run.ctx(user('Tamu', [])), { reason: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a "bukan kewenangan" return ends an open pause with the matter', () => {
    const run = atTelaah();
    run.wait(10).do(pauseRun(run.ctx(desk), { reason: 'Klarifikasi' }));
    const added = run.wait(10).do(returnAbove(run.ctx(head), { stepNo: 3, reason: 'Kewenangan kabupaten' }));
    expect(added.map((e) => e.type)).toEqual(['resumed', 'returned-above']);
    expect(run.state().openPause).toBeNull();
  });
});
