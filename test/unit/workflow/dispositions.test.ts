import { describe, expect, it } from 'vitest';
import { sopDefinitionSchema } from '../../../shared/sop/sop-definition';
import { closeDisposition, completeStep, dispose, returnToStep } from '../../../shared/workflow/step-commands';
import { startRun } from '../../../shared/workflow/run-lifecycle-commands';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import { RunDriver, user } from './run-driver';
import { DECISION_SOP } from './test-sops';
import { wallClockCalculator } from './wall-clock-calculator';

const desk = user('Subbag Umum', ['petugas']);
const head = user('Kepala Dinas', ['kepala']);
const koperasi = user('Kabid Koperasi', ['unit'], [41]);
const ukm = user('Kabid UKM', ['unit'], [42]);
const pasar = user('Kepala UPT Pasar', ['unit'], [43]);
const NAMES: Record<number, string> = { 41: 'Bidang Koperasi', 42: 'Bidang UKM', 43: 'UPT Pasar' };

/** At the head's disposition (step 3), 09.25 WITA. */
function atDisposition() {
  const run = new RunDriver(DECISION_SOP, '2026-11-23T01:00:00.000Z');
  run.do(startRun(run.ctx(desk), { sopVersion: 1 }));
  run.wait(5).do(completeStep(run.ctx(desk), { stepNo: 1 }));
  run.wait(20).do(completeStep(run.ctx(desk), { stepNo: 2, optionKey: 'lengkap' }));
  return run;
}

