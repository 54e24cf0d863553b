import type { ComplaintStatus } from '../../../shared/complaints/complaint-enums';
import { formatStandardTime } from '../../../shared/sop/sop-diff';
import type { SopDefinition, SopStep } from '../../../shared/sop/sop-definition';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import { deriveRunState } from '../../../shared/workflow/derive-run-state';
import { laporClocks, laporMilestonesFromRun } from '../../../shared/workflow/lapor-clocks';
import { checkRunning, findActing, isStaffOfSop, type CommandContext, type RunUser } from '../../../shared/workflow/run-command-guards';
import type { RunEventOf } from '../../../shared/workflow/run-events';
import type { OpenTask } from '../../../shared/workflow/run-state';
import { actorLabel, findActor, findStep } from '../../../shared/workflow/sop-navigation';
import type { ActionDecision, CaseWorkflow, ClosableDisposition, TaskAction } from '../../../shared/workflow/tray';
import { notFound } from '../core/app-error';
import { signedInUser, type CallContext } from '../core/call-context';
import { runHistory } from './run-history';
import type { WorkflowRecords } from './workflow-records';
import type { LoadedRun, WorkflowService } from './workflow-service';

const decisionOf = (step: SopStep): ActionDecision | null =>
  step.decision
    ? { question: step.decision.question, options: step.decision.options.map((o) => ({ key: o.key, label: o.label, isReturn: o.isReturn, goTo: o.goTo })) }
    : null;

/** The steps a disposition at `step` may lead to, and so whose positions receive it. */
const nextSteps = (definition: SopDefinition, step: SopStep): SopStep[] =>
  [step.next, ...(step.decision?.options.filter((o) => !o.isReturn).map((o) => o.goTo) ?? [])]
    .filter((n): n is number => n !== null)
    .map((n) => findStep(definition, n))
    .filter((s): s is SopStep => !!s);

