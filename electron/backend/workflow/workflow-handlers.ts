import { officeDayOf } from '../../../shared/time/indonesian-dates';
import { closeDisposition, completeStep, dispose, returnToStep } from '../../../shared/workflow/step-commands';
import { markRead, pauseRun, reopenRun, resumeRun, returnAbove } from '../../../shared/workflow/run-lifecycle-commands';
import type { RunEventOf } from '../../../shared/workflow/run-events';
import type { Handlers } from '../core/dispatcher';
import type { CallContext } from '../core/call-context';
import type { ActorMappingService } from './actor-mapping-service';
import { buildCaseWorkflow } from './case-view';
import type { TrayService } from './tray-service';
import type { WorkflowDocuments } from './workflow-documents';
import type { WorkflowRecords } from './workflow-records';
import type { WorkflowService } from './workflow-service';

type WorkflowHandlers = Pick<Handlers, Extract<keyof Handlers, `workflow.${string}`>>;

export interface WorkflowServices {
  runs: WorkflowService;
  mappings: ActorMappingService;
  tray: TrayService;
  records: WorkflowRecords;
  documents: WorkflowDocuments;
}

export function workflowHandlers(s: WorkflowServices): WorkflowHandlers {
  const view = (complaintId: number, ctx: CallContext) => buildCaseWorkflow(s.runs, s.records, complaintId, ctx);
  /** Runs a command, then answers with the case as the user now sees it. */
  const act = async (complaintId: number, ctx: CallContext, run: () => Promise<void>) => {
    await run();
    return view(complaintId, ctx);
  };
  const text = (input: { notes?: string | undefined }) => input.notes ?? '';

  return {
    'workflow.actorMapping': (input, ctx) => s.mappings.view(input.code, ctx.clock.now()),
    'workflow.saveActorMapping': (input, ctx) => s.mappings.save(input, ctx),
    'workflow.tray': (input, ctx) => s.tray.tray(input, ctx),
    'workflow.trayCounts': (_input, ctx) => s.tray.trayCounts(ctx),
    'workflow.case': (input, ctx) => view(input.complaintId, ctx),
    'workflow.startRun': (input, ctx) => act(input.complaintId, ctx, async () => void (await s.runs.startForComplaint(input.complaintId, ctx, { strict: true }))),
    'workflow.openTask': (input, ctx) =>
      act(input.complaintId, ctx, async () => {
        // Opening someone else's task (an administrator looking) reads it without marking it read.
        const loaded = await s.runs.require(input.complaintId);
        const user = await s.runs.runUser(ctx, loaded.sop.code, loaded.sop.definition);
        const result = markRead({ definition: loaded.sop.definition, events: loaded.events, user, at: ctx.clock.now() }, input);
        if (!result.ok && result.error.code === 'FORBIDDEN') return;
        await s.runs.apply(input.complaintId, ctx, (c) => markRead(c, input));
      }),
    'workflow.completeStep': (input, ctx) =>
      act(input.complaintId, ctx, () =>
        s.runs.apply(input.complaintId, ctx, (c) => completeStep(c, { ...input, notes: text(input) }), { asAdministrator: input.asAdministrator }),
      ),
    'workflow.dispose': (input, ctx) =>
      act(input.complaintId, ctx, async () => {
        const deadline = input.deadlineDay ? await s.runs.closeOfDay(input.deadlineDay) : null;
        const office = await s.runs.settings.office();
        await s.runs.apply(
          input.complaintId,
          ctx,
          (c) => dispose(c, { ...input, notes: text(input), deadline, recipients: input.recipients }),
          {
            asAdministrator: input.asAdministrator,
            after: async (trx, loaded, added, state) => {
              const event = added.find((e): e is RunEventOf<'disposed'> => e.type === 'disposed');
              if (!event) return;
              const dues = state.openTasks.filter((t) => t.stepNo === event.toStepNo && t.recipientPositionId !== null).map((t) => t.dueAt).filter((d): d is string => !!d).sort();
              const mapping = await s.runs.repo.mapping(loaded.sop.code, trx);
              const user = ctx.user;
              const held = (mapping.get(event.actorKey) ?? []).find((p) => user?.positionIds.includes(p)) ?? mapping.get(event.actorKey)?.[0];
              const [position] = held ? await s.runs.repo.positionOptions(officeDayOf(event.at, office.timeZone), [held], trx) : [];
              await s.records.addDisposition(trx, {
                runId: loaded.run.id,
                complaintId: input.complaintId,
                stepNo: event.stepNo,
                urgency: event.urgency,
                instructions: input.instructions,
                otherInstruction: input.otherInstruction,
                note: input.note,
                recipients: event.recipients,
                deadlineDay: input.deadlineDay ?? null,
                dueAt: dues[0] ?? null,
                disposer: { userId: user?.id ?? 0, name: user?.name ?? ctx.actor, position: position?.title ?? '' },
                at: event.at,
              });
            },
          },
        );
      }),
    'workflow.returnToStep': (input, ctx) =>
      act(input.complaintId, ctx, () =>
        s.runs.apply(input.complaintId, ctx, (c) => returnToStep(c, { ...input, notes: text(input) }), { asAdministrator: input.asAdministrator }),
      ),
    'workflow.closeDisposition': (input, ctx) =>
      act(input.complaintId, ctx, () => s.runs.apply(input.complaintId, ctx, (c) => closeDisposition(c, { ...input, notes: text(input) }))),
    'workflow.returnAbove': (input, ctx) =>
      act(input.complaintId, ctx, () => s.runs.apply(input.complaintId, ctx, (c) => returnAbove(c, input), { asAdministrator: input.asAdministrator })),
    'workflow.pause': (input, ctx) => act(input.complaintId, ctx, () => s.runs.apply(input.complaintId, ctx, (c) => pauseRun(c, input))),
    'workflow.resume': (input, ctx) => act(input.complaintId, ctx, () => s.runs.apply(input.complaintId, ctx, (c) => resumeRun(c))),
    'workflow.reopen': (input, ctx) => act(input.complaintId, ctx, () => s.runs.apply(input.complaintId, ctx, (c) => reopenRun(c, input))),
    'workflow.saveTelaah': (input, ctx) => s.records.saveTelaah(s.runs, input, ctx),
    'workflow.saveTeam': (input, ctx) => s.records.saveTeam(s.runs, input, ctx),
    'workflow.printDisposition': (input, ctx) => s.documents.disposition(input, ctx),
    'workflow.printBlankDisposition': (input, ctx) => s.documents.blankDisposition(input.paper, ctx),
    'workflow.printTeamDecree': (input, ctx) => s.documents.teamDecree(input, ctx),
    'workflow.printCaseChart': (input, ctx) => s.documents.caseChart(input, ctx),
    'workflow.dashboard': (input, ctx) => s.tray.dashboard(input, ctx),
  };
}
