import { describe, expect, it } from 'vitest';
import { checkSopDefinition } from '../../../shared/sop/sop-check';
import { sopDefinitionSchema, type SopDefinition, type SopDefinitionInput } from '../../../shared/sop/sop-definition';
import { validateSopDefinition } from '../../../shared/sop/sop-validation';

/** A small SOP that passes: 1 → 2 (decision: ya → 3, tidak → back to 1) → 3 → end. */
function base(): SopDefinitionInput {
  return {
    code: 'uji',
    title: 'SOP Uji',
    agencyLines: ['Dinas Uji'],
    actors: [
      { key: 'petugas', label: 'Petugas', kind: 'jabatan' },
      { key: 'kepala', label: 'Kepala', kind: 'jabatan' },
    ],
    steps: [
      { no: 1, activity: 'Menerima', actors: ['petugas'], standardTime: { amount: 5, unit: 'menit' }, next: 2 },
      {
        no: 2, activity: 'Memeriksa', actors: ['kepala'], standardTime: null, next: null,
        decision: {
          question: 'Lengkap?',
          options: [
            { key: 'ya', label: 'Ya', goTo: 3 },
            { key: 'tidak', label: 'Tidak', goTo: 1, isReturn: true },
          ],
        },
      },
      { no: 3, activity: 'Menjawab', actors: ['petugas'], standardTime: { amount: 1, unit: 'hari-kerja' }, next: null },
    ],
  };
}

const parse = (input: SopDefinitionInput): SopDefinition => sopDefinitionSchema.parse(input);
const messages = (sop: SopDefinition) => validateSopDefinition(sop).map((p) => p.message);

describe('validateSopDefinition', () => {
  it('accepts a consistent SOP', () => {
    expect(validateSopDefinition(parse(base()))).toEqual([]);
  });

  it('refuses a step number used twice', () => {
    const sop = parse(base());
    sop.steps[2]!.no = 2;
    expect(messages(sop)).toContain('Nomor langkah 2 dipakai lebih dari sekali.');
  });

  it('refuses a next step that does not exist, naming the step', () => {
    const sop = parse(base());
    sop.steps[0]!.next = 9;
    expect(messages(sop)).toEqual(['Langkah 1: langkah berikutnya (9) tidak ada.']);
    expect(validateSopDefinition(sop)[0]!.path).toBe('steps.0.next');
  });

  it('refuses a decision option leading nowhere', () => {
    const sop = parse(base());
    sop.steps[1]!.decision!.options[0]!.goTo = 7;
    expect(messages(sop)).toEqual(['Langkah 2: pilihan "Ya" menuju langkah 7 yang tidak ada.']);
  });

  it('refuses an actor that has no column', () => {
    const sop = parse(base());
    sop.steps[2]!.actors = ['sekretaris'];
    expect(messages(sop)).toEqual(['Langkah 3: pelaksana "sekretaris" tidak ada di kolom pelaksana SOP.']);
  });

  it('refuses duplicate actor columns and duplicate option keys', () => {
    const sop = parse(base());
    sop.actors.push({ key: 'kepala', label: 'Kepala lagi', kind: 'jabatan' });
    sop.steps[1]!.decision!.options[1]!.key = 'ya';
    expect(messages(sop)).toEqual([
      'Kode pelaksana "kepala" dipakai lebih dari sekali.',
      'Langkah 2: kode pilihan keputusan "ya" dipakai lebih dari sekali.',
    ]);
  });

  it('refuses a step no arrow reaches', () => {
    const input = base();
    input.steps.push({ no: 4, activity: 'Terlupa', actors: ['petugas'], standardTime: null, next: null });
    expect(messages(parse(input))).toEqual(['Langkah 4 tidak pernah dicapai dari langkah pertama (1).']);
  });

  it('refuses an SOP with no way to the end', () => {
    const sop = parse(base());
    sop.steps[2]!.next = 1;
    expect(messages(sop)).toEqual([
      'Tidak ada jalan dari langkah pertama sampai akhir prosedur: tandai langkah terakhir dengan "selesai".',
    ]);
  });

  it('refuses a loop with no way out even when another path ends', () => {
    const input = base();
    // 2 may now also lead to 4, and 4 ↔ 5 circle for ever.
    input.steps[1]!.decision!.options.push({ key: 'lain', label: 'Lain', goTo: 4 });
    input.steps.push(
      { no: 4, activity: 'Putar', actors: ['petugas'], standardTime: null, next: 5 },
      { no: 5, activity: 'Putar lagi', actors: ['petugas'], standardTime: null, next: 4 },
    );
    expect(messages(parse(input))).toEqual([
      'Langkah 4: dari langkah ini perkara tidak pernah sampai ke akhir prosedur.',
      'Langkah 5: dari langkah ini perkara tidak pernah sampai ke akhir prosedur.',
    ]);
  });

  it('refuses a return that ends the procedure', () => {
    const sop = parse(base());
    sop.steps[1]!.decision!.options[1]!.goTo = null;
    expect(messages(sop)).toEqual(['Langkah 2: pilihan "Tidak" adalah pengembalian, jadi harus menuju langkah sebelumnya.']);
  });
});

describe('checkSopDefinition', () => {
  it('returns the parsed SOP with defaults', () => {
    const result = checkSopDefinition(base());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.definition.steps[0]!.outputKind).toBe('catatan');
  });

  it('names the step of a schema error by its number', () => {
    const input = base();
    input.steps[2]!.activity = '  ';
    const result = checkSopDefinition(input);
    expect(result).toEqual({ ok: false, problems: [{ path: 'steps.2.activity', message: 'Langkah 3: Kegiatan wajib diisi.' }] });
  });

  it('refuses something that is not an SOP at all, in Indonesian', () => {
    const result = checkSopDefinition({ hello: 'world' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(2);
  });
});
