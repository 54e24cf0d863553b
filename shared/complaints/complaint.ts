import type { Channel, ComplaintForm, ComplaintKind, ComplaintStatus, Privacy } from './complaint-enums';
import type { AttachmentOcr } from './attachment-ocr';

/** The complainant as stored. For 'anonim' only the contact fields may be filled. */
export interface Complainant {
  name: string;
  nik: string;
  phone: string;
  email: string;
  address: string;
}

/** Channel-specific facts: a letter's number and agenda, a social-media link, a LAPOR! ID… */
export interface ChannelDetails {
  letterNumber?: string;
  letterDate?: string;
  letterSender?: string;
  letterReceivedDate?: string;
  agendaNumber?: string;
  socialPlatform?: string;
  socialAccount?: string;
  socialLink?: string;
  laporTrackingId?: string;
  fromAddress?: string;
  fromNumber?: string;
  websiteLink?: string;
}

export interface ComplaintAttachment {
  id: number;
  /** SHA-256 of the content: the file's name in the data folder. */
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
  /** The archive serial number the file was filed under (as itself or as the scan it came from), or null. */
  archiveSerial: string | null;
  /** How far OCR has read it (PDF and pictures, and scans); null for files OCR does not read. */
  ocr: AttachmentOcr | null;
}

export interface ComplaintCategory {
  id: number;
  name: string;
  active: boolean;
}

/** A row of the register list: what fits on one line, identity already masked when due. */
export interface ComplaintListRow {
  id: number;
  registerNumber: string;
  trackingCode: string;
  receivedAt: string;
  channel: Channel;
  kind: ComplaintKind;
  categoryName: string;
  subject: string;
  /** The name to show: the name, "Anonim", or a masked "S*** R***" for 'rahasia'. */
  complainantDisplay: string;
  privacy: Privacy;
  unitComplained: string;
  status: ComplaintStatus;
  dueAt: string | null;
  overdue: boolean;
  /** With a search: the first page of a scanned document of this complaint holding the words. */
  scanPage?: number;
  /** When that page is of a complaint attachment read by OCR: the attachment's file name. */
  scanFile?: string;
}

export interface ComplaintHistoryEntry {
  id: number;
  action: string;
  actor: string;
  at: string;
  changes: Record<string, [string | null, string | null]>;
  reason: string | null;
  /** The entry in plain Indonesian ("Status diubah dari Diterima menjadi Diverifikasi"). */
  summary: string;
}

export interface ConsultationNote {
  id: number;
  complaintId: number;
  guestVisitId: number | null;
  note: string;
  createdBy: string;
  createdAt: string;
}

export interface RelatedComplaint {
  id: number;
  registerNumber: string;
  subject: string;
  status: ComplaintStatus;
  relation: 'terkait' | 'digabung_ke' | 'digabung_dari';
}

/** The case page: every field, attachments, history and related complaints. */
export interface ComplaintDetail extends Omit<ComplaintListRow, 'complainantDisplay'> {
  form: ComplaintForm;
  categoryId: number | null;
  description: string;
  requestedAction: string;
  eventPlace: string;
  eventDate: string;
  /** Masked for 'rahasia' unless revealed through complaints.revealIdentity. */
  complainant: Complainant;
  complainantDisplay: string;
  identityMasked: boolean;
  channelDetails: ChannelDetails;
  guestVisitId: number | null;
  settledAtCounter: boolean;
  counterAnswer: string;
  mergedIntoId: number | null;
  createdBy: string;
  attachments: ComplaintAttachment[];
  history: ComplaintHistoryEntry[];
  related: RelatedComplaint[];
  consultations: ConsultationNote[];
}

/** Where a complaint stands, in words a complainant at the counter understands. */
export interface ComplaintProgress {
  id: number;
  registerNumber: string;
  trackingCode: string;
  subject: string;
  status: ComplaintStatus;
  statusText: string;
  /** Who has the matter now ("Subbag Umum", "Petugas pelayanan"). */
  holder: string;
  nextStep: string;
  dueAt: string | null;
  overdue: boolean;
  timeline: { at: string; text: string }[];
}

export interface ComplaintSearchHit {
  id: number;
  registerNumber: string;
  trackingCode: string;
  receivedAt: string;
  subject: string;
  complainantDisplay: string;
  status: ComplaintStatus;
  /** Why it matched: "kode pelacakan", "nama mirip", "telepon", "NIK". */
  matchedBy: string;
}

export interface DuplicateCandidate {
  id: number;
  registerNumber: string;
  receivedAt: string;
  subject: string;
  status: ComplaintStatus;
  reason: string;
  score: number;
}

export interface ComplaintListPage {
  rows: ComplaintListRow[];
  /** Every match of the filter; null when the call asked for the page only. */
  total: number | null;
}

/** complaints.count: every match of a filter, for the register's scroll bar and badge. */
export interface ComplaintCount {
  total: number;
}

export interface RegisterNumbering {
  /** Tokens: {NO} or {NO:3} (sequence, zero-padded), {UNIT}, {KLAS}, {BULAN} (Roman), {BLN} (01–12), {TAHUN}. */
  pattern: string;
  unitCode: string;
  classificationCode: string;
}
