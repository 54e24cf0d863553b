import type { Kysely } from 'kysely';
import type { ComplaintCategory, RegisterNumbering } from '../../../shared/complaints/complaint';
import { numberingSchema } from '../../../shared/complaints/complaint-schemas';
import { DEFAULT_REGISTER_NUMBERING } from '../../../shared/numbering/register-number';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';

const NUMBERING_KEY = 'register_numbering';

/** The register's editable lists: categories and the register-number pattern. */
export class ComplaintSettingsService {
  constructor(private readonly db: Kysely<Database>) {}

  async categories(): Promise<ComplaintCategory[]> {
    const rows = await this.db.selectFrom('complaint_categories').selectAll().orderBy('name').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1 }));
  }

  async saveCategory(input: { id: number | null; name: string; active: boolean }, ctx: CallContext): Promise<ComplaintCategory> {
    const clash = await this.db
      .selectFrom('complaint_categories')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()))
      .executeTakeFirst();
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `Kategori "${input.name}" sudah ada.`, { name: 'Nama kategori sudah dipakai.' });
    const at = ctx.clock.now();
    return this.db.transaction().execute(async (trx) => {
      let id = input.id;
      if (id === null) {
        ({ id } = await trx.insertInto('complaint_categories').values({ name: input.name, active: input.active ? 1 : 0 }).returning('id').executeTakeFirstOrThrow());
      } else {
        const before = await trx.selectFrom('complaint_categories').selectAll().where('id', '=', id).executeTakeFirst();
        if (!before) throw new AppError('NOT_FOUND', 'Kategori tidak ditemukan.');
        await trx.updateTable('complaint_categories').set({ name: input.name, active: input.active ? 1 : 0 }).where('id', '=', id).execute();
        await recordAudit(trx, {
          entityType: 'complaint_category', entityId: id, action: 'diubah', actor: ctx.actor, at,
          changes: diffFields({ name: before.name, active: String(before.active === 1) }, { name: input.name, active: String(input.active) }, ['name', 'active']),
        });
      }
      return { id: id!, name: input.name, active: input.active };
    });
  }

  async numbering(): Promise<RegisterNumbering> {
    const row = await this.db.selectFrom('settings').select('value_json').where('key', '=', NUMBERING_KEY).executeTakeFirst();
    const parsed = row ? numberingSchema.safeParse(JSON.parse(row.value_json)) : null;
    return parsed?.success ? parsed.data : DEFAULT_REGISTER_NUMBERING;
  }

  async saveNumbering(next: RegisterNumbering, ctx: CallContext): Promise<RegisterNumbering> {
    const before = await this.numbering();
    const at = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const value = { value_json: JSON.stringify(next), updated_at: at.toISOString(), updated_by: ctx.actor };
      await trx.insertInto('settings').values({ key: NUMBERING_KEY, ...value }).onConflict((oc) => oc.column('key').doUpdateSet(value)).execute();
      await recordAudit(trx, {
        entityType: 'settings', entityId: 2, action: 'diubah', actor: ctx.actor, at,
        changes: diffFields(before, next, ['pattern', 'unitCode', 'classificationCode']),
      });
    });
    return next;
  }
}