/** One complaint's run with what the signed-in user may do on it now. */
export async function buildCaseWorkflow(svc: WorkflowService, records: WorkflowRecords, complaintId: number, ctx: CallContext): Promise<CaseWorkflow> {
  const complaint = await svc.db
    .selectFrom('complaints')
    .select(['id', 'register_number', 'subject', 'status', 'channel', 'received_at'])
    .where('id', '=', complaintId)
    .executeTakeFirst();
  if (!complaint) throw notFound('Pengaduan');
  const base: CaseWorkflow = {
    complaintId,
    registerNumber: complaint.register_number,
    subject: complaint.subject,
    status: complaint.status as ComplaintStatus,
    run: null,
    steps: [],
    actions: [],
    closable: [],
    canPause: false,
    canResume: false,
    canReopen: false,
    dispositions: [],
    telaah: [],
    teams: [],
    history: [],
    laporClocks: null,
  };
  const loaded = await svc.load(complaintId);
  if (!loaded) return base;

  const now = ctx.clock.now();
  const zone = (await svc.settings.office()).timeZone;
  const day = officeDayOf(now, zone);
  const calculator = await svc.dueTimes();
  const { definition } = loaded.sop;
  const mapping = await svc.repo.mapping(loaded.sop.code);
  const recipientIds = loaded.events.flatMap((e) => (e.type === 'disposed' ? e.recipients : []));
  const options = await svc.repo.positionOptions(day, [...new Set([...[...mapping.values()].flat(), ...recipientIds])]);
  const optionById = new Map(options.map((o) => [o.positionId, o]));
  const positionName = (id: number) => optionById.get(id)?.shortTitle;
  const state = deriveRunState(definition, loaded.events, calculator, { zone, now, positionName });

  const user = signedInUser(ctx);
  const runUser = await svc.runUser(ctx, loaded.sop.code, definition);
  const adminUser: RunUser | null = user.isAdmin ? await svc.runUser(ctx, loaded.sop.code, definition, true) : null;
  const commandCtx = (u: RunUser): CommandContext => ({ definition, events: loaded.events, user: u, at: now });

  const actions: TaskAction[] = [];
  const running = checkRunning(commandCtx(runUser), { allowPaused: true });
  if (running.ok) {
    for (const task of state.openTasks) {
      const action = actionFor(task, runUser, false) ?? (adminUser ? actionFor(task, adminUser, true) : null);
      if (action) actions.push(action);
    }
  }
  for (const action of actions) {
    if (action.overdue) action.lateWorkingMinutes = await svc.lateWorkingMinutes(action.dueAt, now);
  }
  function actionFor(task: OpenTask, u: RunUser, asAdministrator: boolean): TaskAction | null {
    if (!running.ok) return null;
    const acting = findActing(commandCtx(u), running.value, task.stepNo, task.recipientPositionId);
    if (!acting.ok) return null;
    const step = acting.value.step;
    const recipients = step.outputKind === 'disposisi'
      ? [...new Set(nextSteps(definition, step).flatMap((s) => s.actors.flatMap((k) => (findActor(definition, k)?.kind === 'jabatan' ? (mapping.get(k) ?? []) : []))))]
      : [];
    const doneNos = [...new Set(state.doneSteps.map((d) => d.stepNo))].filter((n) => n !== step.no).sort((a, b) => a - b);
    return {
      stepNo: task.stepNo,
      positionId: task.recipientPositionId,
      activity: task.activity,
      actorLabel: task.actorLabel,
      inputs: step.inputs,
      output: step.output,
      outputKind: step.outputKind,
      dueAt: task.dueAt,
      overdue: task.overdue,
      read: task.read,
      decision: decisionOf(step),
      canDispose: step.outputKind === 'disposisi' && acting.value.otherParts.length === 0,
      dispositionRecipients: recipients.map((id) => optionById.get(id)).filter((o) => !!o),
      returnTargets: doneNos.map((n) => ({ stepNo: n, activity: findStep(definition, n)?.activity ?? '' })),
      onBehalfOfPublic: acting.value.onBehalfOfPublic,
      asAdministrator,
      returnedFrom: task.returnedFrom,
    };
  }

  const closable: ClosableDisposition[] = [];
  const partSteps = [...new Set(state.openTasks.filter((t) => t.recipientPositionId !== null).map((t) => t.stepNo))];
  for (const stepNo of partSteps) {
    const disposal = [...loaded.events].reverse().find((e): e is RunEventOf<'disposed'> => e.type === 'disposed' && e.toStepNo === stepNo);
    const disposerActors = disposal ? (findStep(definition, disposal.stepNo)?.actors ?? []) : [];
    const step = findStep(definition, stepNo);
    const open = state.openTasks.filter((t) => t.stepNo === stepNo && t.recipientPositionId !== null);
    if (step && open.length > 1 && disposerActors.some((k) => runUser.actorKeys.includes(k))) {
      closable.push({ stepNo, openRecipients: open.map((t) => positionName(t.recipientPositionId as number) ?? ''), decision: decisionOf(step) });
    }
  }

  const staff = isStaffOfSop(commandCtx(runUser));
  const lapor = complaint.channel === 'lapor'
    ? laporClocks(laporMilestonesFromRun(definition, loaded.events, {}, complaint.received_at), calculator, now)
    : null;
  const [dispositions, telaah, teams] = await Promise.all([records.dispositions(complaintId, day), records.telaah(complaintId), records.teams(complaintId)]);
  return {
    ...base,
    run: { runId: loaded.run.id, sopCode: loaded.sop.code, sopTitle: loaded.sop.title, sopVersion: loaded.sop.version, sopVersionId: loaded.run.sop_version_id, state },
    steps: definition.steps.map((s) => ({
      no: s.no,
      activity: s.activity,
      actorLabel: actorLabel(definition, s.actors[0] ?? ''),
      standardTime: s.standardTime ? formatStandardTime(s.standardTime) : '',
      output: s.output,
      state: state.chart.currentStepNos.includes(s.no) ? 'berjalan' : state.chart.doneStepNos.includes(s.no) ? 'selesai' : 'belum',
    })),
    actions,
    closable,
    canPause: staff && !state.finished && !state.openPause,
    canResume: staff && !state.finished && !!state.openPause,
    canReopen: staff && state.finished,
    dispositions,
    telaah,
    teams,
    history: runHistory(definition, loaded.sop.title, loaded.events, (id) => positionName(id) ?? `jabatan ${id}`),
    laporClocks: lapor,
  };
}

export type { LoadedRun };
