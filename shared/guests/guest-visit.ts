import type { VisitPurpose } from './visit-purpose';

/** One row of the guest book: a visit, from arrival at the counter to departure. */
export interface GuestVisit {
  id: number;
  name: string;
  /** 16-digit NIK, or '' when the visitor did not give it. */
  nik: string;
  /** Phone as typed, normalised to the national form (08…); '' when not given. */
  phone: string;
  address: string;
  institution: string;
  purpose: VisitPurpose;
  /** Free text when purpose is 'lainnya'. */
  purposeOther: string;
  /** Whom the visitor comes to see: unit or position (free text until the org chart exists). */
  host: string;
  notes: string;
  /** ISO-8601 instant (UTC). */
  timeIn: string;
  /** ISO-8601 instant (UTC) when "Selesai" was pressed; null while the visitor is still in. */
  timeOut: string | null;
  status: 'aktif' | 'dibatalkan';
  cancelReason: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  createdBy: string;
}

/** What the counter knows about a returning visitor, to fill the form. */
export interface KnownVisitor {
  name: string;
  nik: string;
  phone: string;
  address: string;
  institution: string;
  lastVisitAt: string;
  visitCount: number;
}

/** One entry of a visit's history: who changed what, when. */
export interface GuestVisitHistoryEntry {
  id: number;
  action: 'dibuat' | 'diubah' | 'selesai' | 'dibatalkan';
  actor: string;
  at: string;
  /** field → [old, new]; empty for creation. */
  changes: Record<string, [string | null, string | null]>;
  reason: string | null;
}

export interface GuestListPage {
  rows: GuestVisit[];
  /** True when more rows match than were returned (the list is capped). */
  truncated: boolean;
}

/** The day's figures for the badge, counted in SQL so they stay right when the list is capped. */
export interface GuestDayCounts {
  /** Visits not cancelled. */
  visits: number;
  /** Of those, still in the office (no time out). */
  present: number;
}

export interface GuestTodayPage extends GuestListPage {
  counts: GuestDayCounts;
}
