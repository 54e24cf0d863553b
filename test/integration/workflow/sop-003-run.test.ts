import { afterEach, describe, expect, it } from 'vitest';
import { openWorkflowOffice, type WorkflowOffice } from './workflow-fixture';

/**
 * Seed 003 (Dinas KUKM Sulawesi Tengah) from intake to the archive, acting as each actor in
 * turn: the written branch, a disposition to two units at once, a draft reply refused and
 * redone, and the status of the register following the run.
 */
let office: WorkflowOffice;
afterEach(() => office?.close());

describe('SOP 003 through the service', () => {
  it('runs a written complaint from intake to the archive, with a return and two recipients', async () => {
    office = await openWorkflowOffice('003', { secondPositionFor: ['sekretariat-bidang-upt'] });
    const { t } = office;
    const id = await office.intake();

    // Registration completed the complainant's own step 1; step 2 waits for the Petugas Pelayanan.
    let view = await office.ok('petugas-pelayanan', 'workflow.case', { complaintId: id });
    expect(view.run?.state.chart.doneStepNos).toEqual([1]);
    expect(view.actions.map((a) => a.stepNo)).toEqual([2]);
    const counts = await office.ok('petugas-pelayanan', 'workflow.trayCounts', {});
    expect(counts).toMatchObject({ masuk: 1, unread: 1, overdue: 0 });

    // Someone else cannot act on it.
    const forbidden = await office.as('kepala-dinas', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    expect(forbidden.ok).toBe(false);
    if (!forbidden.ok) expect(forbidden.error.code).toBe('FORBIDDEN');

    view = await office.ok('petugas-pelayanan', 'workflow.openTask', { complaintId: id, stepNo: 2 });
    expect(view.actions[0]?.read).toBe(true);
    expect((await office.ok('petugas-pelayanan', 'workflow.trayCounts', {})).unread).toBe(0);

    t.clock.advanceMinutes(10);
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 2, notes: 'Tanda terima diberikan' });
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 3 });
    expect((await t.ok('complaints.get', { id })).status).toBe('diverifikasi');

    // Step 4 asks lisan or tertulis; no answer is refused.
    const noAnswer = await office.as('subbag-umum', 'workflow.completeStep', { complaintId: id, stepNo: 4 });
    expect(noAnswer.ok).toBe(false);
    await office.ok('subbag-umum', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'tertulis' });

    // Step 6: Subbag Umum sends it to the Kepala Dinas through the TNDE (a disposition).
    const kadis = office.positions.get('kepala-dinas')![0]!;
    view = await office.ok('subbag-umum', 'workflow.case', { complaintId: id });
    expect(view.actions[0]?.canDispose).toBe(true);
    expect(view.actions[0]?.dispositionRecipients.map((r) => r.positionId)).toEqual([kadis]);
    await office.ok('subbag-umum', 'workflow.dispose', { complaintId: id, stepNo: 6, recipients: [kadis], urgency: 'biasa', instructions: ['untuk-diketahui'] });
    expect((await t.ok('complaints.get', { id })).status).toBe('diproses');

    // Step 7: the Kepala Dinas disposes to two units at once, segera.
    const [unitA, unitB] = office.positions.get('sekretariat-bidang-upt')!;
    view = await office.ok('kepala-dinas', 'workflow.dispose', {
      complaintId: id, stepNo: 7, recipients: [unitA!, unitB!], urgency: 'segera',
      instructions: ['tanggapan-dan-saran', 'proses-lebih-lanjut'], note: 'Segera siapkan jawaban.',
    });
    expect(view.dispositions).toHaveLength(2);
    expect(view.dispositions[1]?.recipients.map((r) => r.positionId)).toEqual([unitA, unitB]);
    expect(view.run?.state.openTasks.map((o) => o.recipientPositionId)).toEqual([unitA, unitB]);

    // Each recipient finishes its part; the step opens the next when the last finishes.
    await office.ok('sekretariat-bidang-upt', 'workflow.completeStep', { complaintId: id, stepNo: 8, positionId: unitA }, 0);
    view = await office.ok('kepala-dinas', 'workflow.case', { complaintId: id });
    expect(view.run?.state.openTasks.map((o) => o.stepNo)).toEqual([8]);
    await office.ok('sekretariat-bidang-upt', 'workflow.completeStep', { complaintId: id, stepNo: 8, positionId: unitB }, 1);

    // Step 9: the Kepala Dinas refuses the draft: back to step 8 with the reason.
    const noReason = await office.as('kepala-dinas', 'workflow.completeStep', { complaintId: id, stepNo: 9, optionKey: 'tidak-setuju' });
    expect(noReason.ok).toBe(false);
    await office.ok('kepala-dinas', 'workflow.completeStep', { complaintId: id, stepNo: 9, optionKey: 'tidak-setuju', reason: 'Lampirkan jadwal pencairan.' });
    const returned = await office.ok('sekretariat-bidang-upt', 'workflow.tray', { box: 'dikembalikan' }, 0);
    expect(returned.items.map((i) => [i.stepNo, i.reason])).toEqual([[8, 'Lampirkan jadwal pencairan.']]);
    await office.ok('sekretariat-bidang-upt', 'workflow.completeStep', { complaintId: id, stepNo: 8 }, 0);
    await office.ok('kepala-dinas', 'workflow.completeStep', { complaintId: id, stepNo: 9, optionKey: 'setuju' });
    await office.ok('sekretaris', 'workflow.completeStep', { complaintId: id, stepNo: 10 });
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 11 });
    expect((await t.ok('complaints.get', { id })).status).toBe('dijawab');
    view = await office.ok('subbag-umum', 'workflow.completeStep', { complaintId: id, stepNo: 12 });
    expect(view.run?.state.finished).toBe(true);
    expect((await t.ok('complaints.get', { id })).status).toBe('selesai');

    // The trays: the Kepala Dinas's work is in "selesai" now; nothing waits anywhere.
    const done = await office.ok('kepala-dinas', 'workflow.tray', { box: 'selesai' });
    expect(done.items.map((i) => i.stepNo).sort((a, b) => a - b)).toEqual([7, 9, 9]);
    expect(done.counts.masuk).toBe(0);
    // Every change is in the audit log.
    const audit = await t.backend.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'workflow_run').where('entity_id', '=', id).execute();
    expect(audit.length).toBeGreaterThanOrEqual(14);
    // The progress desk shows the SOP's sentence.
    const progress = await t.ok('complaints.progress', { id });
    expect(progress.statusText).toMatch(/^Selesai pada /);
    expect(progress.timeline.some((e) => e.text.includes('didisposisikan kepada'))).toBe(true);
  });

  it('runs nothing for an oral complaint settled at the counter', async () => {
    office = await openWorkflowOffice('003');
    const detail = await office.t.ok('complaints.intake', {
      ...(await import('../../support/complaint-fixtures')).intakeInput({ form: 'lisan', settledAtCounter: true, counterAnswer: 'Sudah dijelaskan di loket.' }),
    });
    const view = await office.t.ok('workflow.case', { complaintId: detail.id });
    expect(view.run).toBeNull();
  });
});
