import { afterEach, describe, expect, it } from 'vitest';
import { openWorkflowOffice, type WorkflowOffice } from './workflow-fixture';

/** Seeds 000, 002 and 004 from intake to closure, acting as each actor, through every decision branch. */
let office: WorkflowOffice;
afterEach(() => office?.close());

const pos = (o: WorkflowOffice, actor: string) => o.positions.get(actor)![0]!;

describe('SOP 000 (progress desk) through the service', () => {
  it('records the visitor\'s own step on their behalf and ends with the information given', async () => {
    office = await openWorkflowOffice('000');
    const id = await office.intake();
    await office.ok('sekretariat-upp', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    const view = await office.ok('sekretariat-upp', 'workflow.case', { complaintId: id });
    expect(view.actions).toMatchObject([{ stepNo: 3, onBehalfOfPublic: true }]);
    await office.ok('sekretariat-upp', 'workflow.completeStep', { complaintId: id, stepNo: 3 });
    const last = await office.ok('sekretariat-upp', 'workflow.completeStep', { complaintId: id, stepNo: 4 });
    expect(last.run?.state.finished).toBe(true);
  });
});

describe('SOP 002 (Kanwil Kemenkumham Babel) through the service', () => {
  it('goes down the chain of dispositions, returns the nota dinas at steps 8 and 9, and answers', async () => {
    office = await openWorkflowOffice('002');
    const id = await office.intake();
    const chain: [string, number, string][] = [['kakanwil', 2, 'kadivmin'], ['kadivmin', 3, 'kabag-p2'], ['kabag-p2', 4, 'kasubag-pphti']];
    for (const [actor, stepNo, to] of chain) await office.ok(actor, 'workflow.dispose', { complaintId: id, stepNo, recipients: [pos(office, to)] });
    await office.ok('kasubag-pphti', 'workflow.saveTelaah', {
      complaintId: id, stepNo: 5, checklist: [{ label: 'Identitas pelapor', present: true }, { label: 'Bukti pendukung', present: false, note: 'Diminta menyusul' }],
      analysis: 'Laporan memenuhi syarat.', recommendation: 'Diteruskan ke divisi terkait.', decision: 'Ditindaklanjuti',
    });
    await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 5 });
    await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 6 });
    await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 7 });
    await office.ok('kabag-p2', 'workflow.completeStep', { complaintId: id, stepNo: 8, optionKey: 'kembali', reason: 'Perbaiki dasar hukum.' });
    await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 6 });
    await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 7 });
    await office.ok('kabag-p2', 'workflow.completeStep', { complaintId: id, stepNo: 8, optionKey: 'paraf' });
    await office.ok('kadivmin', 'workflow.completeStep', { complaintId: id, stepNo: 9, optionKey: 'kembali', reason: 'Nomor surat salah.' });
    await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 6 });
    await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 7 });
    await office.ok('kabag-p2', 'workflow.completeStep', { complaintId: id, stepNo: 8, optionKey: 'paraf' });
    await office.ok('kadivmin', 'workflow.completeStep', { complaintId: id, stepNo: 9, optionKey: 'tandatangan' });
    await office.ok('divisi-terkait', 'workflow.completeStep', { complaintId: id, stepNo: 10 });
    const answer: [string, number, string][] = [['kakanwil', 11, 'kadivmin'], ['kadivmin', 12, 'kabag-p2'], ['kabag-p2', 13, 'kasubag-pphti']];
    for (const [actor, stepNo, to] of answer) await office.ok(actor, 'workflow.dispose', { complaintId: id, stepNo, recipients: [pos(office, to)] });
    const view = await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 14 });
    expect(view.run?.state.finished).toBe(true);
    expect(view.telaah[0]).toMatchObject({ stepNo: 5, decision: 'Ditindaklanjuti' });
    expect(view.dispositions).toHaveLength(6);
    expect(view.history.filter((h) => h.text.includes('dikembalikan ke langkah 6'))).toHaveLength(2);
    expect((await office.t.ok('complaints.get', { id })).status).toBe('selesai');
  });
});

describe('SOP 004 (Imigrasi Belakang Padang) through the service', () => {
  it('forms a team (SK Tim) on the follow-up branch', async () => {
    office = await openWorkflowOffice('004');
    const id = await office.intake('telepon');
    await office.ok('admin-tikkim', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    await office.ok('kepala-kantor', 'workflow.dispose', { complaintId: id, stepNo: 3, recipients: [pos(office, 'seksi-terkait')] });
    await office.ok('seksi-terkait', 'workflow.completeStep', { complaintId: id, stepNo: 4 });
    await office.ok('kasi-ti', 'workflow.completeStep', { complaintId: id, stepNo: 5, optionKey: 'tindak-lanjut' });
    const team = await office.ok('kepala-kantor', 'workflow.saveTeam', {
      complaintId: id, stepNo: 6, number: 'W4.IMI.IMI.2-UM.01.01-0123', tasks: ['Menelusuri pengaduan', 'Melaporkan hasil kepada Kepala Kantor'],
      term: { from: '2026-11-23', to: '2026-12-31' }, decidedOn: '2026-11-23', signerPositionId: pos(office, 'kepala-kantor'),
      members: [
        { name: 'Budi Santoso', nip: '198001012005011001', position: 'Kepala Seksi TI', role: 'ketua' },
        { name: 'Rina Oktaviani', position: 'Admin TIKKIM', role: 'anggota' },
      ],
    });
    expect(team.members).toHaveLength(2);
    const clash = await office.as('kepala-kantor', 'workflow.saveTeam', {
      complaintId: id, stepNo: 6, number: 'W4.IMI.IMI.2-UM.01.01-0123', tasks: ['x'], term: { from: '2026-11-23', to: '2026-12-31' },
      decidedOn: '2026-11-23', signerPositionId: pos(office, 'kepala-kantor'), members: [{ name: 'A', role: 'ketua' }],
    });
    expect(clash.ok).toBe(false);
    await office.ok('kepala-kantor', 'workflow.completeStep', { complaintId: id, stepNo: 6, outputRef: `sk-tim:${team.id}` });
    await office.ok('admin-tikkim', 'workflow.completeStep', { complaintId: id, stepNo: 7 });
    const view = await office.ok('admin-tikkim', 'workflow.completeStep', { complaintId: id, stepNo: 8 });
    expect(view.run?.state.finished).toBe(true);
  });

  it('skips the team on the "no follow-up" branch', async () => {
    office = await openWorkflowOffice('004');
    const id = await office.intake('sms');
    await office.ok('admin-tikkim', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    await office.ok('kepala-kantor', 'workflow.dispose', { complaintId: id, stepNo: 3, recipients: [pos(office, 'admin-tikkim')] });
    await office.ok('admin-tikkim', 'workflow.completeStep', { complaintId: id, stepNo: 4 });
    const view = await office.ok('kasi-ti', 'workflow.completeStep', { complaintId: id, stepNo: 5, optionKey: 'tidak' });
    expect(view.run?.state.openTasks.map((t) => t.stepNo)).toEqual([7]);
  });
});
