import type { Kysely } from 'kysely';
import { formatTrackingCode } from '../../../shared/numbering/tracking-code';
import { parseAppQrPayload } from '../../../shared/scanning/qr-payload';
import type { ScanLink } from '../../../shared/scanning/scanning';
import type { Database } from '../../db/database-schema';

/** A letter found by the verification code on its QR: its id, its complaint, and its number. */
export interface ResolvedLetter {
  letterId: number;
  complaintId: number;
  /** The letter's number as printed, for the clerk ("800/12/DISKOP/XI/2026"). */
  number: string;
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
      return {
        kind: 'surat', id: letter.letterId, code: payload.verificationCode, complaintId: complaint.id,
        registerNumber: complaint.register_number, trackingCode: formatTrackingCode(complaint.tracking_code), via: 'qr',
        text: `Terhubung ke surat ${letter.number || payload.verificationCode} (pengaduan ${formatTrackingCode(complaint.tracking_code)}) lewat kode QR`,
      };
    }
    for (const payload of parsed) {
      if (payload.kind !== 'pengaduan') continue;
      const complaint = await this.db
        .selectFrom('complaints')
        .select(['id', 'register_number', 'tracking_code'])
        .where('tracking_code', '=', payload.trackingCode)
        .executeTakeFirst();
      if (!complaint) continue;
      return {
        kind: 'pengaduan', id: complaint.id, code: complaint.tracking_code, complaintId: complaint.id,
        registerNumber: complaint.register_number, trackingCode: formatTrackingCode(complaint.tracking_code), via: 'qr',
        text: `Terhubung ke pengaduan ${formatTrackingCode(complaint.tracking_code)} lewat kode QR`,
      };
    }
    return null;
  }

  /** The link to a complaint the clerk chose; null when it does not exist. */
  async chosen(complaintId: number): Promise<ScanLink | null> {
    const complaint = await this.complaint(complaintId);
    if (!complaint) return null;
    return {
      kind: 'pengaduan', id: complaint.id, code: complaint.tracking_code, complaintId: complaint.id,
      registerNumber: complaint.register_number, trackingCode: formatTrackingCode(complaint.tracking_code), via: 'pilihan',
      text: `Dilampirkan ke pengaduan ${complaint.register_number} (${formatTrackingCode(complaint.tracking_code)})`,
    };
  }

  private complaint(id: number) {
    return this.db.selectFrom('complaints').select(['id', 'register_number', 'tracking_code']).where('id', '=', id).executeTakeFirst();
  }
}
