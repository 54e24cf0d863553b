import type { DecisionOption, SopActor, SopDefinition, SopStep } from '../sop/sop-definition';

/** Looking things up in an SOP definition: steps by number, actors by key, where an answer leads. */

export const findStep = (definition: SopDefinition, no: number): SopStep | undefined =>
  definition.steps.find((s) => s.no === no);

export const findActor = (definition: SopDefinition, key: string): SopActor | undefined =>
  definition.actors.find((a) => a.key === key);

/** The step a run starts at unless told otherwise: the first row of the table. */
export const firstStep = (definition: SopDefinition): SopStep => {
  const step = definition.steps[0];
  if (!step) throw new Error('SOP tanpa langkah.');
  return step;
};

/** The actor who acts on a step: the first actor column marked on its row. */
export const actingActor = (definition: SopDefinition, step: SopStep): SopActor | undefined =>
  findActor(definition, step.actors[0] ?? '');

export const actorLabel = (definition: SopDefinition, key: string): string => findActor(definition, key)?.label ?? key;

export type Route =
  | { ok: true; toStepNo: number | null; option: DecisionOption | null }
  | { ok: false; message: string };

/**
 * Where a step leads: its decision's chosen answer, or `next` when it has no decision.
 * A decision without an answer is refused rather than guessed.
 */
export function routeAfter(step: SopStep, optionKey: string | null | undefined): Route {
  if (!step.decision) {
    if (optionKey) return { ok: false, message: `Langkah ${step.no} tidak memiliki keputusan untuk dipilih.` };
    return { ok: true, toStepNo: step.next, option: null };
  }
  if (!optionKey) {
    const labels = step.decision.options.map((o) => `"${o.label}"`).join(' atau ');
    return { ok: false, message: `Pilih keputusan langkah ${step.no} (${step.decision.question}): ${labels}.` };
  }
  const option = step.decision.options.find((o) => o.key === optionKey);
  if (!option) return { ok: false, message: `Pilihan keputusan "${optionKey}" tidak ada pada langkah ${step.no}.` };
  return { ok: true, toStepNo: option.goTo, option };
}

/**
 * Every (step, answer) pair of the SOP, for tests and for checking an edited SOP: each
 * answer must lead to a step that exists.
 */
export function danglingRoutes(definition: SopDefinition): string[] {
  const problems: string[] = [];
  const exists = (no: number | null) => no === null || definition.steps.some((s) => s.no === no);
  for (const step of definition.steps) {
    if (!step.decision && !exists(step.next)) problems.push(`Langkah ${step.no}: langkah berikutnya ${step.next} tidak ada.`);
    for (const option of step.decision?.options ?? []) {
      if (!exists(option.goTo)) problems.push(`Langkah ${step.no}, pilihan "${option.label}": langkah ${option.goTo} tidak ada.`);
    }
  }
  return problems;
}
