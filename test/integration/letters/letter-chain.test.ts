import { afterEach, describe, expect, it } from 'vitest';
import { paragraphsToBody } from '../../../shared/letters/letter-body';
import type { LetterDetail } from '../../../shared/letters/letter-records';
import { pdfToText } from '../../support/pdf-tools';
import { openWorkflowOffice, type WorkflowOffice } from '../workflow/workflow-fixture';
import { watermarkPixels } from './watermark-pixels';

const pdfText = async (pdf: Buffer) => pdfToText(pdf, 'raw');

/**
 * Letters through the service on a real SQLite file, signing in as each official in turn:
 * the paraf route read from seeds 002 and 003, returns with notes and a new round, the
 * signature with its number, hash and verification code, and the complaint's SOP run
 * moving with the letter.
 */
let office: WorkflowOffice;
afterEach(() => office?.close());

const pos = (o: WorkflowOffice, actor: string) => o.positions.get(actor)?.[0] ?? 0;
const pdfOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

async function runSteps(complaintId: number) {
  const view = await office.t.ok('workflow.case', { complaintId });
  return view.run?.state;
}

describe('nota dinas of seed 002', () => {
  it('goes Kasubag → Kabag → Kadiv (returns) → again → Kakanwil signs; the run follows', async () => {
    office = await openWorkflowOffice('002');
    const id = await office.intake();
    const chain: [string, number, string][] = [['kakanwil', 2, 'kadivmin'], ['kadivmin', 3, 'kabag-p2'], ['kabag-p2', 4, 'kasubag-pphti']];
    for (const [actor, stepNo, to] of chain) await office.ok(actor, 'workflow.dispose', { complaintId: id, stepNo, recipients: [pos(office, to)] });
    await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 5 });

    // Only the drafter of the route may start it.
    const refused = await office.as('kabag-p2', 'letters.create', { complaintId: id, kind: 'nota-dinas' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Kasubag PPHTI');

    let letter = await office.ok('kasubag-pphti', 'letters.create', { complaintId: id, kind: 'nota-dinas' });
    expect(letter.route.map((s) => [s.actorLabel, s.role])).toEqual([
      ['Kasubag PPHTI', 'penyusun'], ['Kabag P2', 'paraf'], ['Kadiv', 'paraf'], ['Kakanwil', 'penanda-tangan'],
    ]);
    expect(letter.content.header.from).toBe('Kakanwil');
    expect(letter.content.header.to).toBe('Divisi Terkait');
    expect(letter.content.header.subject).toContain('Tindak lanjut pengaduan');

    const content = { ...letter.content, body: paragraphsToBody(['Mohon ditindaklanjuti pengaduan terlampir.', 'Demikian disampaikan.']) };
    letter = await office.ok('kasubag-pphti', 'letters.saveDraft', { id: letter.id, content, savedAt: letter.savedAt });
    letter = await office.ok('kasubag-pphti', 'letters.submit', { id: letter.id, note: '' });
    expect(letter.state).toBe('paraf');
    expect(letter.route.find((s) => s.state === 'giliran')?.actorLabel).toBe('Kabag P2');
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([8]);

    // Kadiv may not initial before Kabag.
    const early = await office.as('kadivmin', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: '' });
    expect(early.ok).toBe(false);

    letter = await office.ok('kabag-p2', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: 'Setuju.' });
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([9]);
    letter = await office.ok('kadivmin', 'letters.return', { id: letter.id, version: letter.currentVersion, notes: 'Tambahkan dasar hukum.' });
    expect(letter.state).toBe('dikembalikan');
    expect(letter.returnNotes).toBe('Tambahkan dasar hukum.');
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([6]);

    const corrected = { ...content, body: paragraphsToBody(['Berdasarkan Permenpan RB Nomor 62 Tahun 2018, mohon ditindaklanjuti pengaduan terlampir.', 'Demikian disampaikan.']) };
    letter = await office.ok('kasubag-pphti', 'letters.saveDraft', { id: letter.id, content: corrected });
    letter = await office.ok('kasubag-pphti', 'letters.submit', { id: letter.id, note: 'Dasar hukum ditambahkan.' });
    expect(letter.versions.map((v) => v.reason)).toEqual(['ajukan', 'ajukan']);
    // A new round: Kabag initials again.
    expect(letter.route.filter((s) => s.state === 'selesai').map((s) => s.actorLabel)).toEqual(['Kasubag PPHTI']);
    letter = await office.ok('kabag-p2', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: '' });
    letter = await office.ok('kadivmin', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: '' });
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([9]); // step 9 waits for the signature

    const previewPdf = pdfOf(await office.ok('kakanwil', 'letters.preview', { id: letter.id }));
    const preview = await pdfText(previewPdf);
    expect(preview).toContain('Permenpan RB Nomor 62');

    letter = await office.ok('kakanwil', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    expect(letter.state).toBe('ditandatangani');
    expect(letter.number).toMatch(/^ND\.001\/UJI\/HM\.01\/[IVX]+\/\d{4}$/);
    expect(letter.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(letter.verificationCode).toMatch(/^[0-9A-Z]{10}$/);
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([10]);
    expect((await office.t.ok('complaints.get', { id })).status).toBe('diproses');

    // Frozen.
    const edit = await office.as('kasubag-pphti', 'letters.saveDraft', { id: letter.id, content: corrected });
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.error.message).toContain('sudah ditandatangani');

    const signedPdf = pdfOf(await office.t.ok('letters.pdf', { id: letter.id }));
    const signed = await pdfText(signedPdf);
    expect(signed).toContain(letter.number ?? '?');
    expect(watermarkPixels(previewPdf)).toBeGreaterThan(5 * watermarkPixels(signedPdf) + 100);
    expect(signed).toContain(letter.verificationCode ?? '?');

    const verification = await office.t.ok('letters.verify', { code: `meja-aduan:surat:${letter.verificationCode}` });
    expect(verification).toMatchObject({ registered: true, number: letter.number, status: 'berlaku', signedVersion: letter.signedVersion });
    expect((await office.t.ok('letters.verify', { code: 'ZZZZZZZZZZ' })).registered).toBe(false);
  });
});

