import { afterEach, describe, expect, it } from 'vitest';
import { bodyToPlainText } from '../../../shared/letters/letter-body';
import { openWorkflowOffice, type WorkflowOffice } from '../workflow/workflow-fixture';
import { openLetterOffice, type LetterOffice } from './letter-office';

/**
 * The first draft is filled in from the complaint (addressee, subject, the reference to its
 * date and register number, the telaah), respecting a confidential identity; the route's
 * positions come from the SOP's actor mapping, or — without SOP letter steps — follow the
 * signer the drafter picks.
 */
let office: WorkflowOffice | LetterOffice | null = null;
afterEach(() => office?.close());

describe('the first draft', () => {
  it('nota dinas of seed 002: Yth. the unit concerned, Dari the signer, the register number, date and telaah in the body', async () => {
    const o = await openWorkflowOffice('002');
    office = o;
    const id = await o.intake();
    const pos = (actor: string) => o.positions.get(actor)?.[0] ?? 0;
    for (const [actor, stepNo, to] of [['kakanwil', 2, 'kadivmin'], ['kadivmin', 3, 'kabag-p2'], ['kabag-p2', 4, 'kasubag-pphti']] as const)
      await o.ok(actor, 'workflow.dispose', { complaintId: id, stepNo, recipients: [pos(to)] });
    await o.ok('kasubag-pphti', 'workflow.saveTelaah', { complaintId: id, stepNo: 5, analysis: 'Berkas lengkap; kewenangan Divisi Pemasyarakatan.', recommendation: 'Diteruskan ke Divisi Pemasyarakatan.' });
    const complaint = await o.t.ok('complaints.get', { id });
    const letter = await o.ok('kasubag-pphti', 'letters.create', { complaintId: id, kind: 'nota-dinas' });
    expect(letter.content.header).toMatchObject({ to: 'Divisi Terkait', from: 'Kakanwil', subject: `Tindak lanjut pengaduan ${complaint.subject}`, nature: 'Biasa' });
    const body = bodyToPlainText(letter.content.body);
    expect(body).toContain(`nomor register ${complaint.registerNumber}`);
    expect(body).toContain('tanggal 23 November 2026');
    expect(body).toContain('Hasil telaah: Berkas lengkap; kewenangan Divisi Pemasyarakatan.');
    expect(body).toContain('Saran tindak lanjut: Diteruskan ke Divisi Pemasyarakatan.');
    expect(letter.content.signing).toMatchObject({ mode: 'langsung', signerPositionId: pos('kakanwil') });
    expect(letter).toMatchObject({ state: 'konsep', currentVersion: 0, allowed: { edit: true, submit: true, sign: false } });
    const history = await o.t.ok('complaints.get', { id });
    expect(history.history.some((h) => h.action === 'surat_dibuat')).toBe(true);
  });

  it('surat jawaban of seed 003: the unit the Kepala Dinas disposed to drafts, addressed to the complainant', async () => {
    const o = await openWorkflowOffice('003', { secondPositionFor: ['sekretariat-bidang-upt'] });
    office = o;
    const id = await o.intake();
    const [, second] = o.positions.get('sekretariat-bidang-upt') ?? [];
    await o.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    await o.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 3 });
    await o.ok('subbag-umum', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'tertulis' });
    await o.ok('subbag-umum', 'workflow.dispose', { complaintId: id, stepNo: 6, recipients: [o.positions.get('kepala-dinas')?.[0] ?? 0] });
    await o.ok('kepala-dinas', 'workflow.dispose', { complaintId: id, stepNo: 7, recipients: [second ?? 0] });
    // The administrator drafting for the unit gets the disposed position, not the first mapped one.
    const byAdmin = await o.t.ok('letters.create', { complaintId: id, kind: 'surat-jawaban' });
    expect(byAdmin.route[0]?.positionId).toBe(second);
    const letter = await o.ok('sekretariat-bidang-upt', 'letters.create', { complaintId: id, kind: 'surat-jawaban' }, 1);
    expect(letter.route.map((s) => [s.positionId, s.role])).toEqual([
      [second, 'penyusun'], [o.positions.get('kepala-dinas')?.[0], 'paraf'], [o.positions.get('sekretaris')?.[0], 'penanda-tangan'],
    ]);
    expect(letter.content.header).toMatchObject({ addresseeName: 'Sdr. Siti Rahmawati', addresseeAddress: ['Jl. Sam Ratulangi No. 12, Palu'] });
    expect(bodyToPlainText(letter.content.body)).toMatch(/^Menindaklanjuti pengaduan Saudara tanggal 23 November 2026 dengan nomor register \S+ perihal Dana hibah/);
    // A holder of the actor's other position drafts from his own position (the drafter's own comes first).
    const other = await o.ok('sekretariat-bidang-upt', 'letters.create', { complaintId: id, kind: 'surat-jawaban' }, 0);
    expect(other.route[0]?.positionId).toBe(o.positions.get('sekretariat-bidang-upt')?.[0]);
    // Someone off the route may not draft it.
    const outsider = await o.as('petugas-pelayanan', 'letters.create', { complaintId: id, kind: 'surat-jawaban' });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Konsep surat jawaban disusun oleh Sekretariat/Bidang/UPT Pelatihan Koperasi UKM.' } });
  });
});

