import { z } from '../validation/zod-indonesian';
import type { AppInfo } from '../app/app-info';
import type { GuestListPage, GuestTodayPage, GuestVisit, GuestVisitHistoryEntry, KnownVisitor } from '../guests/guest-visit';
import {
  cancelGuestSchema,
  checkOutGuestSchema,
  guestBookExportSchema,
  guestBookPrintSchema,
  guestFieldsSchema,
  lookupVisitorSchema,
  searchGuestsSchema,
  updateGuestSchema,
  visitIdSchema,
} from '../guests/guest-schemas';
import { officeSettingsSchema, type OfficeSettings } from '../office/office-settings';
import { documentSettingsSchema, type DocumentSettings } from '../office/document-settings';
import type { AccountSettings, AccountsStatus, AccountSummary, SessionInfo, SignedIn } from '../accounts/account';
import {
  accountSettingsSchema,
  resetPasswordSchema,
  saveAccountSchema,
  setupAdminSchema,
  signInSchema,
  unlockSchema,
} from '../accounts/account-schemas';
import type { OrgChart, OrgPosition, OrgUnit, PositionHolder } from '../organisation/organisation';
import { deleteHolderSchema, orgChartSchema, saveHolderSchema, savePositionSchema, saveUnitSchema } from '../organisation/organisation-schemas';
import { holidaySaveSchema, workingHoursSettingsSchema, type WorkingHoursSettings } from '../time/calendar-settings';
import { calendarYearSchema, holidayIdSchema, previewDueSchema, type CalendarYearView, type DuePreview } from '../time/calendar-view';
import type { FileDownload } from './file-download';
import { call, none, type CallSpec } from './call-spec';
import { letterCalls } from './letter-calls';
import { printingCalls } from './printing-calls';
import { scannerCalls } from './scanner-calls';
import { archiveCalls } from './archive-calls';
import { MAX_ENVELOPE_BYTES } from './call-result';
import type {
  Complainant,
  ComplaintCategory,
  ComplaintDetail,
  ComplaintListPage,
  ComplaintCount,
  ComplaintProgress,
  ComplaintSearchHit,
  ConsultationNote,
  DuplicateCandidate,
  RegisterNumbering,
} from '../complaints/complaint';
import {
  MAX_ATTACHMENT_BYTES,
  categorySaveSchema,
  changeStatusSchema,
  complaintExportSchema,
  complaintIdSchema,
  complaintIntakeSchema,
  complaintCountSchema,
  complaintListSchema,
  consultationSchema,
  duplicateQuerySchema,
  findComplaintSchema,
  linkComplaintsSchema,
  mergeComplaintsSchema,
  numberingSchema,
  revealIdentitySchema,
  uploadAttachmentSchema,
} from '../complaints/complaint-schemas';

import type { SopListing, SopAssignment, SopVersion, SopVersionSummary } from '../sop/sop-records';
import {
  importSopSchema,
  installPresetSchema,
  printSopChartSchema,
  saveSopSchema,
  sopAssignmentSchema,
  sopCodeSchema,
  sopVersionIdSchema,
} from '../sop/sop-schemas';
import type { ActorMappingView, CaseWorkflow, TeamRecord, TelaahRecord, TrayCounts, TrayPage, WorkflowDashboard } from '../workflow/tray';
import {
  actorMappingQuerySchema,
  caseQuerySchema,
  closeDispositionSchema,
  completeStepSchema,
  dashboardQuerySchema,
  disposeSchema,
  openTaskSchema,
  pauseSchema,
  printBlankDispositionSchema,
  printCaseChartSchema,
  printDispositionSchema,
  printTeamDecreeSchema,
  reopenSchema,
  resumeSchema,
  returnAboveSchema,
  returnToStepSchema,
  saveActorMappingSchema,
  saveTeamSchema,
  saveTelaahSchema,
  trayQuerySchema,
} from '../workflow/workflow-schemas';

/** What an uploaded attachment is known by until the complaint is saved. */
export interface UploadedAttachment {
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** Said when the name's extension lied about the content ("…berkas disimpan sebagai .png"). */
  note?: string;
}

export type { CallSpec } from './call-spec';

