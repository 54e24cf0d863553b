import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { COMPLAINT_STATUSES } from '../../../shared/complaints/complaint-enums';
import type { ComplaintFilter } from '../../../shared/complaints/complaint-schemas';
import { FINISHED_STATUSES } from '../../../shared/complaints/status-lifecycle';
import type { ComplaintsTable, Database } from '../../db/database-schema';
import { complaintTextCondition, complaintTextTopCondition, countComplaintsByText } from '../../db/search/complaint-text-search';
import { LIST_COLUMNS, type ComplaintListRecord, type ComplaintRow } from './complaint-row';

type Db = Kysely<Database> | Transaction<Database>;
export type NewComplaint = Omit<ComplaintsTable, 'id'>;

// Status sorts in lifecycle order, not alphabetically ("bukan_kewenangan" is not first).
const STATUS_ORDER = sql`CASE complaints.status ${sql.join(
  COMPLAINT_STATUSES.map((status, i) => sql`WHEN ${status} THEN ${i}`),
  sql` `,
)} END`;

const SORT_COLUMNS = {
  receivedAt: sql`complaints.received_at`,
  registerNumber: sql`complaints.id`,
  status: STATUS_ORDER,
  dueAt: sql`complaints.due_at`,
} as const;

export interface FilterContext {
  /** UTC instants for the filter's office-day range. */
  receivedBetween?: { start: string; end: string };
  now: Date;
}

