import { describe, expect, it } from 'vitest';
import { completeStep, returnToStep } from '../../../shared/workflow/step-commands';
import { reopenRun, returnAbove, startRun } from '../../../shared/workflow/run-lifecycle-commands';
import { RunDriver, user } from './run-driver';
import { DECISION_SOP } from './test-sops';

const desk = user('Subbag Umum', ['petugas']);
const head = user('Kepala Dinas', ['kepala']);
const unit = user('Kabid UKM', ['unit']);

function started() {
  const run = new RunDriver(DECISION_SOP, '2026-11-23T01:00:00.000Z');
  run.do(startRun(run.ctx(desk), { sopVersion: 1 }));
  run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 1 }));
  return run;
}

/** Up to the head's review of the unit's draft (step 5). */
function atReview() {
  const run = started();
  run.wait(20).do(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'lengkap' }));
  run.wait(10).do(completeStep(run.ctx(head), { stepNo: 3, optionKey: 'kewenangan' }));
  run.wait(45).do(completeStep(run.ctx(unit), { stepNo: 4, outputRef: 'surat-jawaban:5' }));
  return run;
}

describe('decisions', () => {
  it('demands an answer when the step has a decision, naming the choices', () => {
    const run = started();
    expect(completeStep(run.ctx(desk), { stepNo: 2 })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Pilih keputusan langkah 2 (Berkas lengkap?): "Lengkap" atau "Tidak lengkap".' },
    });
    expect(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'mungkin' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(completeStep(run.ctx(desk), { stepNo: 1, optionKey: 'lengkap' })).toMatchObject({ ok: false });
  });

  it('"lengkap" leads on to the head', () => {
    const run = started();
    run.wait(20).do(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'lengkap' }));
    expect(run.state().chart.currentStepNos).toEqual([3]);
  });

  it('"tidak lengkap" is a return: the reason is required and travels with the matter; the second pass goes on', () => {
    const run = started();
    expect(completeStep(run.wait(20).ctx(desk), { stepNo: 2, optionKey: 'tidak-lengkap' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Tuliskan alasan pengembalian ("Tidak lengkap").' },
    });
    expect(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'tidak-lengkap', reason: '   ' }).ok).toBe(false);
    run.do(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'tidak-lengkap', reason: 'KTP pelapor belum dilampirkan' }));
    const returned = run.state();
    expect(returned.openTasks[0]).toMatchObject({ stepNo: 1, returnedFrom: { stepNo: 2, reason: 'KTP pelapor belum dilampirkan' } });
    expect(returned.sentence).toContain('Menunggu Subbag Umum (dikembalikan: KTP pelapor belum dilampirkan): menerima berkas pengaduan');
    expect(returned.doneSteps.at(-1)).toMatchObject({ stepNo: 2, outcome: 'dikembalikan', reason: 'KTP pelapor belum dilampirkan' });

    // Second pass: the same steps again, each recorded anew.
    run.wait(60).do(completeStep(run.ctx(desk), { stepNo: 1, notes: 'KTP diterima' }));
    run.wait(10).do(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'lengkap' }));
    const state = run.state();
    expect(state.doneSteps.map((d) => d.stepNo)).toEqual([1, 2, 1, 2]);
    expect(state.chart).toEqual({ doneStepNos: [1, 2], currentStepNos: [3] });
  });

  it('"bukan kewenangan" as a decision with no next step ends the run', () => {
    const run = started();
    run.wait(20).do(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'lengkap' }));
    const added = run.wait(10).do(completeStep(run.ctx(head), { stepNo: 3, optionKey: 'bukan' }));
    expect(added.map((e) => e.type)).toEqual(['step-completed', 'finished']);
    expect(run.state().finished).toBe(true);
  });

  it('a secondary actor of the row may act too (the Sekretaris on step 3)', () => {
    const run = started();
    run.wait(20).do(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'lengkap' }));
    const secretary = user('Sekretaris', ['sekretaris']);
    run.do(completeStep(run.ctx(secretary), { stepNo: 3, optionKey: 'kewenangan' }));
    expect(run.state().doneSteps.at(-1)).toMatchObject({ stepNo: 3, actorKey: 'kepala', actedAs: 'sekretaris' });
  });

  it('the draft approved goes to delivery and the run finishes there', () => {
    const run = atReview();
    run.wait(15).do(completeStep(run.ctx(head), { stepNo: 5, optionKey: 'setuju' }));
    const added = run.wait(15).do(completeStep(run.ctx(desk), { stepNo: 6 }));
    expect(added.map((e) => e.type)).toEqual(['step-completed', 'finished']);
    const state = run.state();
    expect(state.chart).toEqual({ doneStepNos: [1, 2, 3, 4, 5, 6], currentStepNos: [] });
    expect(state.doneSteps.every((d) => d.onTime)).toBe(true);
  });

  it('the draft returned goes back to the unit, and comes back for a second review', () => {
    const run = atReview();
    run.wait(15).do(completeStep(run.ctx(head), { stepNo: 5, optionKey: 'tolak', reason: 'Dasar hukum belum dikutip' }));
    expect(run.state().openTasks[0]).toMatchObject({ stepNo: 4, actorKey: 'unit', returnedFrom: { stepNo: 5 } });
    run.wait(30).do(completeStep(run.ctx(unit), { stepNo: 4, outputRef: 'surat-jawaban:5' }));
    run.wait(10).do(completeStep(run.ctx(head), { stepNo: 5, optionKey: 'setuju' }));
    expect(run.state().chart.currentStepNos).toEqual([6]);
  });
});

