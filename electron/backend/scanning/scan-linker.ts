import type { Kysely } from 'kysely';
import { formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { parseAppQrPayload } from '../../../shared/scanning/qr-payload';
import { scanLinkText, type ScanLink } from '../../../shared/scanning/scanning';
import type { Database } from '../../db/database-schema';

/** A letter found by the verification code on its QR: its id, its complaint, and its number. */
export interface ResolvedLetter {
  letterId: number;
  complaintId: number;
  /** The letter's number as printed, for the clerk ("800/12/DISKOP/XI/2026"). */
  number: string;
  /** Its date (YYYY-MM-DD), set when it was signed. */
  date: string | null;
}

/**
 * Finds the letter a `meja-aduan:surat:<CODE>` QR code belongs to; null when no signed
 * letter has that code. Given by create-backend so the scanner does not depend on how
 * letters are stored.
 */
export type LetterCodeResolver = (verificationCode: string) => Promise<ResolvedLetter | null>;

export const noLetters: LetterCodeResolver = async () => null;

/** Turns the QR codes read from pages into the complaint (and letter) the scan belongs to. */
export class ScanLinker {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly resolveLetter: LetterCodeResolver,
  ) {}

  /**
   * The link the QR codes make, in the order they appear; a signed letter's code wins over
   * a receipt's (a reply letter scanned with the receipt stapled behind it is the letter).
   */
  async fromQr(payloads: readonly string[]): Promise<ScanLink | null> {
    const parsed = payloads.map(parseAppQrPayload).filter((p) => p !== null);
    for (const payload of parsed) {
      if (payload.kind !== 'surat') continue;
      const letter = await this.resolveLetter(payload.verificationCode);
      if (!letter) continue;
      const complaint = await this.complaint(letter.complaintId);
      if (!complaint) continue;
      return linkTo(complaint, { kind: 'surat', id: letter.letterId, code: payload.verificationCode, via: 'qr' }, { number: letter.number, date: letter.date });
    }
    for (const payload of parsed) {
      if (payload.kind !== 'pengaduan') continue;
      const complaint = await this.complaintWhere('tracking_code', payload.trackingCode);
      if (!complaint) continue;
      return linkTo(complaint, { kind: 'pengaduan', id: complaint.id, code: complaint.tracking_code, via: 'qr' });
    }
    return null;
  }

  /** The link to a complaint the clerk chose; null when it does not exist. */
  async chosen(complaintId: number): Promise<ScanLink | null> {
    const complaint = await this.complaint(complaintId);
    if (!complaint) return null;
    return linkTo(complaint, { kind: 'pengaduan', id: complaint.id, code: complaint.tracking_code, via: 'pilihan' });
  }

  /** The link to a signed letter the clerk scanned from the letter's own page; null when there is no such letter. */
  async chosenLetter(letterId: number): Promise<ScanLink | null> {
    const letter = await this.db
      .selectFrom('letters')
      .select(['id', 'complaint_id', 'number', 'letter_date', 'verification_code'])
      .where('id', '=', letterId)
      .executeTakeFirst();
    if (!letter?.number) return null;
    const complaint = await this.complaint(letter.complaint_id);
    if (!complaint) return null;
    return linkTo(complaint, { kind: 'surat', id: letter.id, code: letter.verification_code ?? '', via: 'pilihan' }, { number: letter.number, date: letter.letter_date });
  }

  private complaint(id: number) {
    return this.complaintWhere('id', id);
  }

  private complaintWhere(column: 'id' | 'tracking_code', value: number | string) {
    return this.db.selectFrom('complaints').select(['id', 'register_number', 'tracking_code', 'subject']).where(column, '=', value).executeTakeFirst();
  }
}

interface LinkedComplaint {
  id: number;
  register_number: string;
  tracking_code: string;
  subject: string;
}

function linkTo(complaint: LinkedComplaint, target: Pick<ScanLink, 'kind' | 'id' | 'code' | 'via'>, letter: ScanLink['letter'] = null): ScanLink {
  const fields = {
    ...target, complaintId: complaint.id, registerNumber: complaint.register_number, complaintSubject: complaint.subject,
    trackingCode: formatTrackingCode(complaint.tracking_code), letter,
  };
  return { ...fields, text: scanLinkText(fields, letter?.number || target.code) };
}
