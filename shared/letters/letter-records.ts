import type { LetterBodyDoc } from './letter-body';

/**
 * What the letters calls return: a letter (nota dinas or surat jawaban) drafted from a
 * complaint, its versions, the paraf route taken from the complaint's SOP, its number and
 * verification code once signed, and how it was delivered.
 */

export const LETTER_KINDS = ['nota-dinas', 'surat-jawaban'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  'nota-dinas': 'Nota Dinas',
  'surat-jawaban': 'Surat Jawaban',
};

/**
 * konsep: being written by the drafter; paraf: going up the route; dikembalikan: sent back
 * with notes (the drafter corrects and submits again); ditandatangani: signed, numbered and
 * frozen; terkirim: delivered (at least one delivery recorded); dibatalkan: withdrawn (a
 * signed letter's number stays recorded as cancelled, never reused).
 */
export const LETTER_STATES = ['konsep', 'paraf', 'dikembalikan', 'ditandatangani', 'terkirim', 'dibatalkan'] as const;
export type LetterState = (typeof LETTER_STATES)[number];
export const LETTER_STATE_LABELS: Record<LetterState, string> = {
  konsep: 'Konsep',
  paraf: 'Menunggu paraf',
  dikembalikan: 'Dikembalikan',
  ditandatangani: 'Ditandatangani',
  terkirim: 'Terkirim',
  dibatalkan: 'Dibatalkan',
};

export const LETTER_NATURES = ['Biasa', 'Segera', 'Sangat Segera', 'Rahasia'] as const;

export const LETTER_SIGNING_MODES = ['langsung', 'an', 'ub', 'plt', 'plh'] as const;
export type LetterSigningModeCode = (typeof LETTER_SIGNING_MODES)[number];
export const LETTER_SIGNING_MODE_LABELS: Record<LetterSigningModeCode, string> = {
  langsung: 'Ditandatangani sendiri',
  an: 'a.n. (atas nama)',
  ub: 'u.b. (untuk beliau)',
  plt: 'Plt. (pelaksana tugas)',
  plh: 'Plh. (pelaksana harian)',
};

export const LETTER_FONT_CHOICES = ['arial', 'times', 'bookman'] as const;
export type LetterFontChoice = (typeof LETTER_FONT_CHOICES)[number];

/** The header fields of both kinds; each kind prints the ones it has (DOMAIN.md formats). */
export interface LetterHeader {
  /** Nota dinas: Yth. (a jabatan). */
  to: string;
  /** Nota dinas: Dari (a jabatan). */
  from: string;
  /** Surat jawaban: the addressee's name ("Sdr. Ahmad Fauzi") and address lines. */
  addresseeName: string;
  addresseeAddress: string[];
  copiesTo: string[];
  nature: string;
  /** "1 (satu) berkas", or '' for none. */
  attachments: string;
  subject: string;
  /** Place before the date (surat); '' means the office's city. */
  place: string;
}

/** Who signs, and for whom; the block prints from the positions' titles and holders at signing. */
export interface LetterSigning {
  mode: LetterSigningModeCode;
  signerPositionId: number | null;
  /** a.n. / u.b.: the head the letter is signed for. */
  onBehalfOfPositionId: number | null;
  /** u.b.: the official in between. */
  intermediatePositionId: number | null;
}

/** The editable content of a letter: what a version freezes. */
export interface LetterContent {
  header: LetterHeader;
  body: LetterBodyDoc;
  signing: LetterSigning;
  paper: 'A4' | 'F4';
  font: LetterFontChoice;
}

export const ROUTE_ROLES = ['penyusun', 'paraf', 'penanda-tangan'] as const;
export type RouteRole = (typeof ROUTE_ROLES)[number];

/** One official on the paraf route, in order: the drafter first, the signer last. */
export interface LetterRouteStop {
  order: number;
  role: RouteRole;
  /** The SOP actor this stop comes from ("Kabag P2"). */
  actorKey: string;
  actorLabel: string;
  positionId: number | null;
  positionTitle: string;
  /** Who holds the position now (name), if anyone. */
  holderName: string | null;
  /** menunggu: not yet reached; giliran: the letter is with this official now; selesai: initialled / signed. */
  state: 'menunggu' | 'giliran' | 'selesai';
  /** The last paraf (or signature) given at this stop in the current round. */
  doneAt: string | null;
  doneBy: string | null;
  doneVersion: number | null;
}

export interface LetterVersionSummary {
  version: number;
  /** simpan: saved by the drafter; ajukan: sent up for paraf; perbaikan: corrected by an official during paraf; tanda-tangan: the signed version. */
  reason: 'simpan' | 'ajukan' | 'perbaikan' | 'tanda-tangan';
  note: string;
  createdBy: string;
  createdAt: string;
  /** sha256 of the version's canonical content. */
  contentHash: string;
}

export interface LetterVersion extends LetterVersionSummary {
  letterId: number;
  content: LetterContent;
}

/** Everything that happened to a letter, for its history panel (the audit log has the field-level detail). */
export interface LetterEvent {
  at: string;
  actor: string;
  action: 'dibuat' | 'versi' | 'diajukan' | 'diparaf' | 'dikembalikan' | 'ditandatangani' | 'nomor-dibatalkan' | 'dibatalkan' | 'dikirim';
  version: number | null;
  /** Return notes, cancellation reasons, delivery summaries. */
  note: string;
}

