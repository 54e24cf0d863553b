import type { Selectable } from 'kysely';
import type { GuestFields } from '../../../shared/guests/guest-schemas';
import type { GuestVisit } from '../../../shared/guests/guest-visit';
import type { VisitPurpose } from '../../../shared/guests/visit-purpose';
import type { GuestVisitsTable } from '../../db/database-schema';

export type GuestVisitRow = Selectable<GuestVisitsTable>;

export function rowToVisit(r: GuestVisitRow): GuestVisit {
  return {
    id: r.id,
    name: r.name,
    nik: r.nik,
    phone: r.phone,
    address: r.address,
    institution: r.institution,
    purpose: r.purpose as VisitPurpose,
    purposeOther: r.purpose_other,
    host: r.host,
    notes: r.notes,
    timeIn: r.time_in,
    timeOut: r.time_out,
    status: r.status,
    cancelReason: r.cancel_reason,
    cancelledAt: r.cancelled_at,
    cancelledBy: r.cancelled_by,
    createdBy: r.created_by,
  };
}

/** The typed fields as table columns. */
export function fieldsToColumns(f: GuestFields) {
  return {
    name: f.name,
    nik: f.nik,
    phone: f.phone,
    address: f.address,
    institution: f.institution,
    purpose: f.purpose,
    purpose_other: f.purpose === 'lainnya' ? f.purposeOther : '',
    host: f.host,
    notes: f.notes,
  };
}

/** The fields an edit can change, for the history's old → new. */
export const EDITABLE_COLUMNS = [
  'name', 'nik', 'phone', 'address', 'institution', 'purpose', 'purpose_other', 'host', 'notes',
] as const;