describe('confidential and anonymous complainants', () => {
  it('masks a confidential identity for a drafter who may not open it; opening it for the address is recorded', async () => {
    const o = await openLetterOffice();
    office = o;
    // The clerk may open confidential identities; the Kasubag may not.
    await o.t.backend.db.updateTable('users').set({ permissions_json: JSON.stringify(['lihat-identitas-rahasia']) }).where('username', '=', 'staf').execute();
    const id = await o.intake({ privacy: 'rahasia' });
    const masked = await o.ok('kasubag', 'letters.create', { complaintId: id, kind: 'surat-jawaban' });
    expect(masked.content.header).toMatchObject({ addresseeName: 'Sdr. S*** R***', addresseeAddress: ['(alamat dirahasiakan)'] });
    expect(JSON.stringify(masked.content)).not.toContain('Rahmawati');
    const reveals = async () => (await o.t.ok('complaints.get', { id })).history.filter((h) => h.action === 'identitas_dibuka');
    expect(await reveals()).toHaveLength(0);

    // The clerk gets the real address, and the reveal is in the complaint's history.
    const open = await o.ok('staf', 'letters.create', { complaintId: id, kind: 'surat-jawaban' });
    expect(open.content.header.addresseeName).toBe('Sdr. Siti Rahmawati');
    expect(await reveals()).toEqual([expect.objectContaining({ actor: 'Andi Pratama', reason: `Alamat surat jawaban #${open.id}` })]);

    const anonymous = await o.intake({ privacy: 'anonim', complainant: { name: '', nik: '', phone: '081234567890', email: '', address: '' } });
    const toAnonymous = await o.ok('staf', 'letters.create', { complaintId: anonymous, kind: 'surat-jawaban' });
    expect(toAnonymous.content.header).toMatchObject({ addresseeName: 'Pelapor', addresseeAddress: [] });
  });
});

describe('without SOP letter steps', () => {
  it('routes the drafter to the signer he picks; a drafter who signs himself initials nothing', async () => {
    const o = await openLetterOffice();
    office = o;
    const letter = await o.ok('staf', 'letters.create', { complaintId: await o.intake(), kind: 'nota-dinas' });
    // Until he picks, his superior signs.
    expect(letter.route.map((s) => [s.positionTitle, s.role])).toEqual([['Pengelola Pengaduan', 'penyusun'], ['Kepala Subbagian Umum', 'penanda-tangan']]);
    const picked = await o.ok('staf', 'letters.saveDraft', { id: letter.id, content: { ...letter.content, signing: { ...letter.content.signing, mode: 'an', signerPositionId: o.positions.sekretaris } } });
    expect(picked.route.map((s) => s.positionTitle)).toEqual(['Pengelola Pengaduan', 'Sekretaris']);
    const sent = await o.ok('staf', 'letters.submit', { id: letter.id, note: '' });
    expect(sent.route.map((s) => s.state)).toEqual(['selesai', 'giliran']);
    expect((await o.t.ok('complaints.get', { id: letter.complaintId })).status).toBe('diproses');

    // The Kasubag drafts a letter he signs himself: no paraf, straight to his signature.
    const own = await o.ok('kasubag', 'letters.create', { complaintId: await o.intake(), kind: 'nota-dinas' });
    const self = await o.ok('kasubag', 'letters.saveDraft', { id: own.id, content: { ...own.content, signing: { ...own.content.signing, signerPositionId: o.positions.kasubag } } });
    expect(self.route).toHaveLength(1);
    const submitted = await o.ok('kasubag', 'letters.submit', { id: own.id, note: '' });
    expect(submitted.allowed).toMatchObject({ sign: true, paraf: false });
    const signed = await o.ok('kasubag', 'letters.sign', { id: own.id, version: submitted.currentVersion });
    expect(signed.number).toMatch(/^ND\.001\/SEK\//);
    expect(signed.events.filter((e) => e.action === 'diajukan' || e.action === 'diparaf')).toEqual([]);
  });
});
