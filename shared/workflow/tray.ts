import type { Channel, ComplaintStatus } from '../complaints/complaint-enums';
import type { ActorKind, StepOutputKind } from '../sop/sop-definition';
import type { DispositionInstruction, DispositionUrgency } from './disposition-fields';
import type { LaporClock } from './lapor-clocks';
import type { RunState } from './run-state';
import type { ComplianceFigures } from './step-compliance';

/**
 * What the `workflow.*` calls return: the tray of a position, one complaint's run with
 * what the signed-in user may do on it, the records a step produces (lembar disposisi,
 * telaah, SK Tim), the actor mapping of an SOP and the dashboard. Instants are ISO
 * strings; office days 'YYYY-MM-DD'.
 */

/**
 * The four boxes of a paper tray. `masuk`: work waiting for the position; `dikembalikan`:
 * work waiting that came BACK to the position with a reason (fix and send on);
 * `diteruskan`: steps the position finished while the matter still runs elsewhere;
 * `selesai`: steps the position finished of matters whose run has ended.
 */
export const TRAY_BOXES = ['masuk', 'dikembalikan', 'diteruskan', 'selesai'] as const;
export type TrayBox = (typeof TRAY_BOXES)[number];
export const TRAY_BOX_LABELS: Record<TrayBox, string> = {
  masuk: 'Masuk',
  dikembalikan: 'Dikembalikan',
  diteruskan: 'Diteruskan',
  selesai: 'Selesai',
};

/** Counts of the done boxes stop here (shown as "1000+"): counting a busy position's years of work costs too much. */
export const TRAY_COUNT_CAP = 1000;

/** The numbers on the tray's tabs, over every position the user holds (or the one chosen). */
export interface TrayCounts {
  masuk: number;
  /** Of `masuk` and `dikembalikan`: not opened yet. */
  unread: number;
  dikembalikan: number;
  diteruskan: number;
  selesai: number;
  /** Of the waiting work: past its due time. */
  overdue: number;
}

/** A position as lists and pickers show it. */
export interface PositionOption {
  positionId: number;
  title: string;
  shortTitle: string;
  unitId: number;
  unitName: string;
  /** Who acts in it today (Plt./Plh. first); null while vacant. */
  holderName: string | null;
}

/** One row of a tray. */
export interface TrayItem {
  taskId: number;
  complaintId: number;
  registerNumber: string;
  subject: string;
  channel: Channel;
  complaintStatus: ComplaintStatus;
  sopCode: string;
  stepNo: number;
  activity: string;
  actorLabel: string;
  /** The position whose tray this row is in. */
  positionId: number;
  positionShortTitle: string;
  box: TrayBox;
  receivedAt: string;
  readAt: string | null;
  dueAt: string | null;
  doneAt: string | null;
  overdue: boolean;
  /**
   * Working minutes past the due time, by the office calendar (the tray says "terlambat
   * 2 jam kerja"); absent or 0 when on time. Added by the screens' helper (W2): optional
   * so the tray still shows "terlambat" when the backend leaves it out.
   */
  lateWorkingMinutes?: number;
  urgency: DispositionUrgency | null;
  /** Why the matter came back (box `dikembalikan`), or why this position sent it back (done boxes). */
  reason: string | null;
  /** Done boxes: "Diteruskan ke langkah 4", "Dikembalikan ke langkah 2", "Didisposisikan ke Kabid Koperasi". */
  outcomeText: string | null;
  /** The run's clock is stopped (waiting for the complainant). */
  paused: boolean;
}

export interface TrayPage {
  counts: TrayCounts;
  items: TrayItem[];
  /** Rows of this box (filters applied), capped at TRAY_COUNT_CAP for the done boxes. */
  total: number;
  page: number;
  pageSize: number;
  /** The positions the tray covers: the user's own (an administrator may look at any). */
  positions: PositionOption[];
}

/** A decision of a step as the action panel offers it. */
export interface ActionDecision {
  question: string;
  options: { key: string; label: string; isReturn: boolean; goTo: number | null }[];
}

/** Something the signed-in user can do now on one open task of the run. */
export interface TaskAction {
  stepNo: number;
  /** The recipient part this action is on (a disposed step); null for the step as a whole. */
  positionId: number | null;
  activity: string;
  actorLabel: string;
  inputs: string;
  output: string;
  outputKind: StepOutputKind;
  dueAt: string | null;
  overdue: boolean;
  /**
   * Working minutes past the due time, by the office calendar (the tray says "terlambat
   * 2 jam kerja"); absent or 0 when on time. Added by the screens' helper (W2): optional
   * so the tray still shows "terlambat" when the backend leaves it out.
   */
  lateWorkingMinutes?: number;
  read: boolean;
  decision: ActionDecision | null;
  /** The step produces a lembar disposisi: finish it with `workflow.dispose`. */
  canDispose: boolean;
  /** Positions of the next step's actor, offered as recipients of the disposition. */
  dispositionRecipients: PositionOption[];
  /** Steps already done in this run that the matter can be sent back to. */
  returnTargets: { stepNo: number; activity: string }[];
  /** A `publik` step recorded by the desk for the complainant. */
  onBehalfOfPublic: boolean;
  /** The user is an administrator who does not hold the position: recorded as "dicatat oleh administrator". */
  asAdministrator: boolean;
  returnedFrom: { stepNo: number; reason: string; at: string } | null;
}

/** A disposed step still open at some recipients: its disposer may close it early. */
export interface ClosableDisposition {
  stepNo: number;
  openRecipients: string[];
  decision: ActionDecision | null;
}

