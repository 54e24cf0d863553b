import type { Selectable } from 'kysely';
import type { ChannelDetails, Complainant, ComplaintListRow } from '../../../shared/complaints/complaint';
import type { Channel, ComplaintKind, ComplaintStatus, Privacy } from '../../../shared/complaints/complaint-enums';
import { FINISHED_STATUSES } from '../../../shared/complaints/status-lifecycle';
import type { ComplaintsTable } from '../../db/database-schema';
import { complainantDisplay } from '../../../shared/complaints/identity-mask';

export type ComplaintRow = Selectable<ComplaintsTable> & { category_name: string | null };

export function isOverdue(row: Pick<ComplaintRow, 'due_at' | 'status'>, now: Date): boolean {
  return row.due_at !== null && row.due_at < now.toISOString() && !FINISHED_STATUSES.includes(row.status as ComplaintStatus);
}

/** The columns a register row is made of: the list reads only these, not the whole complaint. */
export const LIST_COLUMNS = [
  'id', 'register_number', 'tracking_code', 'received_at', 'channel', 'kind', 'subject', 'complainant_name', 'privacy',
  'unit_complained', 'status', 'due_at',
] as const satisfies readonly (keyof ComplaintsTable)[];
export type ComplaintListRecord = Pick<ComplaintRow, (typeof LIST_COLUMNS)[number] | 'category_name'>;

export function rowToListRow(r: ComplaintListRecord, now: Date): ComplaintListRow {
  return {
    id: r.id,
    registerNumber: r.register_number,
    trackingCode: r.tracking_code,
    receivedAt: r.received_at,
    channel: r.channel as Channel,
    kind: r.kind as ComplaintKind,
    categoryName: r.category_name ?? '',
    subject: r.subject,
    complainantDisplay: complainantDisplay(r.complainant_name, r.privacy as Privacy),
    privacy: r.privacy as Privacy,
    unitComplained: r.unit_complained,
    status: r.status as ComplaintStatus,
    dueAt: r.due_at,
    overdue: isOverdue(r, now),
  };
}

export function rowComplainant(r: ComplaintRow): Complainant {
  return {
    name: r.complainant_name,
    nik: r.complainant_nik,
    phone: r.complainant_phone,
    email: r.complainant_email,
    address: r.complainant_address,
  };
}

export function rowChannelDetails(r: ComplaintRow): ChannelDetails {
  const all = JSON.parse(r.channel_details_json) as Record<string, string>;
  // Only the facts that were given: empty strings are noise on the case page and receipt.
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== '')) as ChannelDetails;
}
