import { sopDefinitionSchema, type SopDefinition } from './sop-definition';
import { validateSopDefinition, type SopProblem } from './sop-validation';

export type SopCheckResult = { ok: true; definition: SopDefinition } | { ok: false; problems: SopProblem[] };

/** "Langkah 4" when the raw row carries its number, else "Baris ke-4" (its place in the table). */
function stepName(raw: unknown, index: number): string {
  const steps = (raw as { steps?: unknown } | null)?.steps;
  const no = Array.isArray(steps) ? (steps[index] as { no?: unknown } | undefined)?.no : undefined;
  return typeof no === 'number' && Number.isInteger(no) ? `Langkah ${no}` : `Baris ke-${index + 1}`;
}

/**
 * The one gate for an SOP coming from outside (an imported file, the editor): the schema,
 * then the rules between its parts. Messages name the step as the chart numbers it, so a
 * clerk fixing an imported file knows which row to look at.
 */
export function checkSopDefinition(raw: unknown): SopCheckResult {
  const parsed = sopDefinitionSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): SopProblem => {
      const path = issue.path.map(String).join('.');
      const [head, index] = issue.path;
      const where = head === 'steps' && typeof index === 'number' ? `${stepName(raw, index)}: ` : head === 'actors' && typeof index === 'number' ? `Pelaksana ke-${index + 1}: ` : '';
      return { path, message: `${where}${issue.message}` };
    });
    return { ok: false, problems };
  }
  const problems = validateSopDefinition(parsed.data);
  return problems.length === 0 ? { ok: true, definition: parsed.data } : { ok: false, problems };
}

/** The problems as one message for a clerk: the first, and how many more there are. */
export function summariseSopProblems(problems: readonly SopProblem[]): string {
  const first = problems[0]?.message ?? 'SOP tidak valid.';
  return problems.length > 1 ? `${first} (dan ${problems.length - 1} masalah lain)` : first;
}