describe('free returns, "bukan kewenangan" to the level above, reopening', () => {
  it('returns to a step already passed, never to one not yet reached', () => {
    const run = atReview();
    expect(returnToStep(run.ctx(head), { stepNo: 5, toStepNo: 6, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(returnToStep(run.ctx(head), { stepNo: 5, toStepNo: 2, reason: '' })).toMatchObject({
      ok: false,
      error: { message: 'Tuliskan alasan pengembalian.' },
    });
    run.do(returnToStep(run.ctx(head), { stepNo: 5, toStepNo: 2, reason: 'Periksa lagi lampiran foto' }));
    expect(run.state().openTasks[0]).toMatchObject({ stepNo: 2, returnedFrom: { stepNo: 5, reason: 'Periksa lagi lampiran foto' } });
  });

  it('returns the whole matter to the level above with a reason, then reopens it where it left', () => {
    const run = started();
    expect(returnAbove(run.ctx(head), { stepNo: 2, reason: 'Bukan kewenangan' }).ok).toBe(false); // not the holder
    expect(returnAbove(run.ctx(desk), { stepNo: 2, reason: ' ' }).ok).toBe(false);
    run.wait(30).do(returnAbove(run.ctx(desk), { stepNo: 2, reason: 'Kewenangan Dinas Kesehatan Kota' }));
    const state = run.state();
    expect(state.ending).toMatchObject({ kind: 'bukan-kewenangan', reason: 'Kewenangan Dinas Kesehatan Kota' });
    expect(state.sentence).toBe(
      'Dikembalikan ke tingkat atas karena bukan kewenangan pada Senin, 23 November 2026 09.35 WITA: Kewenangan Dinas Kesehatan Kota',
    );
    expect(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'lengkap' }).ok).toBe(false);

    expect(reopenRun(run.ctx(desk), { reason: '' }).ok).toBe(false);
    run.wait(60).do(reopenRun(run.ctx(desk), { reason: 'Instansi atas mengembalikan: ternyata kewenangan kami' }));
    const reopened = run.state();
    expect(reopened.finished).toBe(false);
    expect(reopened.openTasks[0]).toMatchObject({ stepNo: 2, reopenedReason: 'Instansi atas mengembalikan: ternyata kewenangan kami' });
    expect(reopenRun(run.ctx(desk), { reason: 'lagi' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
