import type { Kysely, Transaction } from 'kysely';
import type { Database, GuestVisitsTable } from '../../db/database-schema';
import type { GuestNameSearch } from '../../db/search/guest-name-search';
import type { GuestVisitRow } from './guest-row';

type Db = Kysely<Database> | Transaction<Database>;
type NewVisit = Omit<GuestVisitsTable, 'id'>;

export interface VisitFilter {
  /** UTC instants: start <= time_in < end. */
  timeIn?: { start: string; end: string };
  includeCancelled: boolean;
}

/** The smallest string greater than every string starting with `prefix`. */
function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** All SQL of the guest book. Portable Kysely only; full-text search comes from `nameSearch`. */
export class GuestRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly nameSearch: GuestNameSearch,
  ) {}

  async insert(trx: Db, visit: NewVisit): Promise<GuestVisitRow> {
    return trx.insertInto('guest_visits').values(visit).returningAll().executeTakeFirstOrThrow();
  }

  async findById(id: number, trx: Db = this.db): Promise<GuestVisitRow | undefined> {
    return trx.selectFrom('guest_visits').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async update(trx: Db, id: number, values: Partial<NewVisit>): Promise<GuestVisitRow> {
    return trx.updateTable('guest_visits').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  }

  /** Visits in a time range, newest first, at most `limit`. */
  async list(filter: VisitFilter, limit: number): Promise<GuestVisitRow[]> {
    let q = this.db.selectFrom('guest_visits').selectAll();
    if (filter.timeIn) q = q.where('time_in', '>=', filter.timeIn.start).where('time_in', '<', filter.timeIn.end);
    if (!filter.includeCancelled) q = q.where('status', '=', 'aktif');
    return q.orderBy('time_in', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }

  /** How many visits of a time range were not cancelled, and how many of those are still in. */
  async countsBetween(timeIn: { start: string; end: string }) {
    const row = await this.db
      .selectFrom('guest_visits')
      .select((eb) => [
        eb.fn.countAll<number>().as('visits'),
        eb.fn.count<number>('id').filterWhere('time_out', 'is', null).as('present'),
      ])
      .where('time_in', '>=', timeIn.start)
      .where('time_in', '<', timeIn.end)
      .where('status', '=', 'aktif')
      .executeTakeFirstOrThrow();
    return { visits: Number(row.visits), present: Number(row.present) };
  }

  /**
   * Visits whose phone starts with `phonePrefix` or whose NIK starts with `nikPrefix`,
   * newest first. Two prefixes because the same digits read differently: "6271…" is a
   * Central Kalimantan NIK but "+62 71…" as a phone number.
   */
  async findByNumberPrefix(phonePrefix: string, nikPrefix: string, filter: VisitFilter, limit: number): Promise<GuestVisitRow[]> {
    const byColumn = (column: 'phone' | 'nik') => {
      const prefix = column === 'phone' ? phonePrefix : nikPrefix;
      let q = this.db
        .selectFrom('guest_visits')
        .selectAll()
        .where(column, '>=', prefix)
        .where(column, '<', prefixUpperBound(prefix));
      if (filter.timeIn) q = q.where('time_in', '>=', filter.timeIn.start).where('time_in', '<', filter.timeIn.end);
      if (!filter.includeCancelled) q = q.where('status', '=', 'aktif');
      return q.orderBy('time_in', 'desc').limit(limit).execute();
    };
    const [phones, niks] = await Promise.all([byColumn('phone'), byColumn('nik')]);
    const merged = new Map<number, GuestVisitRow>();
    for (const row of [...phones, ...niks]) merged.set(row.id, row);
    return [...merged.values()].sort((a, b) => (a.time_in < b.time_in ? 1 : -1)).slice(0, limit);
  }

  /**
   * Visits whose name or institution matches the words, newest first. Pages through the
   * text index so a date filter on an old range still fills the page.
   */
  async findByName(words: string, filter: VisitFilter, limit: number): Promise<GuestVisitRow[]> {
    const found: GuestVisitRow[] = [];
    let beforeId: number | undefined;
    const batch = Math.max(limit * 2, 100);
    for (let round = 0; round < 50 && found.length < limit; round++) {
      const ids = await this.nameSearch.findVisitIds(words, batch, beforeId);
      if (ids.length === 0) break;
      let q = this.db.selectFrom('guest_visits').selectAll().where('id', 'in', ids);
      if (filter.timeIn) q = q.where('time_in', '>=', filter.timeIn.start).where('time_in', '<', filter.timeIn.end);
      if (!filter.includeCancelled) q = q.where('status', '=', 'aktif');
      const rows = await q.orderBy('id', 'desc').execute();
      found.push(...rows);
      if (ids.length < batch) break;
      beforeId = ids[ids.length - 1];
      // Rows come newest first: once a batch is older than the range, nothing later matches.
      const oldest = await this.findById(beforeId!);
      if (filter.timeIn && oldest && oldest.time_in < filter.timeIn.start) break;
    }
    return found.slice(0, limit);
  }

  /** The latest visit of a person known by phone or NIK, and how often they came. */
  async latestByIdentity(column: 'phone' | 'nik', value: string) {
    const latest = await this.db
      .selectFrom('guest_visits')
      .selectAll()
      .where(column, '=', value)
      .where('status', '=', 'aktif')
      .orderBy('time_in', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!latest) return null;
    const { count } = await this.db
      .selectFrom('guest_visits')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where(column, '=', value)
      .where('status', '=', 'aktif')
      .executeTakeFirstOrThrow();
    return { latest, count: Number(count) };
  }
}
