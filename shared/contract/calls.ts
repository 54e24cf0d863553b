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
import type { FileDownload } from './file-download';
import { MAX_ENVELOPE_BYTES } from './call-result';
import type {
  Complainant,
  ComplaintCategory,
  ComplaintDetail,
  ComplaintListPage,
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

/** What an uploaded attachment is known by until the complaint is saved. */
export interface UploadedAttachment {
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number;
  /** Said when the name's extension lied about the content ("…berkas disimpan sebagai .png"). */
  note?: string;
}

/**
 * One call of the contract: the schema of its input (used by the form for instant feedback
 * and by the main process as the authority) and, as a phantom type, its output.
 */
export interface CallSpec<S extends z.ZodType, O> {
  input: S;
  output?: O;
  /** Largest envelope accepted for this call, serialised; MAX_ENVELOPE_BYTES when absent. */
  maxBytes?: number;
}

const call =
  <O>() =>
  <S extends z.ZodType>(input: S, options: { maxBytes?: number } = {}): CallSpec<S, O> => ({ input, ...options });

const none = z.object({}).strict();

/**
 * Every call the renderer can make: name → input schema → output. The preload and the
 * browser host are generated from this map's keys, so adding a call is an entry here
 * plus its handler in the main process (the compiler asks for the handler).
 */
export const calls = {
  'app.info': call<AppInfo>()(none),

  'settings.get': call<OfficeSettings>()(none),
  'settings.save': call<OfficeSettings>()(officeSettingsSchema),

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
