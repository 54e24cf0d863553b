import type { Generated } from 'kysely';

/** Tables of the letters (migration 0013). JSON columns hold the shared/letters types. */

export interface LettersTable {
  id: Generated<number>;
  complaint_id: number;
  kind: 'nota-dinas' | 'surat-jawaban';
  state: string;
  /** LetterContent: the working draft, or the signed content once signed. */
  content_json: string;
  saved_at: string;
  saved_by: string;
  current_version: Generated<number>;
  /** Each return starts a new round of paraf. */
  round: Generated<number>;
  /** Bumped by every change: an action prepared on an older revision (a double click, two desks) is refused. */
  revision: Generated<number>;
  /** Route order the letter is with, null while with the drafter or when done. */
  current_stop: number | null;
  /** The position whose holder has the letter now (drafter or route stop); null when signed or cancelled. */
  with_position_id: number | null;
  drafter_position_id: number | null;
  return_notes: string | null;
  /** StoredRouteStop[] taken from the SOP when the letter was created. */
  route_json: string;
  /** 0 when the SOP has no letter steps: the route is the drafter → the signer chosen in the content. */
  route_from_sop: Generated<number>;
  sop_code: string | null;
  number: string | null;
  letter_date: string | null;
  signed_at: string | null;
  signed_by: string | null;
  signed_version: number | null;
  /** The signature block as printed (LetterSigner), frozen at signing. */
  signer_json: string | null;
  content_hash: string | null;
  verification_code: string | null;
  cancel_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface LetterVersionsTable {
  letter_id: number;
  version: number;
  reason: string;
  note: string;
  content_json: string;
  content_hash: string;
  created_by: string;
  created_at: string;
}

export interface LetterActionsTable {
  id: Generated<number>;
  letter_id: number;
  round: number;
  stop_order: number | null;
  /** dibuat, versi, ajukan, paraf, kembali, tanda-tangan, batal, kirim */
  action: string;
  version: number | null;
  position_id: number | null;
  user_id: number | null;
  actor: string;
  note: string;
  at: string;
}

export interface LetterNumbersTable {
  id: Generated<number>;
  kind: string;
  year: number;
  sequence: number;
  number: string;
  letter_id: number;
  issued_at: string;
  status: 'berlaku' | 'dibatalkan';
  cancelled_at: string | null;
  cancel_reason: string | null;
}

export interface LetterDeliveriesTable {
  id: Generated<number>;
  letter_id: number;
  method: string;
  delivered_at: string;
  recipient: string;
  proof: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
}
