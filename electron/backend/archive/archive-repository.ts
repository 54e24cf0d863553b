import type { Kysely, Transaction } from 'kysely';
import type { AccessClass, ArchiveDocumentKind } from '../../../shared/archive/archive-enums';
import type { ArchiveEntrySummary } from '../../../shared/archive/archive-records';
import { retentionStage } from '../../../shared/archive/retention';
import { ATTACHMENT_SCAN_SOURCE } from '../../ocr/attachment-scan-source';
import type { Database } from '../../db/database-schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Whole days from calendar day `a` to `b` (positive when b is later). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);

/** A loan is overdue from the day after its due day (the office's calendar day). */
export const isLoanOverdue = (dueBack: string, returnedAt: string | null, today: string) => returnedAt === null && today > dueBack;

/** The columns every list shows, joined once. */
function summaryQuery(db: Db) {
  return db
    .selectFrom('archive_entries as e')
    .innerJoin('archive_classifications as c', 'c.id', 'e.classification_id')
    .leftJoin('complaints as co', 'co.id', 'e.complaint_id')
    .leftJoin('archive_loans as l', (j) => j.onRef('l.entry_id', '=', 'e.id').on('l.returned_at', 'is', null))
    .select([
      'e.id', 'e.serial_number', 'e.kind', 'e.title', 'e.document_date', 'e.classification_id', 'c.code as classification_code',
      'c.name as classification_name', 'e.building', 'e.room', 'e.cabinet', 'e.shelf', 'e.box', 'e.folder', 'e.access_class',
      'e.complaint_id', 'co.register_number', 'e.letter_id', 'e.scanned_document_id', 'e.attachment_sha256', 'e.active_until',
      'e.inactive_until', 'e.review_on', 'e.disposition', 'e.created_at', 'l.borrower_name', 'l.due_back',
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

export function toSummary(r: SummaryRow, today: string): ArchiveEntrySummary {
  return {
    id: r.id,
    serialNumber: r.serial_number,
    kind: r.kind as ArchiveDocumentKind,
    title: r.title,
    documentDate: r.document_date,
    classification: { id: r.classification_id, code: r.classification_code, name: r.classification_name },
    location: { building: r.building, room: r.room, cabinet: r.cabinet, shelf: r.shelf, box: r.box, folder: r.folder },
    accessClass: r.access_class as AccessClass,
    complaintId: r.complaint_id,
    registerNumber: r.register_number ?? null,
    letterId: r.letter_id,
    scannedDocumentId: r.scanned_document_id,
    hasFile: r.attachment_sha256 !== null || r.letter_id !== null,
    retention: {
      activeUntil: r.active_until,
      inactiveUntil: r.inactive_until,
      reviewOn: r.review_on,
      disposition: r.disposition,
      stage: retentionStage({ activeUntil: r.active_until, reviewOn: r.review_on }, today),
    },
    onLoan: r.borrower_name && r.due_back ? { borrowerName: r.borrower_name, dueBack: r.due_back, overdue: isLoanOverdue(r.due_back, null, today) } : null,
    hit: null,
    filedAt: r.created_at,
  };
}

/** Reading archive entries as the lists and the detail show them. */
export class ArchiveRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Summaries of `ids`, in the order given. */
  async summaries(ids: readonly number[], today: string, db: Db = this.db): Promise<ArchiveEntrySummary[]> {
    if (ids.length === 0) return [];
    const rows = await summaryQuery(db).where('e.id', 'in', [...ids]).execute();
    const byId = new Map(rows.map((r) => [r.id, toSummary(r, today)]));
    return ids.map((id) => byId.get(id)).filter((s): s is ArchiveEntrySummary => s !== undefined);
  }

  async entry(id: number, db: Db = this.db) {
    return db.selectFrom('archive_entries').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Entries due for their final disposition on or before `until`, the earliest first. */
  async dueForReview(until: string, hideSecret: boolean, offset: number, limit: number): Promise<{ ids: number[]; total: number }> {
    let q = this.db.selectFrom('archive_entries').where('review_on', '<=', until);
    if (hideSecret) q = q.where('access_class', '<>', 'rahasia');
    const [rows, count] = await Promise.all([
      q.select('id').orderBy('review_on').orderBy('id').offset(offset).limit(limit).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { ids: rows.map((r) => r.id), total: Number(count.n) };
  }

  /** The entry that already holds this scanned document, attachment or letter, if any. */
  async holderOf(source: { scannedDocumentId?: number; sha256?: string; letterId?: number }) {
    let q = this.db.selectFrom('archive_entries').select(['id', 'serial_number']);
    if (source.scannedDocumentId !== undefined) q = q.where('scanned_document_id', '=', source.scannedDocumentId);
    else if (source.sha256 !== undefined) q = q.where('attachment_sha256', '=', source.sha256);
    else if (source.letterId !== undefined) q = q.where('letter_id', '=', source.letterId).where('scanned_document_id', 'is', null);
    else return undefined;
    return q.executeTakeFirst();
  }

  /**
   * Entries holding a scanned document (to refresh their text when OCR reads another page):
   * as their scan, or — for a complaint attachment's own OCR record — entries that filed
   * that attachment as itself.
   */
  async idsHoldingDocument(documentId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('archive_entries')
      .select('id')
      .where((eb) => eb.or([
        eb('scanned_document_id', '=', documentId),
        eb.and([
          eb('scanned_document_id', 'is', null),
          eb('attachment_sha256', 'in', eb.selectFrom('scanned_documents').select('sha256').where('id', '=', documentId).where('source', '=', ATTACHMENT_SCAN_SOURCE)),
        ]),
      ]))
      .execute();
    return rows.map((r) => r.id);
  }
}
