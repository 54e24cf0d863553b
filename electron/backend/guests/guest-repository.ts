import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
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

/**
 * Up to this many matches of a phone or NIK prefix are sorted by time in the index; beyond
 * it the visits are walked newest first instead. At 1,000,000 visits, sorting 20,000 index
 * entries takes about 3 ms, and 20,000 matches (one visit in fifty) fill a page of 200
 * within about 10,000 visits walked (10 ms); a denser prefix stops sooner.
 */
const PREFIX_SORT_LIMIT = 20_000;

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
    const [phones, niks] = await Promise.all([
      this.newestByPrefix('phone', phonePrefix, filter, limit),
      this.newestByPrefix('nik', nikPrefix, filter, limit),
    ]);
    const merged = new Map<number, GuestVisitRow>();
    for (const row of [...phones, ...niks]) merged.set(row.id, row);
    return [...merged.values()].sort((a, b) => (a.time_in < b.time_in ? 1 : a.time_in > b.time_in ? -1 : b.id - a.id)).slice(0, limit);
  }

  /**
   * The newest `limit` visits whose `column` starts with `prefix`. A short prefix ("0812":
   * one visitor in twelve, 82,000 of 1,000,000 visits) made SQLite read every matching
   * visit and sort them all to keep the newest 200 (32 ms). The matches are now counted
   * first, from the index and only up to PREFIX_SORT_LIMIT:
   * - fewer: their ids are sorted by time inside the (column, time_in) index, which holds
   *   both, and only the page's rows are read;
   * - more: they are dense enough to walk the visits newest first until the page is full.
   *   The prefix test is then `substr(…) = …`, which no index answers, so SQLite takes the
   *   time index and stops at `limit`.
   */
  private async newestByPrefix(column: 'phone' | 'nik', prefix: string, filter: VisitFilter, limit: number): Promise<GuestVisitRow[]> {
    const inRange = this.db
      .selectFrom('guest_visits')
      .select('id')
      .where(column, '>=', prefix)
      .where(column, '<', prefixUpperBound(prefix))
      .limit(PREFIX_SORT_LIMIT);
    const { n } = await this.db
      .selectFrom(inRange.as('m'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const filtered = <T extends SelectQueryBuilder<Database, 'guest_visits', object>>(q: T): T => {
      let out = q;
      if (filter.timeIn) out = out.where('time_in', '>=', filter.timeIn.start).where('time_in', '<', filter.timeIn.end) as T;
      if (!filter.includeCancelled) out = out.where('status', '=', 'aktif') as T;
      return out.orderBy('time_in', 'desc').orderBy('id', 'desc').limit(limit) as T;
    };
    if (Number(n) >= PREFIX_SORT_LIMIT) {
      const walk = this.db
        .selectFrom('guest_visits')
        .selectAll()
        .where((eb) => eb(eb.fn('substr', [eb.ref(column), eb.val(1), eb.val(prefix.length)]), '=', prefix));
      return filtered(walk).execute();
    }
    const ids = filtered(
      this.db.selectFrom('guest_visits').select('id').where(column, '>=', prefix).where(column, '<', prefixUpperBound(prefix)),
    );
    return this.db.selectFrom('guest_visits').selectAll().where('id', 'in', ids).orderBy('time_in', 'desc').orderBy('id', 'desc').execute();
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
