import type { Insertable, Kysely, Selectable } from 'kysely';
import type { PrintLogEntry, PrintLogPage } from '../../../shared/printing/printing-records';
import type { OfficeTimeZone } from '../../../shared/office/time-zones';
import type { PrintLogQuery } from '../../../shared/printing/printing-schemas';
import { officeDayRangeToInstants } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import type { PrintLogTable } from '../../db/schema/printing-tables';

export type PrintLogRow = Omit<Insertable<PrintLogTable>, 'id'>;

const toEntry = (r: Selectable<PrintLogTable>): PrintLogEntry => ({
  id: r.id,
  documentKind: r.document_kind,
  title: r.title,
  reference: r.reference,
  printer: r.printer,
  copies: r.copies,
  pages: r.pages,
  paper: r.paper,
  method: r.method,
  status: r.status,
  error: r.error,
  jobId: r.job_id,
  printedBy: r.printed_by,
  printedAt: r.printed_at,
});

/** The print log: one row per print, sent or refused; never edited. */
export class PrintLogRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: PrintLogRow): Promise<PrintLogEntry> {
    const saved = await this.db.insertInto('print_log').values(row).returningAll().executeTakeFirstOrThrow();
    return toEntry(saved);
  }

  /** Newest first; the range is in office days, both ends included. */
  async page(query: Required<Pick<PrintLogQuery, 'offset' | 'limit'>> & Omit<PrintLogQuery, 'offset' | 'limit'>, zone: OfficeTimeZone): Promise<PrintLogPage> {
    let filtered = this.db.selectFrom('print_log');
    if (query.range) {
      const { start, end } = officeDayRangeToInstants(query.range.from, query.range.to, zone);
      filtered = filtered.where('printed_at', '>=', start).where('printed_at', '<', end);
    }
    if (query.documentKind) filtered = filtered.where('document_kind', '=', query.documentKind);
    if (query.printedBy) filtered = filtered.where('printed_by', '=', query.printedBy);
    const [rows, count, people] = await Promise.all([
      filtered.selectAll().orderBy('printed_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
      filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      this.db.selectFrom('print_log').select('printed_by').distinct().orderBy('printed_by').execute(),
    ]);
    return { rows: rows.map(toEntry), total: Number(count.n), printedBy: people.map((p) => p.printed_by) };
  }
}