export const DELIVERY_METHODS = ['langsung', 'email', 'whatsapp', 'pos', 'publikasi'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  langsung: 'Diserahkan langsung',
  email: 'Surel (e-mail)',
  whatsapp: 'WhatsApp',
  pos: 'Pos / kurir',
  publikasi: 'Jawaban publik (situs / siaran pers)',
};

export interface LetterDelivery {
  id: number;
  method: DeliveryMethod;
  /** When it was handed over / sent (ISO instant). */
  deliveredAt: string;
  /** Who received it, the e-mail address, the WhatsApp number, the postal address, or the publication URL. */
  recipient: string;
  /** Proof: receipt signer, SMTP message id, resi number, URL. */
  proof: string;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

/** A scan of the letter's paper (the wet-signed copy, its tanda terima) saved to the letter. */
export interface LetterScan {
  /** The scanned document (scanner.document / scanner.documentPdf). */
  id: number;
  fileName: string;
  pageCount: number;
  /** Linked by the letter's QR code on the page, or scanned from the letter's page. */
  via: 'qr' | 'pilihan';
  createdBy: string;
  createdAt: string;
}

/** The archive entry the signed letter itself (its PDF) was filed as; scans of its paper are filed apart. */
export interface LetterArchive {
  id: number;
  serialNumber: string;
  /** "Gedung B · Ruang Arsip · Boks 9"; empty for a 'rahasia' entry the user may not see. */
  location: string;
}

/** What the signed-in user may do with the letter now (the backend enforces the same rules). */
export interface LetterAllowedActions {
  edit: boolean;
  submit: boolean;
  paraf: boolean;
  returnToDrafter: boolean;
  sign: boolean;
  cancel: boolean;
  deliver: boolean;
}

export interface LetterDetail {
  id: number;
  kind: LetterKind;
  state: LetterState;
  complaintId: number;
  complaintRegisterNumber: string;
  complaintTrackingCode: string;
  complaintSubject: string;
  /** The working content (the autosaved draft; after signing, the signed version). */
  content: LetterContent;
  /** When the working content was last saved. */
  savedAt: string;
  savedBy: string;
  /** Latest version number (0 before the first). */
  currentVersion: number;
  route: LetterRouteStop[];
  /** The route stop the letter is with now (order), or null when with the drafter / done. */
  currentStop: number | null;
  /** Notes of the last return, shown to the drafter until the next submission. */
  returnNotes: string | null;
  versions: LetterVersionSummary[];
  number: string | null;
  /** The signing office day 'YYYY-MM-DD'. */
  letterDate: string | null;
  signedAt: string | null;
  signedBy: string | null;
  signedVersion: number | null;
  contentHash: string | null;
  verificationCode: string | null;
  numberCancelled: boolean;
  deliveries: LetterDelivery[];
  scans: LetterScan[];
  /** Filed in the archive (Arsipkan surat), or null. */
  archive: LetterArchive | null;
  events: LetterEvent[];
  allowed: LetterAllowedActions;
}

export interface LetterListRow {
  id: number;
  kind: LetterKind;
  state: LetterState;
  subject: string;
  complaintId: number;
  complaintRegisterNumber: string;
  number: string | null;
  /** Who has the letter now: "Kabag P2 (Budi Santoso)", "Penyusun", "—". */
  withWhom: string;
  updatedAt: string;
  /** The signed-in user must act on it (paraf, sign, correct). */
  needsMyAction: boolean;
}

export interface LetterListPage {
  rows: LetterListRow[];
  total: number;
}

/** The verification screen's answer; also what a scanned QR resolves to. */
export interface LetterVerification {
  code: string;
  registered: boolean;
  kind?: LetterKind;
  number?: string;
  letterDate?: string;
  subject?: string;
  signerName?: string;
  signerJabatan?: string;
  signedAt?: string;
  signedVersion?: number;
  contentHash?: string;
  /** The signed version's content, number and date still give the hash stored at signing (false: the record was altered). */
  intact?: boolean;
  /** 'berlaku', or 'dibatalkan' with the reason. */
  status?: 'berlaku' | 'dibatalkan';
  cancelReason?: string;
  letterId?: number;
  complaintId?: number;
}

/** A number pattern per letter kind, e.g. "{NO:3}/PPM/{KLAS}/{BLN}/{TAHUN}"; restarts each year. */
export interface LetterNumbering {
  patterns: Record<LetterKind, string>;
  classification: string;
}

/** The office's SMTP settings; the password is never sent back (only whether one is set). */
export interface MailSettingsView {
  host: string;
  port: number;
  secure: boolean;
  username: string;
  passwordSet: boolean;
  fromAddress: string;
  fromName: string;
}

/** WhatsApp delivery prepared for WhatsApp Desktop or Web: the link with the message, and the PDF to attach. */
export interface WhatsAppDelivery {
  url: string;
  message: string;
  pdfFileName: string;
  pdfBase64: string;
}

/** A letter number taken at signing, and its fate. */
export interface IssuedNumber {
  kind: LetterKind;
  year: number;
  sequence: number;
  number: string;
  letterId: number;
  issuedAt: string;
  status: 'berlaku' | 'dibatalkan';
  cancelledAt: string | null;
  cancelReason: string | null;
}
