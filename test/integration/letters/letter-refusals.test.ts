import { afterEach, describe, expect, it } from 'vitest';
import { paragraphsToBody } from '../../../shared/letters/letter-body';
import type { LetterDetail } from '../../../shared/letters/letter-records';
import { openWorkflowOffice, type WorkflowOffice } from '../workflow/workflow-fixture';

/**
 * What the route refuses, with the message the official reads, and that a refusal changes
 * nothing: the wrong person, a stale version, a signature before every paraf, an edit after
 * signing, someone else's newer save. Seed 002's nota dinas route.
 */
let office: WorkflowOffice;
afterEach(() => office?.close());

const pos = (actor: string) => office.positions.get(actor)?.[0] ?? 0;

async function notaWithKabag(): Promise<LetterDetail> {
  office = await openWorkflowOffice('002');
  const id = await office.intake();
  for (const [actor, stepNo, to] of [['kakanwil', 2, 'kadivmin'], ['kadivmin', 3, 'kabag-p2'], ['kabag-p2', 4, 'kasubag-pphti']] as const)
    await office.ok(actor, 'workflow.dispose', { complaintId: id, stepNo, recipients: [pos(to)] });
  await office.ok('kasubag-pphti', 'workflow.completeStep', { complaintId: id, stepNo: 5 });
  const letter = await office.ok('kasubag-pphti', 'letters.create', { complaintId: id, kind: 'nota-dinas' });
  return office.ok('kasubag-pphti', 'letters.submit', { id: letter.id, note: 'Mohon koreksi.' });
}

async function snapshot(id: number) {
  const db = office.t.backend.db;
  const [letter, actions, audit, numbers] = await Promise.all([
    db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('letter_actions').select('id').where('letter_id', '=', id).execute(),
    db.selectFrom('audit_log').select('id').execute(),
    db.selectFrom('letter_numbers').select('id').execute(),
  ]);
  return { letter, actions: actions.length, audit: audit.length, numbers: numbers.length };
}

describe('refusals on the paraf route', () => {
  it('refuses the wrong official, a signature before every paraf, and changes nothing', async () => {
    const letter = await notaWithKabag();
    const before = await snapshot(letter.id);

    const kadiv = await office.as('kadivmin', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: '' });
    expect(kadiv).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('bukan giliran Anda') } });
    const early = await office.as('kakanwil', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Surat belum dapat ditandatangani: masih menunggu paraf Kabag P2.' } });
    const outsider = await office.as('divisi-terkait', 'letters.return', { id: letter.id, version: letter.currentVersion, notes: 'Tidak setuju.' });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const drafterEdits = await office.as('kasubag-pphti', 'letters.saveDraft', { id: letter.id, content: letter.content });
    expect(drafterEdits).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Konsep ini sedang tidak berada pada Anda.' } });
    const noNotes = await office.as('kabag-p2', 'letters.return', { id: letter.id, version: letter.currentVersion, notes: ' ' });
    expect(noNotes).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Catatan pengembalian wajib diisi') } });

    expect(await snapshot(letter.id)).toEqual(before);
  });

  it('refuses a paraf on a version that changed since the official read it', async () => {
    const letter = await notaWithKabag();
    // Kabag corrects the draft while it is with him: his paraf makes a 'perbaikan' version.
    const corrected = { ...letter.content, body: paragraphsToBody(['Mohon segera ditindaklanjuti dan dilaporkan dalam 5 hari kerja.']) };
    await office.ok('kabag-p2', 'letters.saveDraft', { id: letter.id, content: corrected });
    const afterKabag = await office.ok('kabag-p2', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: 'Dikoreksi.' });
    expect(afterKabag.versions.map((v) => [v.version, v.reason])).toEqual([[1, 'ajukan'], [2, 'perbaikan']]);
    expect(afterKabag.route.find((s) => s.actorLabel === 'Kabag P2')).toMatchObject({ state: 'selesai', doneVersion: 2 });

    const stale = await office.as('kadivmin', 'letters.paraf', { id: letter.id, version: 1, note: '' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Konsep sudah berubah menjadi versi 2; baca versi terbaru sebelum melanjutkan.' } });
    const fresh = await office.ok('kadivmin', 'letters.paraf', { id: letter.id, version: 2, note: '' });
    expect(fresh.route.find((s) => s.state === 'giliran')?.actorLabel).toBe('Kakanwil');
    // Versions can be read back whole, for the side-by-side comparison.
    expect((await office.ok('kadivmin', 'letters.version', { id: letter.id, version: 1 })).content.body).toEqual(letter.content.body);
  });

  it('refuses any edit after signing, and a save over someone else\'s newer save', async () => {
    office = await openWorkflowOffice('002');
    const id = await office.intake();
    let letter = await office.ok('kasubag-pphti', 'letters.create', { complaintId: id, kind: 'nota-dinas' });
    const loadedAt = letter.savedAt;
    // The administrator (recorded as acting for the drafter) saves first …
    office.t.clock.advanceMinutes(1);
    await office.t.ok('letters.saveDraft', { id: letter.id, content: { ...letter.content, header: { ...letter.content.header, nature: 'Segera' } }, savedAt: loadedAt });
    // … so the drafter's autosave from the older screen is refused instead of overwriting it.
    const overwrite = await office.as('kasubag-pphti', 'letters.saveDraft', { id: letter.id, content: letter.content, savedAt: loadedAt });
    expect(overwrite).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('baru saja disimpan oleh Petugas Uji') } });
    letter = await office.ok('kasubag-pphti', 'letters.get', { id: letter.id });
    expect(letter.content.header.nature).toBe('Segera');

    letter = await office.ok('kasubag-pphti', 'letters.submit', { id: letter.id, note: '' });
    for (const actor of ['kabag-p2', 'kadivmin']) letter = await office.ok(actor, 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: '' });
    letter = await office.ok('kakanwil', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    const before = await snapshot(letter.id);
    for (const [actor, call] of [['kasubag-pphti', 'letters.saveDraft'], ['kakanwil', 'letters.saveDraft']] as const) {
      const refused = await office.as(actor, call, { id: letter.id, content: letter.content });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Surat sudah ditandatangani') } });
    }
    const resign = await office.as('kakanwil', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    expect(resign).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Surat sudah ditandatangani') } });
    const newVersion = await office.as('kasubag-pphti', 'letters.saveVersion', { id: letter.id, note: 'x' });
    expect(newVersion).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await snapshot(letter.id)).toEqual(before);
  });

  it('records an administrator acting for an official under his own name, saying for whom', async () => {
    const letter = await notaWithKabag();
    const acted = await office.t.ok('letters.paraf', { id: letter.id, version: letter.currentVersion, note: 'Kabag sedang dinas luar; paraf lewat telepon.' });
    expect(acted.events.at(-1)).toMatchObject({ action: 'diparaf', actor: 'Petugas Uji (dicatat administrator untuk Kabag P2)' });
    const audit = await office.t.backend.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'letter').where('entity_id', '=', letter.id).where('action', '=', 'paraf').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'Petugas Uji (dicatat administrator untuk Kabag P2)', reason: 'Kabag sedang dinas luar; paraf lewat telepon.' });
    // The run moved too, recorded as the administrator's.
    const view = await office.t.ok('workflow.case', { complaintId: letter.complaintId });
    expect(view.run?.state.openTasks.map((t) => t.stepNo)).toEqual([9]);
  });
});