/** All SQL of the complaint register; full-text conditions come from db/search. */
export class ComplaintRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private base(db: Db = this.db) {
    return db
      .selectFrom('complaints')
      .leftJoin('complaint_categories', 'complaint_categories.id', 'complaints.category_id')
      .selectAll('complaints')
      .select('complaint_categories.name as category_name');
  }

  async insert(trx: Db, values: NewComplaint): Promise<number> {
    const { id } = await trx.insertInto('complaints').values(values).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  async findById(id: number, db: Db = this.db): Promise<ComplaintRow | undefined> {
    return this.base(db).where('complaints.id', '=', id).executeTakeFirst();
  }

  async findByIds(ids: number[]): Promise<ComplaintRow[]> {
    if (ids.length === 0) return [];
    return this.base().where('complaints.id', 'in', ids).execute();
  }

  async update(trx: Db, id: number, values: Partial<NewComplaint>): Promise<void> {
    await trx.updateTable('complaints').set(values).where('id', '=', id).execute();
  }

  async findByLaporTicket(ticket: string): Promise<{ id: number; register_number: string } | undefined> {
    return this.db.selectFrom('complaints').select(['id', 'register_number']).where('lapor_tracking_id', '=', ticket).executeTakeFirst();
  }

  async findByRegisterNumber(registerNumber: string): Promise<ComplaintRow[]> {
    return this.base()
      .where((eb) => eb(eb.fn('upper', ['complaints.register_number']), '=', registerNumber.toUpperCase()))
      .execute();
  }

  async findByTrackingCodes(codes: string[]): Promise<ComplaintRow[]> {
    if (codes.length === 0) return [];
    return this.base().where('complaints.tracking_code', 'in', codes).execute();
  }

  async findByIdentity(column: 'complainant_phone' | 'complainant_nik', value: string, limit: number): Promise<ComplaintRow[]> {
    return this.base()
      .where(`complaints.${column}`, '=', value)
      .where('complaints.privacy', '=', 'biasa')
      .orderBy('complaints.received_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** The filter as one condition on `complaints`, for the page (with its category join) and the count (without). */
  private conditions(filter: ComplaintFilter, ctx: FilterContext) {
    return (eb: ExpressionBuilder<Database, 'complaints'>) => {
      const all: Expression<SqlBool>[] = [];
      if (filter.statuses.length) all.push(eb('complaints.status', 'in', filter.statuses));
      if (filter.channels.length) all.push(eb('complaints.channel', 'in', filter.channels));
      if (filter.kinds.length) all.push(eb('complaints.kind', 'in', filter.kinds));
      if (filter.categoryIds.length) all.push(eb('complaints.category_id', 'in', filter.categoryIds));
      if (filter.privacy.length) all.push(eb('complaints.privacy', 'in', filter.privacy));
      // ESCAPE names the backslash as the escape character: without it SQLite read "\%" as a
      // backslash followed by any text, and a unit typed with % or _ matched nothing.
      if (filter.unit) all.push(sql<SqlBool>`complaints.unit_complained LIKE ${`%${filter.unit.replace(/[%_\\]/g, '\\$&')}%`} ESCAPE '\\'`);
      if (ctx.receivedBetween) {
        all.push(eb('complaints.received_at', '>=', ctx.receivedBetween.start), eb('complaints.received_at', '<', ctx.receivedBetween.end));
      }
      if (filter.overdueOnly) {
        all.push(eb('complaints.due_at', '<', ctx.now.toISOString()), eb('complaints.status', 'not in', [...FINISHED_STATUSES]));
      }
      if (filter.query) all.push(complaintTextCondition(filter.query) ?? sql<boolean>`0`);
      return eb.and(all);
    };
  }

  /** Nothing narrows the list but, perhaps, the search box. */
  private onlySearchOrNothing(filter: ComplaintFilter, ctx: FilterContext): boolean {
    return (
      !filter.statuses.length && !filter.channels.length && !filter.kinds.length && !filter.categoryIds.length &&
      !filter.privacy.length && !filter.unit && !ctx.receivedBetween && !filter.overdueOnly
    );
  }

  /** Only the search box narrows the list: the text index can answer page and count by itself. */
  private searchOnly(filter: ComplaintFilter, ctx: FilterContext): boolean {
    return filter.query !== '' && this.onlySearchOrNothing(filter, ctx);
  }

  /**
   * No filter at all. Such a query gets no WHERE clause: Kysely writes an empty AND as
   * `1 = 1`, and with any WHERE SQLite counts 1,000,000 complaints row by row (25 ms)
   * instead of adding up the entries per page of its smallest index (0.1 ms).
   */
  private unfiltered(filter: ComplaintFilter, ctx: FilterContext): boolean {
    return filter.query === '' && this.onlySearchOrNothing(filter, ctx);
  }

  async list(filter: ComplaintFilter, ctx: FilterContext, offset: number, limit: number): Promise<ComplaintListRecord[]> {
    // A search sorted by date is sorted by id: the intake stamps received_at as it inserts,
    // so id order is received order, and the text index hands out ids in order.
    const byId = filter.query !== '' && filter.sort === 'receivedAt';
    const column = byId ? sql`complaints.id` : SORT_COLUMNS[filter.sort];
    const top = byId && this.searchOnly(filter, ctx) ? complaintTextTopCondition(filter.query, offset + limit, filter.direction) : null;
    const order = sql`${column} ${sql.raw(filter.direction)}`;
    // The page's ids first, from the indexes alone, then only their rows: OFFSET then skips
    // index entries instead of whole joined rows (page 5,000 of 1,000,000: 28 ms, not 2 s).
    const ids = this.db
      .selectFrom('complaints')
      .select('complaints.id')
      .$if(top !== null || !this.unfiltered(filter, ctx), (q) => q.where(top ?? this.conditions(filter, ctx)))
      .orderBy(order)
      .orderBy('complaints.id', filter.direction)
      .offset(offset)
      .limit(limit);
    // Only the register's columns: a page of whole complaints carried every description
    // and channel detail across the driver, row by row, for nothing.
    return this.db
      .selectFrom('complaints')
      .leftJoin('complaint_categories', 'complaint_categories.id', 'complaints.category_id')
      .select(LIST_COLUMNS.map((c) => `complaints.${c}` as const))
      .select('complaint_categories.name as category_name')
      .where('complaints.id', 'in', ids)
      .orderBy(order)
      .orderBy('complaints.id', filter.direction)
      .execute();
  }

  async count(filter: ComplaintFilter, ctx: FilterContext): Promise<number> {
    if (this.searchOnly(filter, ctx)) return countComplaintsByText(this.db, filter.query);
    // Without the category join, which no filter reads: SQLite counts an index instead of joining 1,000,000 rows.
    const row = await this.db
      .selectFrom('complaints')
      .$if(!this.unfiltered(filter, ctx), (q) => q.where(this.conditions(filter, ctx)))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * The complaint's files, each with the archive serial it was filed under. Every way of
   * filing it stores the file's sha256 (the attachment itself, or the scan it came from),
   * so the same sha256 is the archive's "already filed" rule; the first entry names it.
   */
  async attachments(complaintId: number) {
    return this.db
      .selectFrom('complaint_attachments as a')
      .selectAll('a')
      .select((eb) =>
        eb.selectFrom('archive_entries as e').select('e.serial_number').whereRef('e.attachment_sha256', '=', 'a.sha256').orderBy('e.id').limit(1).as('archive_serial'),
      )
      .where('a.complaint_id', '=', complaintId)
      .orderBy('a.id')
      .execute();
  }

  /** How far OCR has read each of a complaint's files, by content hash (the earliest document of a file). */
  async attachmentOcr(complaintId: number) {
    return this.db
      .selectFrom('scanned_documents as d')
      .leftJoin('scanned_pages as p', 'p.document_id', 'd.id')
      .select(['d.sha256', 'd.page_count', 'd.page_total'])
      .select([
        sql<number>`count(CASE WHEN p.ocr_status = 'selesai' THEN 1 END)`.as('read'),
        sql<number>`count(CASE WHEN p.ocr_status = 'menunggu' THEN 1 END)`.as('waiting'),
        sql<number>`count(CASE WHEN p.ocr_status = 'gagal' THEN 1 END)`.as('failed'),
      ])
      .where('d.complaint_id', '=', complaintId)
      .groupBy('d.id')
      .orderBy('d.id', 'desc')
      .execute();
  }

  async attachmentById(id: number) {
    return this.db.selectFrom('complaint_attachments').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async addAttachment(trx: Db, values: { complaint_id: number; sha256: string; file_name: string; mime_type: string; size: number; uploaded_by: string; uploaded_at: string }) {
    await trx.insertInto('complaint_attachments').values(values).execute();
  }

  async links(complaintId: number) {
    return this.db
      .selectFrom('complaint_links')
      .selectAll()
      .where((eb) => eb.or([eb('complaint_id', '=', complaintId), eb('related_id', '=', complaintId)]))
      .execute();
  }

  async addLink(trx: Db, a: number, b: number, actor: string, at: string): Promise<boolean> {
    const [low, high] = a < b ? [a, b] : [b, a];
    const result = await trx
      .insertInto('complaint_links')
      .values({ complaint_id: low, related_id: high, created_by: actor, created_at: at })
      .onConflict((oc) => oc.columns(['complaint_id', 'related_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async mergedInto(targetId: number) {
    return this.base().where('complaints.merged_into_id', '=', targetId).execute();
  }

  async consultations(complaintId: number) {
    return this.db.selectFrom('consultation_notes').selectAll().where('complaint_id', '=', complaintId).orderBy('id').execute();
  }

  async consultationById(id: number) {
    return this.db.selectFrom('consultation_notes').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async addConsultation(trx: Db, values: { complaint_id: number; guest_visit_id: number | null; note: string; created_by: string; created_at: string }) {
    return trx.insertInto('consultation_notes').values(values).returningAll().executeTakeFirstOrThrow();
  }
}
