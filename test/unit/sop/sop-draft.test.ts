import { describe, expect, it } from 'vitest';
import { addStepAfter, moveStep, removeStep } from '../../../renderer/src/features/sop/sop-draft';
import { SOP_PRESETS } from '../../../shared/sop/presets';
import { diffSopDefinitions } from '../../../shared/sop/sop-diff';
import { validateSopDefinition } from '../../../shared/sop/sop-validation';

const sop003 = () => structuredClone(SOP_PRESETS.find((p) => p.id === '003')!.definition);
const arrows = (sop: ReturnType<typeof sop003>) =>
  sop.steps.map((s) => (s.decision ? s.decision.options.map((o) => o.goTo).join('/') : String(s.next)));

describe('SOP editor drafts', () => {
  it('moving a row renumbers the rows and rewrites the arrows into them', () => {
    const moved = moveStep(sop003(), 4, 1); // step 5 (oral, ends) below step 6
    expect(moved.steps.map((s) => s.activity.slice(0, 12))).toContain('Menyelesaika');
    expect(moved.steps[4]!.activity).toMatch(/^Memproses pengaduan tertulis/);
    expect(moved.steps[5]!.activity).toMatch(/^Menyelesaikan pengaduan lisan/);
    // Step 4's answers follow their rows: lisan → now 6, tertulis → now 5.
    expect(moved.steps[3]!.decision!.options.map((o) => o.goTo)).toEqual([6, 5]);
    expect(validateSopDefinition(moved)).toEqual([]);
  });

  it('removing a row sends the arrows into it on to where it led', () => {
    const removed = removeStep(sop003(), 2); // step 3, 2 → 3 → 4
    expect(removed.steps).toHaveLength(11);
    expect(removed.steps[1]!.next).toBe(3);
    expect(arrows(removed)[2]).toBe('4/5');
    expect(validateSopDefinition(removed)).toEqual([]);
  });

  it('a row added after another is linked in between', () => {
    const added = addStepAfter(sop003(), 0);
    expect(added.steps).toHaveLength(13);
    expect(added.steps[0]!.next).toBe(2);
    expect(added.steps[1]!.next).toBe(3);
    expect(added.steps[1]!.activity).toBe('');
    added.steps[1]!.activity = 'Mengisi buku tamu';
    expect(validateSopDefinition(added)).toEqual([]);
  });

  it('the audit diff names the step and field that changed', () => {
    const before = sop003();
    const after = structuredClone(before);
    after.steps[1]!.standardTime = { amount: 45, unit: 'menit', workingTime: true };
    after.steps[8]!.decision!.options[1]!.goTo = 7;
    expect(diffSopDefinitions(before, after)).toEqual({
      'langkah 2.waktu': ['30 menit', '45 menit'],
      'langkah 9.berikutnya': ['Setuju, diparaf → 10; Tidak setuju → kembali ke 8', 'Setuju, diparaf → 10; Tidak setuju → kembali ke 7'],
    });
  });
});