/** One saved lembar disposisi. */
export interface DispositionRecord {
  id: number;
  stepNo: number;
  urgency: DispositionUrgency;
  instructions: DispositionInstruction[];
  otherInstruction: string;
  note: string;
  /** The deadline the run uses for the recipients (written on the slip, or from sifat / the standard time). */
  dueAt: string | null;
  /** The deadline the official wrote on the slip, an office day; null when left to sifat / standard time. */
  deadlineDay: string | null;
  recipients: PositionOption[];
  disposedBy: { userId: number; name: string; position: string };
  disposedAt: string;
}

export interface TelaahChecklistItem {
  label: string;
  present: boolean;
  note: string;
}

/** Telaah (a staff study of the complaint): completeness, analysis, recommendation and the leader's decision. */
export interface TelaahRecord {
  id: number;
  stepNo: number;
  checklist: TelaahChecklistItem[];
  analysis: string;
  recommendation: string;
  decision: string;
  savedBy: string;
  savedAt: string;
}

export const TEAM_MEMBER_ROLES = ['penanggung-jawab', 'ketua', 'sekretaris', 'anggota'] as const;
export type TeamMemberRole = (typeof TEAM_MEMBER_ROLES)[number];
export const TEAM_MEMBER_ROLE_LABELS: Record<TeamMemberRole, string> = {
  'penanggung-jawab': 'Penanggung Jawab',
  ketua: 'Ketua',
  sekretaris: 'Sekretaris',
  anggota: 'Anggota',
};

export interface TeamMemberRecord {
  /** The member's position in the office, when picked from the chart; null for a name typed in. */
  positionId: number | null;
  name: string;
  nip: string;
  position: string;
  role: TeamMemberRole;
}

/** An SK Tim (seed 004 step 6). */
export interface TeamRecord {
  id: number;
  stepNo: number;
  number: string;
  subject: string;
  considerations: string[];
  tasks: string[];
  term: { from: string; to: string };
  decidedOn: string;
  signer: { positionId: number; position: string; name: string; nip: string; rank: string };
  members: TeamMemberRecord[];
  copiesTo: string[];
  savedBy: string;
  savedAt: string;
}

/** A step of the complaint's SOP as the case page lists it. */
export interface WorkflowStepView {
  no: number;
  activity: string;
  actorLabel: string;
  /** "3 hari kerja", "2 jam"; '' without a standard time. */
  standardTime: string;
  output: string;
  state: 'selesai' | 'berjalan' | 'belum';
}

export interface WorkflowHistoryEntry {
  at: string;
  /** "Didisposisikan kepada Kabid Koperasi, Kabid UKM (Segera)". */
  text: string;
  by: string;
}

/** One complaint's run, for the case page and the tray's detail pane. */
export interface CaseWorkflow {
  complaintId: number;
  registerNumber: string;
  subject: string;
  status: ComplaintStatus;
  /** Null: the complaint runs no SOP (settled at the counter, or registered before one was chosen). */
  run: {
    runId: number;
    sopCode: string;
    sopTitle: string;
    sopVersion: number;
    sopVersionId: number;
    state: RunState;
  } | null;
  steps: WorkflowStepView[];
  actions: TaskAction[];
  closable: ClosableDisposition[];
  canPause: boolean;
  canResume: boolean;
  canReopen: boolean;
  dispositions: DispositionRecord[];
  telaah: TelaahRecord[];
  teams: TeamRecord[];
  history: WorkflowHistoryEntry[];
  /** Only for complaints that came through SP4N-LAPOR!. */
  laporClocks: LaporClock[] | null;
}

/** An SOP's actor columns and the office positions each stands for. */
export interface ActorMappingView {
  code: string;
  title: string;
  versionId: number;
  version: number;
  actors: {
    key: string;
    label: string;
    kind: ActorKind;
    positionIds: number[];
    /** `jabatan` actors must be mapped; a `publik` actor may be (who records for the complainant). */
    required: boolean;
  }[];
  /** Every active position of the office, to choose from. */
  positions: PositionOption[];
  complete: boolean;
  /** Labels of the `jabatan` actors still without a position. */
  missing: string[];
}

/** A waiting task on the dashboard. */
export interface DashboardTask {
  taskId: number;
  complaintId: number;
  registerNumber: string;
  subject: string;
  stepNo: number;
  activity: string;
  positionShortTitle: string;
  unitName: string;
  dueAt: string;
  /** Minutes past due (0 when not yet). */
  lateMinutes: number;
  /** The same in working minutes, as the tray says it ("terlambat 2 jam kerja"). */
  lateWorkingMinutes?: number;
}

export interface UnitCompliance extends ComplianceFigures {
  unitId: number;
  unitName: string;
  /** Work waiting in the unit's positions now, and of it past due. */
  waiting: number;
  overdue: number;
}

export interface StepCompliance extends ComplianceFigures {
  sopCode: string;
  stepNo: number;
  activity: string;
}

export interface WorkflowDashboard {
  /** The office day the figures are for. */
  today: string;
  dueToday: number;
  overdue: number;
  /** The first due today, earliest first (at most 20). */
  dueTodayTasks: DashboardTask[];
  /** The most overdue first (at most 20). */
  overdueTasks: DashboardTask[];
  /** Steps done in the period, office days inclusive. */
  period: { from: string; to: string };
  perUnit: UnitCompliance[];
  perStep: StepCompliance[];
}
