import type { SopDefinition, SopStep } from './sop-definition';

/**
 * The rules of an SOP that its zod schema cannot express, because they relate one part
 * of the table to another: step numbers, arrows (`next`, decision targets) and actor
 * columns must agree, and every step must lie on a path from the first step to the end.
 * An SOP that breaks one would strand a complaint in the engine, so it is refused on save
 * and on import, with a message that names the step the way the printed chart numbers it.
 */

export interface SopProblem {
  /** Where the problem is, as a path into the definition ("steps.3.next"); '' for the whole SOP. */
  path: string;
  /** One sentence in Bahasa Indonesia naming the step ("Langkah 4: …"). */
  message: string;
}

/** The steps a step can lead to; null stands for "the procedure ends here". */
export function stepTargets(step: SopStep): (number | null)[] {
  return step.decision ? step.decision.options.map((o) => o.goTo) : [step.next];
}

function duplicates<T>(values: readonly T[]): Set<T> {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return twice;
}

function checkColumnsAndArrows(sop: SopDefinition, problems: SopProblem[]): void {
  for (const key of duplicates(sop.actors.map((a) => a.key))) {
    problems.push({ path: 'actors', message: `Kode pelaksana "${key}" dipakai lebih dari sekali.` });
  }
  for (const no of duplicates(sop.steps.map((s) => s.no))) {
    problems.push({ path: 'steps', message: `Nomor langkah ${no} dipakai lebih dari sekali.` });
  }
  const actorKeys = new Set(sop.actors.map((a) => a.key));
  const stepNos = new Set(sop.steps.map((s) => s.no));

  sop.steps.forEach((step, i) => {
    const at = `Langkah ${step.no}`;
    for (const key of step.actors) {
      if (!actorKeys.has(key)) problems.push({ path: `steps.${i}.actors`, message: `${at}: pelaksana "${key}" tidak ada di kolom pelaksana SOP.` });
    }
    for (const key of duplicates(step.actors)) {
      problems.push({ path: `steps.${i}.actors`, message: `${at}: pelaksana "${key}" disebut dua kali.` });
    }
    if (!step.decision) {
      if (step.next !== null && !stepNos.has(step.next)) {
        problems.push({ path: `steps.${i}.next`, message: `${at}: langkah berikutnya (${step.next}) tidak ada.` });
      }
      if (step.next === step.no) problems.push({ path: `steps.${i}.next`, message: `${at}: langkah berikutnya tidak boleh langkah itu sendiri.` });
      return;
    }
    for (const key of duplicates(step.decision.options.map((o) => o.key))) {
      problems.push({ path: `steps.${i}.decision.options`, message: `${at}: kode pilihan keputusan "${key}" dipakai lebih dari sekali.` });
    }
    step.decision.options.forEach((option, j) => {
      if (option.goTo !== null && !stepNos.has(option.goTo)) {
        problems.push({
          path: `steps.${i}.decision.options.${j}.goTo`,
          message: `${at}: pilihan "${option.label}" menuju langkah ${option.goTo} yang tidak ada.`,
        });
      }
      if (option.isReturn && option.goTo === null) {
        problems.push({
          path: `steps.${i}.decision.options.${j}.goTo`,
          message: `${at}: pilihan "${option.label}" adalah pengembalian, jadi harus menuju langkah sebelumnya.`,
        });
      }
    });
  });
}

/**
 * Reachability over the arrows: every step reachable from the first row of the table
 * (where a complaint enters), the end reachable from the first step, and no step from
 * which the end can never be reached (a loop with no way out).
 */
function checkPaths(sop: SopDefinition, problems: SopProblem[]): void {
  const byNo = new Map(sop.steps.map((s) => [s.no, s]));
  const first = sop.steps[0];
  if (!first) return;

  const reached = new Set<number>([first.no]);
  const queue = [first.no];
  while (queue.length > 0) {
    const step = byNo.get(queue.shift()!);
    for (const target of step ? stepTargets(step) : []) {
      if (target !== null && byNo.has(target) && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  sop.steps.forEach((step, i) => {
    if (!reached.has(step.no)) {
      problems.push({ path: `steps.${i}`, message: `Langkah ${step.no} tidak pernah dicapai dari langkah pertama (${first.no}).` });
    }
  });

  // Steps that can reach the end, grown backwards from the steps that end the procedure.
  const ending = new Set(sop.steps.filter((s) => stepTargets(s).includes(null)).map((s) => s.no));
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of sop.steps) {
      if (!ending.has(step.no) && stepTargets(step).some((t) => t !== null && ending.has(t))) {
        ending.add(step.no);
        grew = true;
      }
    }
  }
  if (!ending.has(first.no)) {
    problems.push({ path: 'steps', message: 'Tidak ada jalan dari langkah pertama sampai akhir prosedur: tandai langkah terakhir dengan "selesai".' });
    return;
  }
  sop.steps.forEach((step, i) => {
    if (reached.has(step.no) && !ending.has(step.no)) {
      problems.push({ path: `steps.${i}`, message: `Langkah ${step.no}: dari langkah ini perkara tidak pernah sampai ke akhir prosedur.` });
    }
  });
}

/** Every problem of a schema-valid SOP; an empty list means the engine can run it. */
export function validateSopDefinition(sop: SopDefinition): SopProblem[] {
  const problems: SopProblem[] = [];
  checkColumnsAndArrows(sop, problems);
  // Paths over broken arrows would only repeat the same fault in other words.
  if (problems.length === 0) checkPaths(sop, problems);
  return problems;
}
