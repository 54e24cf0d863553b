import type { Kysely } from 'kysely';
import type { GuestFields } from '../../../shared/guests/guest-schemas';
import type { GuestListPage, GuestTodayPage, GuestVisit, GuestVisitHistoryEntry, KnownVisitor } from '../../../shared/guests/guest-visit';
import { formatTime, officeDayOf, officeDayRangeToInstants } from '../../../shared/time/indonesian-dates';
import { nikProblem } from '../../../shared/validation/nik';
import { normalizePhone, phoneProblem } from '../../../shared/validation/phone';
import type { Database } from '../../db/database-schema';
import { auditTrail, diffFields, recordAudit } from '../audit/audit-log';
import { AppError, notFound } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';
import { EDITABLE_COLUMNS, fieldsToColumns, rowToVisit } from './guest-row';
import type { GuestRepository, VisitFilter } from './guest-repository';

const ENTITY = 'guest_visit';
/**
 * Today's list shows the newest visits; a counter rarely sees this many in a day, and
 * beyond it the clerk searches or prints. The badge's figures are counted in full.
 */
const TODAY_LIMIT = 200;

export interface DayRange {
  from: string;
  to: string;
}

/** The guest book's rules: who may change what, and the history every change leaves. */
export class GuestService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: GuestRepository,
    private readonly settings: SettingsService,
  ) {}

  async register(fields: GuestFields, ctx: CallContext): Promise<GuestVisit> {
    const at = ctx.clock.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const row = await this.repo.insert(trx, {
        ...fieldsToColumns(fields),
        time_in: at,
        time_out: null,
        status: 'aktif',
        cancel_reason: null,
        cancelled_at: null,
        cancelled_by: null,
        created_by: ctx.actor,
        updated_at: at,
      });
      await recordAudit(trx, { entityType: ENTITY, entityId: row.id, action: 'dibuat', actor: ctx.actor, at: new Date(at) });
      return rowToVisit(row);
    });
  }

  async update(id: number, fields: GuestFields, ctx: CallContext): Promise<GuestVisit> {
    const now = ctx.clock.now();
    return this.db.transaction().execute(async (trx) => {
      const before = await this.repo.findById(id, trx);
      if (!before) throw notFound('Kunjungan');
      if (before.status === 'dibatalkan') throw new AppError('CONFLICT', 'Kunjungan yang sudah dibatalkan tidak dapat diubah.');
      const next = { ...before, ...fieldsToColumns(fields) };
      const changes = diffFields(before, next, EDITABLE_COLUMNS);
      if (Object.keys(changes).length === 0) return rowToVisit(before);
      const row = await this.repo.update(trx, id, { ...fieldsToColumns(fields), updated_at: now.toISOString() });
      await recordAudit(trx, { entityType: ENTITY, entityId: id, action: 'diubah', actor: ctx.actor, at: now, changes });
      return rowToVisit(row);
    });
  }

  async checkOut(id: number, ctx: CallContext): Promise<GuestVisit> {
    const now = ctx.clock.now();
    const zone = (await this.settings.office()).timeZone;
    return this.db.transaction().execute(async (trx) => {
      const before = await this.repo.findById(id, trx);
      if (!before) throw notFound('Kunjungan');
      if (before.status === 'dibatalkan') throw new AppError('CONFLICT', 'Kunjungan ini sudah dibatalkan.');
      if (before.time_out) {
        throw new AppError('CONFLICT', `Tamu ini sudah tercatat selesai pukul ${formatTime(before.time_out, zone)}.`);
      }
      const row = await this.repo.update(trx, id, { time_out: now.toISOString(), updated_at: now.toISOString() });
      await recordAudit(trx, {
        entityType: ENTITY, entityId: id, action: 'selesai', actor: ctx.actor, at: now,
        changes: { time_out: [null, now.toISOString()] },
      });
      return rowToVisit(row);
    });
  }

  /** Removal is a recorded cancellation with a reason; the row stays in the book. */
  async cancel(id: number, reason: string, ctx: CallContext): Promise<GuestVisit> {
    const now = ctx.clock.now();
    return this.db.transaction().execute(async (trx) => {
      const before = await this.repo.findById(id, trx);
      if (!before) throw notFound('Kunjungan');
      if (before.status === 'dibatalkan') throw new AppError('CONFLICT', 'Kunjungan ini sudah dibatalkan sebelumnya.');
      const row = await this.repo.update(trx, id, {
        status: 'dibatalkan', cancel_reason: reason, cancelled_at: now.toISOString(), cancelled_by: ctx.actor,
        updated_at: now.toISOString(),
      });
      await recordAudit(trx, {
        entityType: ENTITY, entityId: id, action: 'dibatalkan', actor: ctx.actor, at: now, reason,
        changes: { status: ['aktif', 'dibatalkan'] },
      });
      return rowToVisit(row);
    });
  }

  async get(id: number): Promise<GuestVisit> {
    const row = await this.repo.findById(id);
    if (!row) throw notFound('Kunjungan');
    return rowToVisit(row);
  }

  async today(ctx: CallContext): Promise<GuestTodayPage> {
    const zone = (await this.settings.office()).timeZone;
    const day = officeDayOf(ctx.clock.now(), zone);
    const timeIn = officeDayRangeToInstants(day, day, zone);
    const [rows, counts] = await Promise.all([
      this.repo.list({ timeIn, includeCancelled: true }, TODAY_LIMIT + 1),
      this.repo.countsBetween(timeIn),
    ]);
    return { ...this.page(rows, TODAY_LIMIT), counts };
  }

  /** Name, phone or NIK — whichever the clerk typed — within an optional range of days. */
  async search(query: string, range: DayRange | undefined, includeCancelled: boolean, limit: number): Promise<GuestListPage> {
    const filter = await this.filterFor(range, includeCancelled);
    const compact = query.replace(/[\s.()-]/g, '');
    let rows;
    if (compact === '') rows = await this.repo.list(filter, limit + 1);
    else if (/^\+?\d{3,}$/.test(compact)) {
      rows = await this.repo.findByNumberPrefix(normalizePhone(compact), compact.replace('+', ''), filter, limit + 1);
    }
    else rows = await this.repo.findByName(query, filter, limit + 1);
    return this.page(rows, limit);
  }

  /** A returning visitor, recognised by phone or NIK, so nobody retypes their details. */
  async lookupVisitor(phone: string, nik: string): Promise<KnownVisitor | null> {
    const compactNik = nik.replace(/\s/g, '');
    const found =
      (compactNik && !nikProblem(compactNik) ? await this.repo.latestByIdentity('nik', compactNik) : null) ??
      (phone && !phoneProblem(phone) ? await this.repo.latestByIdentity('phone', normalizePhone(phone)) : null);
    if (!found) return null;
    const { latest, count } = found;
    return {
      name: latest.name, nik: latest.nik, phone: latest.phone, address: latest.address,
      institution: latest.institution, lastVisitAt: latest.time_in, visitCount: count,
    };
  }

  async history(id: number): Promise<GuestVisitHistoryEntry[]> {
    if (!(await this.repo.findById(id))) throw notFound('Kunjungan');
    const trail = await auditTrail(this.db, ENTITY, id);
    return trail.map((e) => ({ ...e, action: e.action as GuestVisitHistoryEntry['action'] }));
  }

  /** Every visit of a range of office days, oldest first, as printed and exported. */
  async visitsInRange(range: DayRange, cap: number): Promise<GuestVisit[]> {
    const filter = await this.filterFor(range, true);
    const rows = await this.repo.list(filter, cap + 1);
    if (rows.length > cap) {
      throw new AppError(
        'TOO_LARGE',
        `Rentang ini berisi lebih dari ${cap.toLocaleString('id-ID')} kunjungan. Pilih rentang yang lebih pendek (misalnya per bulan).`,
      );
    }
    return rows.reverse().map(rowToVisit);
  }

  private async filterFor(range: DayRange | undefined, includeCancelled: boolean): Promise<VisitFilter> {
    if (!range) return { includeCancelled };
    const zone = (await this.settings.office()).timeZone;
    return { timeIn: officeDayRangeToInstants(range.from, range.to, zone), includeCancelled };
  }

  private page(rows: Parameters<typeof rowToVisit>[0][], limit: number): GuestListPage {
    return { rows: rows.slice(0, limit).map(rowToVisit), truncated: rows.length > limit };
  }
}
