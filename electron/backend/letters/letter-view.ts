import type { Kysely, Selectable } from 'kysely';
import type { SessionUser } from '../../../shared/accounts/account';
import type { LetterAllowedActions, LetterDetail, LetterEvent, LetterRouteStop, LetterState } from '../../../shared/letters/letter-records';
import type { Database, LettersTable } from '../../db/database-schema';
import { locationText } from '../../../shared/archive/archive-enums';
import { maySeeSecret } from '../archive/archive-access';
import type { OrganisationService } from '../organisation/organisation-service';
import { parseContent } from './letter-content';
import type { StoredRouteStop } from './letter-route';

export type LetterRow = Selectable<LettersTable>;

export const routeOf = (row: LetterRow) => JSON.parse(row.route_json) as StoredRouteStop[];

/** Whether the user holds the position (administrators may act for anyone; the record says so). */
export const holds = (user: SessionUser, positionId: number | null) => user.isAdmin || (positionId !== null && user.positionIds.includes(positionId));

export function currentStop(row: LetterRow): StoredRouteStop | null {
  return row.current_stop === null ? null : (routeOf(row).find((s) => s.order === row.current_stop) ?? null);
}

/** What the user may do now; the service checks the same rules before acting. */
export function allowedActions(row: LetterRow, user: SessionUser): LetterAllowedActions {
  const state = row.state as LetterState;
  const drafter = holds(user, row.drafter_position_id);
  const stop = currentStop(row);
  const atStop = state === 'paraf' && stop !== null && holds(user, stop.positionId);
  const withDrafter = state === 'konsep' || state === 'dikembalikan';
  return {
    edit: (withDrafter && drafter) || atStop,
    submit: withDrafter && drafter,
    paraf: atStop && stop.role !== 'penanda-tangan' && routeOf(row).length > 1,
    returnToDrafter: atStop,
    sign: atStop && (stop.role === 'penanda-tangan' || routeOf(row).length === 1),
    // The drafter withdraws his draft; an official on the route returns it instead. The
    // signer may withdraw what he signed (its number is then recorded as cancelled).
    cancel:
      state !== 'dibatalkan' &&
      state !== 'terkirim' &&
      (drafter || holds(user, routeOf(row).at(-1)?.positionId ?? null)),
    deliver: state === 'ditandatangani' || state === 'terkirim',
  };
}

const ACTION_EVENTS: Record<string, LetterEvent['action']> = {
  dibuat: 'dibuat',
  versi: 'versi',
  ajukan: 'diajukan',
  paraf: 'diparaf',
  kembali: 'dikembalikan',
  'tanda-tangan': 'ditandatangani',
  'nomor-batal': 'nomor-dibatalkan',
  batal: 'dibatalkan',
  kirim: 'dikirim',
};

/** The letter as the screens show it to this user. */
export async function buildLetterDetail(db: Kysely<Database>, organisation: OrganisationService, row: LetterRow, user: SessionUser, today: string): Promise<LetterDetail> {
  const [complaint, versions, actions, deliveries, issued, scans, archived] = await Promise.all([
    db.selectFrom('complaints').select(['register_number', 'tracking_code', 'subject']).where('id', '=', row.complaint_id).executeTakeFirstOrThrow(),
    db.selectFrom('letter_versions').select(['version', 'reason', 'note', 'created_by', 'created_at', 'content_hash']).where('letter_id', '=', row.id).orderBy('version').execute(),
    db.selectFrom('letter_actions').selectAll().where('letter_id', '=', row.id).orderBy('id').execute(),
    db.selectFrom('letter_deliveries').selectAll().where('letter_id', '=', row.id).orderBy('id').execute(),
    db.selectFrom('letter_numbers').select('status').where('letter_id', '=', row.id).executeTakeFirst(),
    db.selectFrom('scanned_documents').select(['id', 'file_name', 'page_count', 'linked_via', 'created_by', 'created_at'])
      .where('linked_kind', '=', 'surat').where('linked_id', '=', row.id).orderBy('id').execute(),
    // The letter itself, as archive.file's "filed once" rule sees it: an entry of the letter with no scan.
    db.selectFrom('archive_entries').select(['id', 'serial_number', 'access_class', 'building', 'room', 'cabinet', 'shelf', 'box', 'folder'])
      .where('letter_id', '=', row.id).where('scanned_document_id', 'is', null).orderBy('id').executeTakeFirst(),
  ]);
  const roundActions = actions.filter((a) => a.round === row.round && (a.action === 'ajukan' || a.action === 'paraf' || a.action === 'tanda-tangan'));
  const route: LetterRouteStop[] = [];
  for (const stop of routeOf(row)) {
    const done = roundActions.filter((a) => a.stop_order === stop.order).at(-1);
    const position = stop.positionId ? await db.selectFrom('positions').select('title').where('id', '=', stop.positionId).executeTakeFirst() : undefined;
    const holder = stop.positionId ? await organisation.holderOn(stop.positionId, today) : null;
    route.push({
      order: stop.order,
      role: stop.role,
      actorKey: stop.actorKey,
      actorLabel: stop.actorLabel,
      positionId: stop.positionId,
      positionTitle: position?.title ?? stop.actorLabel,
      holderName: holder?.name ?? null,
      state: done ? 'selesai' : row.state === 'paraf' && row.current_stop === stop.order ? 'giliran' : 'menunggu',
      doneAt: done?.at ?? null,
      doneBy: done?.actor ?? null,
      doneVersion: done?.version ?? null,
    });
  }
  return {
    id: row.id,
    kind: row.kind,
    state: row.state as LetterState,
    complaintId: row.complaint_id,
    complaintRegisterNumber: complaint.register_number,
    complaintTrackingCode: complaint.tracking_code,
    complaintSubject: complaint.subject,
    content: parseContent(row.content_json),
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    currentVersion: row.current_version,
    route,
    currentStop: row.current_stop,
    returnNotes: row.return_notes,
    versions: versions.map((v) => ({
      version: v.version,
      reason: v.reason as LetterDetail['versions'][number]['reason'],
      note: v.note,
      createdBy: v.created_by,
      createdAt: v.created_at,
      contentHash: v.content_hash,
    })),
    number: row.number,
    letterDate: row.letter_date,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    signedVersion: row.signed_version,
    contentHash: row.content_hash,
    verificationCode: row.verification_code,
    numberCancelled: issued?.status === 'dibatalkan',
    deliveries: deliveries.map((d) => ({
      id: d.id,
      method: d.method as LetterDetail['deliveries'][number]['method'],
      deliveredAt: d.delivered_at,
      recipient: d.recipient,
      proof: d.proof,
      note: d.note,
      recordedBy: d.recorded_by,
      recordedAt: d.recorded_at,
    })),
    scans: scans.map((s) => ({
      id: s.id, fileName: s.file_name, pageCount: s.page_count, via: s.linked_via === 'qr' ? 'qr' : 'pilihan',
      createdBy: s.created_by, createdAt: s.created_at,
    })),
    archive: archived
      ? { id: archived.id, serialNumber: archived.serial_number, location: archived.access_class === 'rahasia' && !maySeeSecret(user) ? '' : locationText(archived) }
      : null,
    events: actions.map((a) => ({ at: a.at, actor: a.actor, action: ACTION_EVENTS[a.action] ?? 'versi', version: a.version, note: a.note })),
    allowed: allowedActions(row, user),
  };
}
