import type { Kysely } from 'kysely';
import type { ArchiveClassification } from '../../../shared/archive/archive-records';
import type { SaveClassificationInput } from '../../../shared/archive/archive-schemas';
import type { Database } from '../../db/database-schema';
import type { ArchiveClassificationsTable } from '../../db/schema/archive-tables';
import { diffFields, recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import { CLASSIFICATION_ENTITY } from './archive-history';

type Row = Omit<ArchiveClassificationsTable, 'id'> & { id: number };

export const toClassification = (r: Row): ArchiveClassification => ({
  id: r.id,
  code: r.code,
  name: r.name,
  activeYears: r.active_years,
  inactiveYears: r.inactive_years,
  disposition: r.disposition,
  active: r.active === 1,
});

/**
 * The archive classification list with its retention periods, edited by the
 * administrator. A code is retired (inactive), never deleted: filed entries keep it.
 * New periods apply to entries filed (or edited) afterwards; entries already filed keep
 * the dates computed when they were filed, as a retention schedule applies from filing.
 */
export class ArchiveClassifications {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<ArchiveClassification[]> {
    const rows = await this.db.selectFrom('archive_classifications').selectAll().orderBy('code').execute();
    return rows.map(toClassification);
  }

  async get(id: number): Promise<ArchiveClassification> {
    const row = await this.db.selectFrom('archive_classifications').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'Klasifikasi arsip tidak ditemukan.', { classificationId: 'Pilih klasifikasi dari daftar.' });
    return toClassification(row);
  }

  async save(input: SaveClassificationInput, ctx: CallContext): Promise<ArchiveClassification> {
    const clash = await this.db
      .selectFrom('archive_classifications')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['code']), '=', input.code.toLowerCase()))
      .executeTakeFirst();
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `Kode klasifikasi ${input.code} sudah ada.`, { code: 'Kode sudah dipakai.' });
    const at = ctx.clock.now().toISOString();
    const values = {
      code: input.code, name: input.name, active_years: input.activeYears, inactive_years: input.inactiveYears,
      disposition: input.disposition, active: input.active ? 1 : 0, updated_at: at, updated_by: ctx.actor,
    };
    const after = { code: input.code, name: input.name, activeYears: input.activeYears, inactiveYears: input.inactiveYears, disposition: input.disposition, active: input.active };
    const keys = ['code', 'name', 'activeYears', 'inactiveYears', 'disposition', 'active'] as const;
    return this.db.transaction().execute(async (trx) => {
      let id = input.id;
      if (id === null) {
        ({ id } = await trx.insertInto('archive_classifications').values(values).returning('id').executeTakeFirstOrThrow());
        await recordAudit(trx, {
          entityType: CLASSIFICATION_ENTITY, entityId: id, action: 'dibuat', actor: ctx.actor, at: ctx.clock.now(),
          changes: diffFields<Record<(typeof keys)[number], unknown>>({ code: null, name: null, activeYears: null, inactiveYears: null, disposition: null, active: null }, after, keys),
        });
      } else {
        const before = await trx.selectFrom('archive_classifications').selectAll().where('id', '=', id).executeTakeFirst();
        if (!before) throw new AppError('NOT_FOUND', 'Klasifikasi arsip tidak ditemukan.');
        await trx.updateTable('archive_classifications').set(values).where('id', '=', id).execute();
        const old = toClassification(before);
        await recordAudit(trx, {
          entityType: CLASSIFICATION_ENTITY, entityId: id, action: 'diubah', actor: ctx.actor, at: ctx.clock.now(),
          changes: diffFields(old, { ...old, ...after }, keys),
        });
      }
      return { id, ...after };
    });
  }
}
