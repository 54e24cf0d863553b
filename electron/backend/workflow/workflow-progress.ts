import type { ComplaintProgress } from '../../../shared/complaints/complaint';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import { activityClause } from '../../../shared/workflow/run-status-sentence';
import { runHistory } from './run-history';
import type { WorkflowService } from './workflow-service';

/**
 * The progress desk (seed 000) with an SOP run: the plain sentence of where it stands,
 * who holds it (the positions of the open step), the next step and its due time, and the
 * run's history in the timeline. Null when the complaint runs no SOP.
 */
export async function workflowProgress(svc: WorkflowService, complaintId: number, now: Date): Promise<Partial<ComplaintProgress> | null> {
  const loaded = await svc.load(complaintId);
  if (!loaded) return null;
  const zone = (await svc.settings.office()).timeZone;
  const { definition } = loaded.sop;
  const mapping = await svc.repo.mapping(loaded.sop.code);
  const recipients = loaded.events.flatMap((e) => (e.type === 'disposed' ? e.recipients : []));
  const options = await svc.repo.positionOptions(officeDayOf(now, zone), [...new Set([...[...mapping.values()].flat(), ...recipients])]);
  const name = (id: number) => options.find((o) => o.positionId === id)?.title;
  const state = deriveRunState(definition, loaded.events, await svc.dueTimes(), { zone, now, positionName: name });
  const holders = state.openTasks.map((t) =>
    t.recipientPositionId !== null ? (name(t.recipientPositionId) ?? t.actorLabel) : (mapping.get(t.actorKey) ?? []).map(name).filter(Boolean).join(', ') || t.actorLabel,
  );
  const dues = state.openTasks.map((t) => t.dueAt).filter((d): d is string => d !== null).sort();
  const first = state.openTasks[0];
  return {
    statusText: state.sentence,
    holder: [...new Set(holders)].join('; ') || '—',
    nextStep: first ? `Langkah ${first.stepNo}: ${activityClause(first.activity)}` : 'Tidak ada',
    dueAt: dues[0] ?? null,
    overdue: state.openTasks.some((t) => t.overdue),
    // The complainant sees what happened to the matter, not who opened which task.
    timeline: runHistory(definition, loaded.sop.title, loaded.events, (id) => name(id) ?? `jabatan ${id}`)
      .filter((_, i) => loaded.events[i]?.type !== 'task-read')
      .map((h) => ({ at: h.at, text: h.text })),
  };
}
