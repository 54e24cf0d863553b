import type { Kysely } from 'kysely';
import { EMPTY_OFFICE_SETTINGS, officeSettingsSchema, type OfficeSettings } from '../../../shared/office/office-settings';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit } from '../audit/audit-log';
import type { CallContext } from '../core/call-context';

const OFFICE_KEY = 'office';

/**
 * Office identity, time zone and paper size. Read often (every printed page, every date
 * shown), written rarely, so the current value is cached in memory.
 */
export class SettingsService {
  private cached: OfficeSettings | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  async office(): Promise<OfficeSettings> {
    if (this.cached) return this.cached;
    const row = await this.db.selectFrom('settings').select('value_json').where('key', '=', OFFICE_KEY).executeTakeFirst();
    const parsed = row ? officeSettingsSchema.safeParse(JSON.parse(row.value_json)) : null;
    this.cached = parsed?.success ? (parsed.data as OfficeSettings) : EMPTY_OFFICE_SETTINGS;
    return this.cached;
  }

  async saveOffice(next: OfficeSettings, ctx: CallContext): Promise<OfficeSettings> {
    const before = await this.office();
    const at = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: OFFICE_KEY, value_json: JSON.stringify(next), updated_at: at.toISOString(), updated_by: ctx.actor })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value_json: JSON.stringify(next), updated_at: at.toISOString(), updated_by: ctx.actor }),
        )
        .execute();
      const flat = (s: OfficeSettings) => ({ ...s, nameLines: s.nameLines.join(' / '), logoDataUrl: s.logoDataUrl ? 'ada' : '' });
      const changes = diffFields(flat(before), flat(next), [
        'nameLines', 'address', 'phone', 'website', 'email', 'logoDataUrl', 'timeZone', 'paperSize',
      ]);
      await recordAudit(trx, { entityType: 'settings', entityId: 1, action: 'diubah', actor: ctx.actor, at, changes });
    });
    this.cached = next;
    return next;
  }
}
