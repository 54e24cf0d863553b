import { afterEach, describe, expect, it } from 'vitest';
import { openWorkflowOffice, type WorkflowOffice } from './workflow-fixture';

/** Seed 001 (SP4N-LAPOR!): every branch of steps 4 and 7, "bukan kewenangan", the system close and the case clocks. */
let office: WorkflowOffice;
afterEach(() => office?.close());

const pos = (o: WorkflowOffice, actor: string) => o.positions.get(actor)![0]!;

async function toStep7(o: WorkflowOffice, id: number) {
  await o.ok('admin-nasional', 'workflow.completeStep', { complaintId: id, stepNo: 1 });
  await o.ok('admin-nasional', 'workflow.dispose', { complaintId: id, stepNo: 2, recipients: [pos(o, 'admin-instansi')] });
  await o.ok('admin-instansi', 'workflow.completeStep', { complaintId: id, stepNo: 3 });
  await o.ok('admin-instansi', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'ya' });
  await o.ok('admin-instansi', 'workflow.dispose', { complaintId: id, stepNo: 5, recipients: [pos(o, 'admin-eselon-1')], urgency: 'sangat-segera' });
  await o.ok('admin-eselon-1', 'workflow.completeStep', { complaintId: id, stepNo: 6 });
}

describe('SOP 001 SP4N-LAPOR! through the service', () => {
  it('returns at step 4, goes through the UPT branch and closes by the system after 10 working days', async () => {
    office = await openWorkflowOffice('001');
    const id = await office.intake('lapor');
    let view = await office.ok('admin-nasional', 'workflow.case', { complaintId: id });
    expect(view.laporClocks?.map((c) => c.status)).toEqual(['berjalan', 'belum-dimulai', 'belum-dimulai']);

    await office.ok('admin-nasional', 'workflow.completeStep', { complaintId: id, stepNo: 1 });
    await office.ok('admin-nasional', 'workflow.dispose', { complaintId: id, stepNo: 2, recipients: [pos(office, 'admin-instansi')] });
    await office.ok('admin-instansi', 'workflow.completeStep', { complaintId: id, stepNo: 3 });
    // Not ours: step 4 sends it back to the national admin with the reason.
    await office.ok('admin-instansi', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'bukan-kewenangan', reason: 'Kewenangan pemerintah provinsi.' });
    const back = await office.ok('admin-nasional', 'workflow.tray', { box: 'dikembalikan' });
    expect(back.items.map((i) => i.stepNo)).toEqual([2]);
    await office.ok('admin-nasional', 'workflow.dispose', { complaintId: id, stepNo: 2, recipients: [pos(office, 'admin-instansi')] });
    await office.ok('admin-instansi', 'workflow.completeStep', { complaintId: id, stepNo: 3 });
    await office.ok('admin-instansi', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'ya' });
    await office.ok('admin-instansi', 'workflow.dispose', { complaintId: id, stepNo: 5, recipients: [pos(office, 'admin-eselon-1')] });
    await office.ok('admin-eselon-1', 'workflow.completeStep', { complaintId: id, stepNo: 6 });
    await office.ok('admin-eselon-1', 'workflow.completeStep', { complaintId: id, stepNo: 7, optionKey: 'upt' });
    await office.ok('admin-upt', 'workflow.completeStep', { complaintId: id, stepNo: 9 });
    view = await office.ok('admin-upt', 'workflow.completeStep', { complaintId: id, stepNo: 10, notes: 'Jawaban diunggah ke LAPOR!' });
    expect(view.run?.state.openTasks.map((t) => t.stepNo)).toEqual([11]);
    expect((await office.t.ok('complaints.get', { id })).status).toBe('dijawab');
    expect(view.laporClocks?.map((c) => c.status)).toEqual(['tepat-waktu', 'tepat-waktu', 'berjalan']);

    // A system step: nobody's tray; it closes by itself once its 10 working days have passed.
    const nobody = await office.as('admin-upt', 'workflow.completeStep', { complaintId: id, stepNo: 11 });
    expect(nobody.ok).toBe(false);
    office.t.clock.advanceMinutes(60 * 24 * 15);
    await office.ok('admin-upt', 'workflow.trayCounts', {});
    view = await office.ok('admin-upt', 'workflow.case', { complaintId: id });
    expect(view.run?.state.finished).toBe(true);
    expect((await office.t.ok('complaints.get', { id })).status).toBe('selesai');
  });

  it('takes the Eselon 1 branch, and "bukan kewenangan" at step 7 goes back to step 4', async () => {
    office = await openWorkflowOffice('001');
    const id = await office.intake('lapor');
    await toStep7(office, id);
    await office.ok('admin-eselon-1', 'workflow.completeStep', { complaintId: id, stepNo: 7, optionKey: 'bukan-kewenangan', reason: 'Salah unit eselon.' });
    let view = await office.ok('admin-instansi', 'workflow.case', { complaintId: id });
    expect(view.actions.map((a) => [a.stepNo, a.returnedFrom?.reason])).toEqual([[4, 'Salah unit eselon.']]);
    await office.ok('admin-instansi', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'ya' });
    await office.ok('admin-instansi', 'workflow.dispose', { complaintId: id, stepNo: 5, recipients: [pos(office, 'admin-eselon-1')] });
    await office.ok('admin-eselon-1', 'workflow.completeStep', { complaintId: id, stepNo: 6 });
    await office.ok('admin-eselon-1', 'workflow.completeStep', { complaintId: id, stepNo: 7, optionKey: 'eselon-1' });
    view = await office.ok('admin-eselon-1', 'workflow.completeStep', { complaintId: id, stepNo: 8 });
    expect(view.run?.state.openTasks.map((t) => t.stepNo)).toEqual([11]);
  });

  it('returns the whole matter to the level above, and reopens it where it left', async () => {
    office = await openWorkflowOffice('001');
    const id = await office.intake('lapor');
    await office.ok('admin-nasional', 'workflow.completeStep', { complaintId: id, stepNo: 1 });
    await office.ok('admin-nasional', 'workflow.dispose', { complaintId: id, stepNo: 2, recipients: [pos(office, 'admin-instansi')] });
    const missing = await office.as('admin-instansi', 'workflow.returnAbove', { complaintId: id, stepNo: 3, reason: '' });
    expect(missing.ok).toBe(false);
    await office.ok('admin-instansi', 'workflow.returnAbove', { complaintId: id, stepNo: 3, reason: 'Urusan kementerian lain.' });
    expect((await office.t.ok('complaints.get', { id })).status).toBe('bukan_kewenangan');
    const view = await office.ok('admin-instansi', 'workflow.reopen', { complaintId: id, reason: 'Kementerian mengembalikan.' });
    expect(view.run?.state.openTasks.map((t) => t.stepNo)).toEqual([3]);
    expect((await office.t.ok('complaints.get', { id })).status).toBe('diproses');
  });
});
