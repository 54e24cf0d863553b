import type { SopActor, SopDefinition, SopStep } from '../../../../shared/sop/sop-definition';

/**
 * Edits of an SOP draft that must keep its arrows right: steps are numbered by their place
 * in the table, so moving, adding or removing a row renumbers the rows and rewrites every
 * `next` and decision target that pointed at them.
 */

function renumber(sop: SopDefinition, ordered: SopStep[], removedNo?: number): SopDefinition {
  const newNo = new Map(ordered.map((s, i) => [s.no, i + 1]));
  const removed = removedNo === undefined ? undefined : sop.steps.find((s) => s.no === removedNo);
  // An arrow into a removed row follows that row's own arrow, so the path stays whole.
  const bypass = removed && !removed.decision ? removed.next : null;
  const map = (target: number | null): number | null => {
    if (target === null) return null;
    if (target === removedNo) return bypass === null ? null : (newNo.get(bypass) ?? null);
    return newNo.get(target) ?? null;
  };
  const steps = ordered.map((s, i) => ({
    ...s,
    no: i + 1,
    next: map(s.next),
    decision: s.decision ? { ...s.decision, options: s.decision.options.map((o) => ({ ...o, goTo: map(o.goTo) })) } : null,
  }));
  return { ...sop, steps };
}

export function moveStep(sop: SopDefinition, index: number, delta: -1 | 1): SopDefinition {
  const target = index + delta;
  if (target < 0 || target >= sop.steps.length) return sop;
  const ordered = [...sop.steps];
  [ordered[index], ordered[target]] = [ordered[target]!, ordered[index]!];
  return renumber(sop, ordered);
}

export function removeStep(sop: SopDefinition, index: number): SopDefinition {
  const step = sop.steps[index];
  if (!step || sop.steps.length === 1) return sop;
  return renumber(sop, sop.steps.filter((_, i) => i !== index), step.no);
}

/** A new row after `index`, taking over that row's arrow and acted by its actor. */
export function addStepAfter(sop: SopDefinition, index: number): SopDefinition {
  const before = sop.steps[index];
  const fresh: SopStep = {
    no: -1,
    activity: '',
    actors: before ? [before.actors[0]!] : [sop.actors[0]?.key ?? ''],
    inputs: '',
    standardTime: { amount: 30, unit: 'menit', workingTime: true },
    output: '',
    outputKind: 'catatan',
    note: '',
    next: before && !before.decision ? before.next : null,
    decision: null,
  };
  const ordered = [...sop.steps];
  ordered.splice(index + 1, 0, fresh);
  const linked = renumber(sop, ordered);
  // The row before now leads into the new one (renumber left the new row's number at index + 2).
  const at = index + 1;
  return {
    ...linked,
    steps: linked.steps.map((s, i) => (i === index && !s.decision ? { ...s, next: at + 1 } : s)),
  };
}

export function updateStep(sop: SopDefinition, index: number, patch: Partial<SopStep>): SopDefinition {
  return { ...sop, steps: sop.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

function slug(label: string): string {
  return label.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'pelaksana';
}

export function addActor(sop: SopDefinition, label: string): SopDefinition {
  const base = slug(label);
  let key = base;
  for (let n = 2; sop.actors.some((a) => a.key === key); n++) key = `${base}-${n}`;
  const actor: SopActor = { key, label, kind: 'jabatan' };
  return { ...sop, actors: [...sop.actors, actor] };
}

/** Removes a column and its marks; a row left without an actor is reported by the validation. */
export function removeActor(sop: SopDefinition, key: string): SopDefinition {
  return {
    ...sop,
    actors: sop.actors.filter((a) => a.key !== key),
    steps: sop.steps.map((s) => ({ ...s, actors: s.actors.filter((k) => k !== key) })),
  };
}