describe('a disposition to several units at once', () => {
  it('checks the step, the recipients and the answer', () => {
    const run = atDisposition();
    expect(dispose(run.ctx(head), { stepNo: 3, optionKey: 'kewenangan', recipients: [] })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Pilih paling sedikit satu penerima disposisi.' },
    });
    expect(dispose(run.ctx(head), { stepNo: 3, optionKey: 'bukan', recipients: [41] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(dispose(run.ctx(head), { stepNo: 3, recipients: [41] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(dispose(run.ctx(desk), { stepNo: 3, optionKey: 'kewenangan', recipients: [41] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const past = new Date('2026-11-23T00:00:00Z');
    expect(dispose(run.ctx(head), { stepNo: 3, optionKey: 'kewenangan', recipients: [41], deadline: past })).toMatchObject({
      ok: false,
      error: { message: 'Batas waktu disposisi harus sesudah saat ini.' },
    });
  });

  it('opens one task per recipient; the next step waits until the last one finishes', () => {
    const run = atDisposition();
    run.wait(5).do(dispose(run.ctx(head), { stepNo: 3, optionKey: 'kewenangan', recipients: [41, 42, 43, 42], outputRef: 'disposisi:9' }));
    const disposed = deriveRunState(DECISION_SOP, run.events, wallClockCalculator, { zone: 'WITA', positionName: (id) => NAMES[id] });
    expect(disposed.openTasks.map((t) => t.recipientPositionId)).toEqual([41, 42, 43]);
    expect(disposed.sentence).toBe(
      'Menunggu Bidang Koperasi, Bidang UKM dan UPT Pasar: menyusun draf jawaban, tenggat Senin, 23 November 2026 10.30 WITA',
    );

    const stranger = user('Kabid Lain', ['unit'], [77]);
    expect(completeStep(run.ctx(stranger), { stepNo: 4 })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Langkah 4 didisposisikan kepada jabatan lain; bagian ini bukan untuk Anda.' },
    });

    expect(run.wait(30).do(completeStep(run.ctx(koperasi), { stepNo: 4, outputRef: 'surat-jawaban:1' }))[0]?.type).toBe('part-done');
    expect(run.do(returnToStep(run.ctx(ukm), { stepNo: 4, toStepNo: 3, reason: 'Bukan kewenangan Bidang UKM' }))[0]).toMatchObject({
      type: 'part-done',
      declinedReason: 'Bukan kewenangan Bidang UKM',
    });
    const waiting = run.state();
    expect(waiting.chart.currentStepNos).toEqual([4]);
    expect(waiting.openTasks.map((t) => t.recipientPositionId)).toEqual([43]);
    // The last recipient to finish completes the step and opens the next one.
    expect(run.wait(40).do(completeStep(run.ctx(pasar), { stepNo: 4 }))[0]).toMatchObject({ type: 'step-completed', positionId: 43, toStepNo: 5 });

    const state = run.state();
    expect(state.openTasks).toMatchObject([{ stepNo: 5, recipientPositionId: null }]);
    const parts = state.doneSteps.filter((d) => d.stepNo === 4);
    expect(parts.map((p) => [p.recipientPositionId, p.outcome, p.onTime])).toEqual([
      [41, 'selesai', true],
      [42, 'ditolak-penerima', true],
      [43, 'selesai', false], // 70 minutes against 60
    ]);
    expect(parts[2]?.lateMinutes).toBe(10);
  });

  it('lets the disposer close it early; the parts still open are withdrawn', () => {
    const run = atDisposition();
    run.do(dispose(run.ctx(head), { stepNo: 3, optionKey: 'kewenangan', recipients: [41, 42] }));
    run.wait(30).do(completeStep(run.ctx(koperasi), { stepNo: 4 }));
    expect(closeDisposition(run.ctx(ukm), { stepNo: 4 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Hanya Kepala Dinas atau Sekretaris yang memberi disposisi dapat menutupnya lebih awal.' },
    });
    run.wait(5).do(closeDisposition(run.ctx(head), { stepNo: 4, notes: 'Jawaban Bidang Koperasi sudah cukup' }));
    const state = run.state();
    expect(state.openTasks).toMatchObject([{ stepNo: 5 }]);
    expect(state.doneSteps.filter((d) => d.stepNo === 4).map((d) => d.recipientPositionId)).toEqual([41, null]);
    expect(completeStep(run.ctx(ukm), { stepNo: 4 }).ok).toBe(false);
  });

  it('asks which position when the user holds two of the recipients', () => {
    const run = atDisposition();
    run.do(dispose(run.ctx(head), { stepNo: 3, optionKey: 'kewenangan', recipients: [41, 42] }));
    const both = user('Plt. Kabid', ['unit'], [41, 42]);
    expect(completeStep(run.ctx(both), { stepNo: 4 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(run.do(completeStep(run.ctx(both), { stepNo: 4, positionId: 42 }))[0]).toMatchObject({ type: 'part-done', positionId: 42 });
  });
});

describe('the deadline of a disposition', () => {
  const SOP = sopDefinitionSchema.parse({
    code: 'uji-sifat',
    title: 'SOP uji sifat disposisi',
    agencyLines: ['Dinas Uji'],
    actors: [
      { key: 'kepala', label: 'Kepala Kantor', kind: 'jabatan' },
      { key: 'seksi', label: 'Seksi terkait', kind: 'jabatan' },
    ],
    steps: [
      { no: 1, activity: 'Mendisposisikan', actors: ['kepala'], standardTime: { amount: 12, unit: 'jam' }, outputKind: 'disposisi', next: 2 },
      { no: 2, activity: 'Menindaklanjuti', actors: ['seksi'], standardTime: { amount: 5, unit: 'hari' }, next: null },
    ],
  });
  const kepala = user('Kepala Kantor', ['kepala']);
  const START = '2026-11-23T01:00:00.000Z';

  const dueOf = (urgency: 'biasa' | 'segera' | 'sangat-segera', deadline?: Date) => {
    const run = new RunDriver(SOP, START);
    run.do(startRun(run.ctx(kepala), { sopVersion: 1 }));
    run.do(dispose(run.ctx(kepala), { stepNo: 1, recipients: [5], urgency, deadline: deadline ?? null }));
    return run.state().openTasks[0]?.dueAt;
  };

  it('tightens the standard time by the urgency, and a written deadline replaces it', () => {
    expect(dueOf('biasa')).toBe('2026-11-28T01:00:00.000Z');
    expect(dueOf('segera')).toBe('2026-11-25T01:00:00.000Z');
    expect(dueOf('sangat-segera')).toBe('2026-11-24T01:00:00.000Z');
    expect(dueOf('biasa', new Date('2026-12-01T08:00:00Z'))).toBe('2026-12-01T08:00:00.000Z');
  });
});
