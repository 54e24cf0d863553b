import { describe, expect, it } from 'vitest';
import { freeRoute } from '../../../electron/backend/letters/letter-route-source';
import { letterStepNos, pickPosition, routeActors, withRoles } from '../../../electron/backend/letters/letter-route';
import { answerOf } from '../../../electron/backend/letters/letter-workflow-bridge';
import { findSopPreset } from '../../../shared/sop/presets';
import type { SopDefinition } from '../../../shared/sop/sop-definition';

const definition = (id: string): SopDefinition => {
  const preset = findSopPreset(id);
  if (!preset) throw new Error(`preset ${id}`);
  return preset.definition;
};
const step = (d: SopDefinition, no: number) => {
  const found = d.steps.find((s) => s.no === no);
  if (!found) throw new Error(`step ${no}`);
  return found;
};

describe('the paraf route read from the SOP', () => {
  it('seed 002 nota dinas: Kasubag PPHTI drafts, Kabag P2 and Kadiv initial, Kakanwil signs', () => {
    const d = definition('002');
    expect(letterStepNos(d, 'nota-dinas')).toEqual([6, 7, 8, 9]);
    const route = withRoles(routeActors(d, 'nota-dinas').map((a) => ({ actorKey: a.key, actorLabel: a.label, positionId: null })));
    expect(route.map((s) => [s.order, s.actorLabel, s.role])).toEqual([
      [1, 'Kasubag PPHTI', 'penyusun'],
      [2, 'Kabag P2', 'paraf'],
      [3, 'Kadiv', 'paraf'],
      [4, 'Kakanwil', 'penanda-tangan'],
    ]);
  });

  it('seed 003 surat jawaban: the unit drafts, the Kepala Dinas initials, the Sekretaris signs', () => {
    const d = definition('003');
    expect(routeActors(d, 'surat-jawaban').map((a) => a.key)).toEqual(['sekretariat-bidang-upt', 'kepala-dinas', 'sekretaris']);
    // The public (pemohon) in step 11 is not a jabatan, and step 11 does not produce the letter anyway.
    expect(routeActors(d, 'surat-jawaban').some((a) => a.key === 'pemohon')).toBe(false);
  });

  it('an SOP without steps of that kind gives no route (the drafter then picks the signer)', () => {
    expect(routeActors(definition('003'), 'nota-dinas')).toEqual([]);
    expect(routeActors(definition('000'), 'surat-jawaban')).toEqual([]);
    expect(freeRoute(5, 9).map((s) => [s.positionId, s.role])).toEqual([[5, 'penyusun'], [9, 'penanda-tangan']]);
    // No signer chosen, or himself: he signs his own letter, no paraf.
    expect(freeRoute(5, null).map((s) => s.role)).toEqual(['penyusun']);
    expect(freeRoute(5, 5)).toHaveLength(1);
  });

  it('an actor mapped to several positions takes the drafter\'s own, else the disposed one, else the first', () => {
    expect(pickPosition([11, 12, 13], [12])).toBe(12);
    expect(pickPosition([11, 12, 13], [40, 13, 12])).toBe(13);
    expect(pickPosition([11, 12, 13], [40])).toBe(11);
    expect(pickPosition([], [40])).toBeNull();
  });
});

describe('which SOP step a letter action answers', () => {
  it('seed 002: the drafter closes 6 and 7, Kabag closes 8, only the signature closes 9, a return answers "kembali"', () => {
    const d = definition('002');
    const submit = { kind: 'ajukan' as const, actorKey: 'kasubag-pphti', signerActorKey: 'kakanwil' };
    expect(answerOf(step(d, 6), 'nota-dinas', submit)).toEqual({ optionKey: null, reason: null });
    expect(answerOf(step(d, 7), 'nota-dinas', submit)).not.toBeNull();
    expect(answerOf(step(d, 8), 'nota-dinas', { kind: 'paraf', actorKey: 'kabag-p2', signerActorKey: 'kakanwil' })).toEqual({ optionKey: 'paraf', reason: null });
    expect(answerOf(step(d, 9), 'nota-dinas', { kind: 'paraf', actorKey: 'kadivmin', signerActorKey: 'kakanwil' })).toBeNull();
    expect(answerOf(step(d, 9), 'nota-dinas', { kind: 'tanda-tangan', actorKey: 'kakanwil' })).toEqual({ optionKey: 'tandatangan', reason: null });
    expect(answerOf(step(d, 9), 'nota-dinas', { kind: 'kembali', actorKey: 'kadivmin', notes: 'Perbaiki.' })).toEqual({ optionKey: 'kembali', reason: 'Perbaiki.' });
    // A surat jawaban never answers the nota dinas steps.
    expect(answerOf(step(d, 6), 'surat-jawaban', submit)).toBeNull();
  });

  it('seed 003: the Kepala Dinas\' paraf answers "setuju", his return "tidak-setuju"; only a reply\'s delivery closes step 11', () => {
    const d = definition('003');
    expect(answerOf(step(d, 9), 'surat-jawaban', { kind: 'paraf', actorKey: 'kepala-dinas', signerActorKey: 'sekretaris' })?.optionKey).toBe('setuju');
    expect(answerOf(step(d, 9), 'surat-jawaban', { kind: 'kembali', actorKey: 'kepala-dinas', notes: 'x' })?.optionKey).toBe('tidak-setuju');
    expect(answerOf(step(d, 10), 'surat-jawaban', { kind: 'tanda-tangan', actorKey: 'sekretaris' })).not.toBeNull();
    expect(answerOf(step(d, 11), 'surat-jawaban', { kind: 'kirim', method: 'langsung' })).not.toBeNull();
    expect(answerOf(step(d, 11), 'nota-dinas', { kind: 'kirim', method: 'langsung' })).toBeNull();
  });
});
