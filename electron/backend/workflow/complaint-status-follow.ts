import type { ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import type { SopDefinition, StepOutputKind } from '../../../shared/sop/sop-definition';
import type { RunState } from '../../../shared/workflow/run-state';
import { findStep } from '../../../shared/workflow/sop-navigation';

/**
 * The register's status follows the run, so the register, the counter and SP4N-LAPOR!
 * reports keep speaking one language:
 * - `diterima` while only the intake (and the complainant's own step) is done;
 * - `diverifikasi` once a staff member has finished a step (the matter was checked);
 * - `diproses` once a step producing a disposition, telaah, nota dinas, draft reply or
 *   SK Tim is done — the matter is being worked on;
 * - `dijawab` once the answer has been delivered (`penyampaian-jawaban`);
 * - `selesai` when the run ends; `bukan_kewenangan` when it was returned to the level above.
 * It never moves back while the run goes on (a return inside the SOP is still "diproses"),
 * except that reopening a finished run puts it back to at least `diproses`. A complaint
 * closed or refused by hand (`ditutup`, `ditolak`) is left alone.
 */
const RANK: Partial<Record<ComplaintStatus, number>> = { diterima: 0, diverifikasi: 1, diproses: 2, dijawab: 3, selesai: 4 };
const WORKING_OUTPUTS = new Set<StepOutputKind>(['disposisi', 'telaah', 'nota-dinas', 'surat-jawaban', 'sk-tim']);

export function statusForRun(definition: SopDefinition, state: RunState, current: ComplaintStatus): ComplaintStatus {
  if (current === 'ditutup' || current === 'ditolak') return current;
  if (state.ending?.kind === 'bukan-kewenangan') return 'bukan_kewenangan';
  if (state.ending) return 'selesai';
  let target = 0;
  for (const done of state.doneSteps) {
    if (done.performedBy.userId === null || done.onBehalfOfPublic) continue;
    const kind = findStep(definition, done.stepNo)?.outputKind;
    const rank = kind === 'penyampaian-jawaban' ? 3 : kind && WORKING_OUTPUTS.has(kind) ? 2 : 1;
    target = Math.max(target, rank);
  }
  const currentRank = RANK[current];
  // Reopened (was selesai / bukan kewenangan, runs again): back to work.
  if (currentRank === undefined || current === 'selesai') target = Math.max(target, 2);
  else target = Math.max(target, currentRank);
  return (Object.keys(RANK) as ComplaintStatus[]).find((s) => RANK[s] === target) ?? current;
}
