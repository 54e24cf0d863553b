import { describe, expect, it } from 'vitest';
import { DURATION_UNIT_LABELS } from '../../../shared/sop/sop-definition';
import { checkSopDefinition } from '../../../shared/sop/sop-check';
import { SOP_PRESETS } from '../../../shared/sop/presets';

/** The times of each seed table in order, as "amount unit"; '–' where the table gives none. */
const SEED_TIMES: Record<string, string[]> = {
  '000': ['2 menit', '5 menit', '3 menit', '10 menit'],
  '001': ['60 menit', '3 hari kerja', '60 menit', '3 hari kerja', '3 hari kerja', '60 menit', '60 menit', '3 hari kerja', '60 menit', '60 menit', '10 hari kerja'],
  '002': ['30 menit', '10 menit', '15 menit', '15 menit', '60 menit', '25 menit', '25 menit', '20 menit', '15 menit', '20 menit', '10 menit', '10 menit', '15 menit', '20 menit'],
  '003': Array.from({ length: 12 }, (_, i) => (i === 7 ? '60 menit' : '30 menit')),
  '004': ['–', '12 jam', '12 jam', '12 jam', '12 jam', '12 jam', '–', '12 jam'],
};

const preset = (id: string) => {
  const found = SOP_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`preset ${id} missing`);
  return found.definition;
};

/** Where each answer of a step's decision leads, as "label → step" ("end" for null). */
const routes = (id: string, no: number) =>
  preset(id).steps.find((s) => s.no === no)?.decision?.options.map((o) => `${o.goTo ?? 'selesai'}${o.isReturn ? ' (kembali)' : ''}`);

describe('SOP presets', () => {
  it('are the five seeds, with distinct codes', () => {
    expect(SOP_PRESETS.map((p) => p.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(new Set(SOP_PRESETS.map((p) => p.definition.code)).size).toBe(5);
  });

  for (const p of SOP_PRESETS) {
    it(`${p.id} passes the schema and the validation, numbered 1…n`, () => {
      const result = checkSopDefinition(JSON.parse(JSON.stringify(p.definition)));
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(p.definition.steps.map((s) => s.no)).toEqual(p.definition.steps.map((_, i) => i + 1));
    });

    it(`${p.id} has the step count and times of its seed table`, () => {
      const times = p.definition.steps.map((s) => (s.standardTime ? `${s.standardTime.amount} ${DURATION_UNIT_LABELS[s.standardTime.unit]}` : '–'));
      expect(times).toEqual(SEED_TIMES[p.id]);
    });
  }

  it('draws the decisions of the seeds', () => {
    expect(routes('001', 4)).toEqual(['5', '2 (kembali)']);
    expect(routes('001', 7)).toEqual(['8', '9', '4 (kembali)']);
    expect(routes('002', 8)).toEqual(['9', '6 (kembali)']);
    expect(routes('002', 9)).toEqual(['10', '6 (kembali)']);
    expect(routes('003', 4)).toEqual(['5', '6']);
    expect(routes('003', 9)).toEqual(['10', '8 (kembali)']);
    expect(routes('004', 5)).toEqual(['6', '7']);
  });

  it('marks the public and the system as such', () => {
    const kinds = (id: string) => Object.fromEntries(preset(id).actors.map((a) => [a.key, a.kind]));
    expect(kinds('000').masyarakat).toBe('publik');
    expect(kinds('001')['sistem-lapor']).toBe('sistem');
    expect(kinds('002').pelapor).toBe('publik');
    expect(kinds('003').pemohon).toBe('publik');
    expect(kinds('004').pelapor).toBe('publik');
  });

  it('says which documents the steps produce', () => {
    const kindOf = (id: string, no: number) => preset(id).steps.find((s) => s.no === no)?.outputKind;
    expect(kindOf('000', 4)).toBe('catatan-konsultasi');
    expect(kindOf('002', 6)).toBe('nota-dinas');
    expect(kindOf('003', 10)).toBe('surat-jawaban');
    expect(kindOf('003', 12)).toBe('arsip');
    expect(kindOf('004', 6)).toBe('sk-tim');
  });
});