describe('surat jawaban of seed 003', () => {
  async function draftAtStep8(): Promise<{ id: number; letter: LetterDetail }> {
    const id = await office.intake();
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 2 });
    await office.ok('petugas-pelayanan', 'workflow.completeStep', { complaintId: id, stepNo: 3 });
    await office.ok('subbag-umum', 'workflow.completeStep', { complaintId: id, stepNo: 4, optionKey: 'tertulis' });
    await office.ok('subbag-umum', 'workflow.dispose', { complaintId: id, stepNo: 6, recipients: [pos(office, 'kepala-dinas')] });
    await office.ok('kepala-dinas', 'workflow.dispose', { complaintId: id, stepNo: 7, recipients: [pos(office, 'sekretariat-bidang-upt')] });
    const letter = await office.ok('sekretariat-bidang-upt', 'letters.create', { complaintId: id, kind: 'surat-jawaban' });
    return { id, letter };
  }

  it('is returned by the Kepala Dinas, corrected, initialled, signed by the Sekretaris and delivered; the complaint follows', async () => {
    office = await openWorkflowOffice('003');
    const { id, letter: created } = await draftAtStep8();
    expect(created.route.map((s) => s.actorLabel)).toEqual(['Sekretariat/Bidang/UPT Pelatihan Koperasi UKM', 'Kepala Dinas', 'Sekretaris']);
    expect(created.content.header.addresseeName).toMatch(/^Sdr\. /);
    let letter = await office.ok('sekretariat-bidang-upt', 'letters.submit', { id: created.id, note: '' });
    letter = await office.ok('kepala-dinas', 'letters.return', { id: letter.id, version: letter.currentVersion, notes: 'Lengkapi jadwal pencairan.' });
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([8]);
    letter = await office.ok('sekretariat-bidang-upt', 'letters.saveDraft', {
      id: letter.id, content: { ...letter.content, body: paragraphsToBody(['Pencairan dijadwalkan Desember 2026.']) },
    });
    letter = await office.ok('sekretariat-bidang-upt', 'letters.submit', { id: letter.id, note: '' });
    letter = await office.ok('kepala-dinas', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: '' });
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([10]);
    letter = await office.ok('sekretaris', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    expect(letter.number).toMatch(/^001\//);
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([11]);

    const receipt = await pdfText(pdfOf(await office.t.ok('letters.deliveryReceipt', { id: letter.id, recipientName: 'Ahmad Fauzi', relation: 'sendiri' })));
    expect(receipt).toContain('TANDA TERIMA');
    expect(receipt).toContain('Penyerahan Surat Jawaban');
    expect(receipt).toContain(letter.number ?? '?');
    letter = await office.ok('petugas-pelayanan', 'letters.recordDelivery', { id: letter.id, method: 'langsung', recipient: 'Ahmad Fauzi', proof: 'Tanda terima ditandatangani', note: '' });
    expect(letter.state).toBe('terkirim');
    expect(letter.deliveries[0]).toMatchObject({ method: 'langsung', recipient: 'Ahmad Fauzi' });
    expect((await runSteps(id))?.openTasks.map((t) => t.stepNo)).toEqual([12]);
    // The register speaks the run's language: the answer was delivered.
    expect((await office.t.ok('complaints.get', { id })).status).toBe('dijawab');
    expect(letter.events.map((e) => e.action)).toEqual([
      'dibuat', 'versi', 'diajukan', 'dikembalikan', 'versi', 'diajukan', 'diparaf', 'versi', 'ditandatangani', 'dikirim',
    ]);
    expect(letter.events.find((e) => e.action === 'dikembalikan')).toMatchObject({ actor: 'Pejabat Kepala Dinas', note: 'Lengkapi jadwal pencairan.' });
    const history = await office.t.backend.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'letter').where('entity_id', '=', letter.id).execute();
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['dibuat', 'ajukan', 'kembali', 'paraf', 'tanda-tangan', 'kirim']));
  });

  it('publishes the answer without the complainant\'s identity', async () => {
    office = await openWorkflowOffice('003');
    const { id, letter: created } = await draftAtStep8();
    const complaint = await office.t.ok('complaints.get', { id });
    const { name, nik, phone } = complaint.complainant;
    let letter = await office.ok('sekretariat-bidang-upt', 'letters.saveDraft', {
      id: created.id,
      content: { ...created.content, body: paragraphsToBody([`Pengaduan Sdr. ${name} (NIK ${nik}, telepon ${phone.replace(/^0812/, '0812-')}) telah kami tindak lanjuti.`]) },
    });
    letter = await office.ok('sekretariat-bidang-upt', 'letters.submit', { id: letter.id, note: '' });
    letter = await office.ok('kepala-dinas', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: '' });
    letter = await office.ok('sekretaris', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    const html = Buffer.from((await office.t.ok('letters.publicAnswer', { id: letter.id, format: 'html' })).base64, 'base64').toString('utf8');
    const text = await pdfText(pdfOf(await office.t.ok('letters.publicAnswer', { id: letter.id, format: 'pdf' })));
    for (const out of [html, text]) {
      expect(out).toContain('telah kami tindak lanjuti');
      expect(out).toContain('[identitas dirahasiakan]');
      expect(out.toLowerCase()).not.toContain(name.toLowerCase());
      for (const word of name.split(' ')) expect(out).not.toContain(word);
      expect(out.replace(/\D/g, '')).not.toContain(nik);
      expect(out.replace(/\D/g, '')).not.toContain(phone.slice(1));
    }
  });
});