/**
 * Every call the renderer can make: name → input schema → output. The preload and the
 * browser host are generated from this map's keys, so adding a call is an entry here
 * plus its handler in the main process (the compiler asks for the handler).
 */
export const calls = {
  'app.info': call<AppInfo>()(none),

  'accounts.status': call<AccountsStatus>()(none),
  'accounts.setupAdmin': call<AccountSummary>()(setupAdminSchema),
  'accounts.signIn': call<SignedIn>()(signInSchema),
  'accounts.session': call<SessionInfo>()(none),
  'accounts.touch': call<null>()(none),
  'accounts.lock': call<null>()(none),
  'accounts.unlock': call<SessionInfo>()(unlockSchema),
  'accounts.signOut': call<null>()(none),
  'accounts.list': call<AccountSummary[]>()(none),
  'accounts.save': call<AccountSummary>()(saveAccountSchema),
  'accounts.resetPassword': call<AccountSummary>()(resetPasswordSchema),
  'accounts.settings': call<AccountSettings>()(none),
  'accounts.saveSettings': call<AccountSettings>()(accountSettingsSchema),

  'organisation.chart': call<OrgChart>()(orgChartSchema),
  'organisation.saveUnit': call<OrgUnit>()(saveUnitSchema),
  'organisation.savePosition': call<OrgPosition>()(savePositionSchema),
  'organisation.saveHolder': call<PositionHolder>()(saveHolderSchema),
  'organisation.deleteHolder': call<null>()(deleteHolderSchema),

  'settings.get': call<OfficeSettings>()(none),
  'settings.save': call<OfficeSettings>()(officeSettingsSchema),
  // Letter typeface, margins, letterhead rule, paraf column (the document engine reads them).
  'settings.documents': call<DocumentSettings>()(none),
  'settings.saveDocuments': call<DocumentSettings>()(documentSettingsSchema),

  'guests.register': call<GuestVisit>()(guestFieldsSchema),
  'guests.update': call<GuestVisit>()(updateGuestSchema),
  'guests.checkOut': call<GuestVisit>()(checkOutGuestSchema),
  'guests.cancel': call<GuestVisit>()(cancelGuestSchema),
  'guests.get': call<GuestVisit>()(z.object({ id: visitIdSchema })),
  'guests.today': call<GuestTodayPage>()(none),
  'guests.search': call<GuestListPage>()(searchGuestsSchema),
  'guests.lookupVisitor': call<KnownVisitor | null>()(lookupVisitorSchema),
  'guests.history': call<GuestVisitHistoryEntry[]>()(z.object({ id: visitIdSchema })),
  'guests.printBook': call<FileDownload>()(guestBookPrintSchema),
  'guests.exportCsv': call<FileDownload>()(guestBookExportSchema),

  'complaints.intake': call<ComplaintDetail>()(complaintIntakeSchema),
  'complaints.get': call<ComplaintDetail>()(complaintIdSchema),
  'complaints.list': call<ComplaintListPage>()(complaintListSchema),
  'complaints.count': call<ComplaintCount>()(complaintCountSchema),
  'complaints.export': call<FileDownload>()(complaintExportSchema),
  'complaints.find': call<ComplaintSearchHit[]>()(findComplaintSchema),
  'complaints.progress': call<ComplaintProgress>()(complaintIdSchema),
  'complaints.changeStatus': call<ComplaintDetail>()(changeStatusSchema),
  'complaints.suggestDuplicates': call<DuplicateCandidate[]>()(duplicateQuerySchema),
  'complaints.link': call<ComplaintDetail>()(linkComplaintsSchema),
  'complaints.merge': call<ComplaintDetail>()(mergeComplaintsSchema),
  'complaints.revealIdentity': call<Complainant>()(revealIdentitySchema),
  'complaints.addConsultation': call<ConsultationNote>()(consultationSchema),
  'complaints.consultationPdf': call<FileDownload>()(complaintIdSchema),
  'complaints.receipt': call<FileDownload>()(complaintIdSchema),
  'complaints.uploadAttachment': call<UploadedAttachment>()(uploadAttachmentSchema, {
    maxBytes: Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 64 * 1024,
  }),
  'complaints.attachmentFile': call<FileDownload>()(complaintIdSchema),
  'complaints.categories': call<ComplaintCategory[]>()(none),
  'complaints.saveCategory': call<ComplaintCategory>()(categorySaveSchema),
  'complaints.numbering': call<RegisterNumbering>()(none),
  'complaints.saveNumbering': call<RegisterNumbering>()(numberingSchema),

  'calendar.year': call<CalendarYearView>()(calendarYearSchema),
  'calendar.saveHoliday': call<CalendarYearView>()(holidaySaveSchema),
  'calendar.deleteHoliday': call<CalendarYearView>()(holidayIdSchema),
  'calendar.resetYear': call<CalendarYearView>()(calendarYearSchema),
  'calendar.confirmYear': call<CalendarYearView>()(calendarYearSchema),
  'calendar.saveHours': call<WorkingHoursSettings>()(workingHoursSettingsSchema),
  'calendar.previewDue': call<DuePreview>()(previewDueSchema),

  'sop.list': call<SopListing>()(none),
  'sop.get': call<SopVersion>()(sopVersionIdSchema),
  'sop.history': call<SopVersionSummary[]>()(sopCodeSchema),
  'sop.installPreset': call<SopVersion>()(installPresetSchema),
  'sop.save': call<SopVersion>()(saveSopSchema),
  'sop.import': call<SopVersion>()(importSopSchema, { maxBytes: 3 * 1024 * 1024 }),
  'sop.export': call<FileDownload>()(sopVersionIdSchema),
  'sop.setAssignment': call<SopAssignment>()(sopAssignmentSchema),
  'sop.printChart': call<FileDownload>()(printSopChartSchema),

  'workflow.actorMapping': call<ActorMappingView>()(actorMappingQuerySchema),
  'workflow.saveActorMapping': call<ActorMappingView>()(saveActorMappingSchema),
  'workflow.tray': call<TrayPage>()(trayQuerySchema),
  'workflow.trayCounts': call<TrayCounts>()(none),
  'workflow.case': call<CaseWorkflow>()(caseQuerySchema),
  'workflow.startRun': call<CaseWorkflow>()(caseQuerySchema),
  'workflow.openTask': call<CaseWorkflow>()(openTaskSchema),
  'workflow.completeStep': call<CaseWorkflow>()(completeStepSchema),
  'workflow.dispose': call<CaseWorkflow>()(disposeSchema),
  'workflow.returnToStep': call<CaseWorkflow>()(returnToStepSchema),
  'workflow.closeDisposition': call<CaseWorkflow>()(closeDispositionSchema),
  'workflow.returnAbove': call<CaseWorkflow>()(returnAboveSchema),
  'workflow.pause': call<CaseWorkflow>()(pauseSchema),
  'workflow.resume': call<CaseWorkflow>()(resumeSchema),
  'workflow.reopen': call<CaseWorkflow>()(reopenSchema),
  'workflow.saveTelaah': call<TelaahRecord>()(saveTelaahSchema),
  'workflow.saveTeam': call<TeamRecord>()(saveTeamSchema),
  'workflow.printDisposition': call<FileDownload>()(printDispositionSchema),
  'workflow.printBlankDisposition': call<FileDownload>()(printBlankDispositionSchema),
  'workflow.printTeamDecree': call<FileDownload>()(printTeamDecreeSchema),
  'workflow.printCaseChart': call<FileDownload>()(printCaseChartSchema),
  'workflow.dashboard': call<WorkflowDashboard>()(dashboardQuerySchema),

  ...letterCalls,

  ...printingCalls,
  ...scannerCalls,
  ...archiveCalls,
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export const CALL_NAMES = Object.keys(calls) as CallName[];

/** What the renderer passes (before defaults and trimming). */
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
/** What the handler receives (after validation). */
export type CallParsedInput<N extends CallName> = z.output<Calls[N]['input']>;
export type CallOutput<N extends CallName> = Exclude<Calls[N]['output'], undefined>;

/** The envelope size limit of a call. */
export function maxEnvelopeBytes(name: CallName): number {
  return (calls[name] as CallSpec<z.ZodType, unknown>).maxBytes ?? MAX_ENVELOPE_BYTES;
}

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(calls, name);
}
