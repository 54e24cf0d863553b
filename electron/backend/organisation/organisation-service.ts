import type { Kysely } from 'kysely';
import { holderOn } from '../../../shared/organisation/acting-holder';
import type { OrgChart, OrgPosition, OrgUnit, PositionHolder, PositionRef } from '../../../shared/organisation/organisation';
import type { saveHolderSchema, savePositionSchema, saveUnitSchema } from '../../../shared/organisation/organisation-schemas';
import { officeDayOf } from '../../../shared/time/indonesian-dates';
import type { z } from '../../../shared/validation/zod-indonesian';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit } from '../audit/audit-log';
import { AppError, notFound } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { SettingsService } from '../settings/settings-service';
import { toHolder, toUnit, wouldCreateCycle, type PositionRow } from './organisation-rows';

type UnitInput = z.output<typeof saveUnitSchema>;
type PositionInput = z.output<typeof savePositionSchema>;
type HolderInput = z.output<typeof saveHolderSchema>;

/**
 * The organisation chart: units as a tree, positions with their superior, holders over
 * time. Every change is audited; moves that would make a unit (or a position) its own
 * ancestor are refused, because returns and a.n./u.b. signing walk up these links.
 */
export class OrganisationService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly settings: SettingsService,
    /** Told after any change, so cached session users pick up renamed positions. */
    private readonly onChange: () => void = () => undefined,
  ) {}

  async chart(date: string | undefined, now: Date): Promise<OrgChart> {
    const day = date ?? officeDayOf(now, (await this.settings.office()).timeZone);
    const [units, positions, holders] = await Promise.all([
      this.db.selectFrom('units').selectAll().orderBy('sort_order').orderBy('name').execute(),
      this.db.selectFrom('positions').selectAll().orderBy('sort_order').orderBy('title').execute(),
      this.db.selectFrom('position_holders').selectAll().orderBy('start_date', 'desc').orderBy('id', 'desc').execute(),
    ]);
    const byPosition = new Map<number, PositionHolder[]>();
    for (const h of holders) {
      const list = byPosition.get(h.position_id) ?? [];
      list.push(toHolder(h));
      byPosition.set(h.position_id, list);
    }
    return {
      date: day,
      units: units.map(toUnit),
      positions: positions.map((p) => this.toPosition(p, byPosition.get(p.id) ?? [], day)),
    };
  }

  /** Who acts in a position on an office day (Plh. before Plt. before definitif). */
  async holderOn(positionId: number, day: string): Promise<PositionHolder | null> {
    const rows = await this.db.selectFrom('position_holders').selectAll().where('position_id', '=', positionId).execute();
    return holderOn(rows.map(toHolder), day);
  }

  async positionRefs(ids: readonly number[]): Promise<PositionRef[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('positions')
      .innerJoin('units', 'units.id', 'positions.unit_id')
      .select(['positions.id', 'positions.title', 'positions.short_title', 'units.name as unit_name'])
      .where('positions.id', 'in', [...ids])
      .orderBy('positions.sort_order')
      .execute();
    return rows.map((r) => ({ id: r.id, title: r.title, shortTitle: r.short_title, unitName: r.unit_name }));
  }

  async saveUnit(input: UnitInput, ctx: CallContext): Promise<OrgUnit> {
    const at = ctx.clock.now();
    const saved = await this.db.transaction().execute(async (trx) => {
      const all = await trx.selectFrom('units').select(['id', 'parent_id']).execute();
      const parentOf = new Map(all.map((u) => [u.id, u.parent_id]));
      if (input.parentId !== null && !parentOf.has(input.parentId)) throw notFound('Unit induk');
      const values = {
        parent_id: input.parentId, name: input.name, code: input.code, sort_order: input.order,
        active: input.active ? 1 : 0, updated_at: at.toISOString(),
      };
      if (input.id === null) {
        const row = await trx.insertInto('units').values(values).returningAll().executeTakeFirstOrThrow();
        await recordAudit(trx, { entityType: 'unit', entityId: row.id, action: 'dibuat', actor: ctx.actor, at, changes: { name: [null, row.name] } });
        return row;
      }
      const before = await trx.selectFrom('units').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('Unit');
      if (input.parentId !== null && wouldCreateCycle(input.id, input.parentId, parentOf)) {
        throw new AppError('CONFLICT', `Unit "${before.name}" tidak dapat dipindah ke bawah unit bawahannya sendiri.`, {
          parentId: 'Pilih unit induk yang bukan unit ini atau bawahannya.',
        });
      }
      const row = await trx.updateTable('units').set(values).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow();
      await recordAudit(trx, {
        entityType: 'unit', entityId: row.id, action: 'diubah', actor: ctx.actor, at,
        changes: diffFields(before, row, ['parent_id', 'name', 'code', 'sort_order', 'active']),
      });
      return row;
    });
    this.onChange();
    return toUnit(saved);
  }

  async savePosition(input: PositionInput, ctx: CallContext): Promise<OrgPosition> {
    const at = ctx.clock.now();
    const saved = await this.db.transaction().execute(async (trx) => {
      const unit = await trx.selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
      if (!unit) throw notFound('Unit');
      const all = await trx.selectFrom('positions').select(['id', 'superior_id']).execute();
      const superiorOf = new Map(all.map((p) => [p.id, p.superior_id]));
      if (input.superiorId !== null && !superiorOf.has(input.superiorId)) throw notFound('Jabatan atasan');
      const values = {
        unit_id: input.unitId, title: input.title, short_title: input.shortTitle, superior_id: input.superiorId,
        sort_order: input.order, active: input.active ? 1 : 0, updated_at: at.toISOString(),
      };
      if (input.id === null) {
        const row = await trx.insertInto('positions').values(values).returningAll().executeTakeFirstOrThrow();
        await recordAudit(trx, { entityType: 'position', entityId: row.id, action: 'dibuat', actor: ctx.actor, at, changes: { title: [null, row.title] } });
        return row;
      }
      const before = await trx.selectFrom('positions').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before) throw notFound('Jabatan');
      if (input.superiorId !== null && wouldCreateCycle(input.id, input.superiorId, superiorOf)) {
        throw new AppError('CONFLICT', `Jabatan "${before.title}" tidak dapat menjadi atasan dari atasannya sendiri.`, {
          superiorId: 'Pilih atasan yang bukan jabatan ini atau bawahannya.',
        });
      }
      const row = await trx.updateTable('positions').set(values).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow();
      await recordAudit(trx, {
        entityType: 'position', entityId: row.id, action: 'diubah', actor: ctx.actor, at,
        changes: diffFields(before, row, ['unit_id', 'title', 'short_title', 'superior_id', 'sort_order', 'active']),
      });
      return row;
    });
    this.onChange();
    const holders = await this.db.selectFrom('position_holders').selectAll().where('position_id', '=', saved.id).orderBy('start_date', 'desc').execute();
    return this.toPosition(saved, holders.map(toHolder), officeDayOf(at, (await this.settings.office()).timeZone));
  }

  async saveHolder(input: HolderInput, ctx: CallContext): Promise<PositionHolder> {
    const at = ctx.clock.now();
    return this.db.transaction().execute(async (trx) => {
      const position = await trx.selectFrom('positions').select(['id', 'title']).where('id', '=', input.positionId).executeTakeFirst();
      if (!position) throw notFound('Jabatan');
      if (input.kind === 'definitif') {
        // Two definitive holders at once is a data-entry slip; acting officials may overlap them.
        const others = await trx.selectFrom('position_holders').selectAll()
          .where('position_id', '=', input.positionId).where('kind', '=', 'definitif').execute();
        const clash = others.find((o) => o.id !== input.id && o.start_date <= (input.endDate ?? '9999-12-31') && (o.end_date ?? '9999-12-31') >= input.startDate);
        if (clash) {
          throw new AppError('CONFLICT', `${position.title} sudah dijabat definitif oleh ${clash.name} pada periode itu. Isi dulu tanggal selesai pejabat lama.`, {
            startDate: 'Periode ini bertumpang tindih dengan pejabat definitif lain.',
          });
        }
      }
      const values = {
        position_id: input.positionId, name: input.name, nip: input.nip, rank: input.rank, kind: input.kind,
        start_date: input.startDate, end_date: input.endDate, updated_at: at.toISOString(),
      };
      if (input.id === null) {
        const row = await trx.insertInto('position_holders').values(values).returningAll().executeTakeFirstOrThrow();
        await recordAudit(trx, {
          entityType: 'position', entityId: row.position_id, action: 'pemangku ditambahkan', actor: ctx.actor, at,
          changes: { name: [null, row.name], kind: [null, row.kind], start_date: [null, row.start_date], end_date: [null, row.end_date] },
        });
        return toHolder(row);
      }
      const before = await trx.selectFrom('position_holders').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!before || before.position_id !== input.positionId) throw notFound('Pemangku jabatan');
      const row = await trx.updateTable('position_holders').set(values).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow();
      await recordAudit(trx, {
        entityType: 'position', entityId: row.position_id, action: 'pemangku diubah', actor: ctx.actor, at,
        changes: diffFields(before, row, ['name', 'nip', 'rank', 'kind', 'start_date', 'end_date']),
      });
      return toHolder(row);
    });
  }

  /** Removes a holder entered by mistake; the audit keeps who it was and why it went. */
  async deleteHolder(id: number, reason: string, ctx: CallContext): Promise<null> {
    const at = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('position_holders').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) throw notFound('Pemangku jabatan');
      await trx.deleteFrom('position_holders').where('id', '=', id).execute();
      await recordAudit(trx, {
        entityType: 'position', entityId: before.position_id, action: 'pemangku dihapus', actor: ctx.actor, at, reason,
        changes: { name: [before.name, null], kind: [before.kind, null], start_date: [before.start_date, null], end_date: [before.end_date, null] },
      });
    });
    return null;
  }

  private toPosition(p: PositionRow, holders: PositionHolder[], day: string): OrgPosition {
    return {
      id: p.id, unitId: p.unit_id, title: p.title, shortTitle: p.short_title, superiorId: p.superior_id,
      order: p.sort_order, active: p.active === 1, holders, currentHolder: holderOn(holders, day),
    };
  }
}
