import type { Kysely } from 'kysely';
import { DEFAULT_IDLE_MINUTES, type AccountSettings } from '../../../shared/accounts/account';
import { accountSettingsSchema } from '../../../shared/accounts/account-schemas';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit } from '../audit/audit-log';
import type { CallContext } from '../core/call-context';

const KEY = 'accounts';

/** How long a desk may sit idle before its session locks; read on every call, so cached. */
export class AccountSettingsService {
  private cached: AccountSettings | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  async get(): Promise<AccountSettings> {
    if (this.cached) return this.cached;
    const row = await this.db.selectFrom('settings').select('value_json').where('key', '=', KEY).executeTakeFirst();
    const parsed = row ? accountSettingsSchema.safeParse(JSON.parse(row.value_json)) : null;
    this.cached = parsed?.success ? parsed.data : { idleMinutes: DEFAULT_IDLE_MINUTES };
    return this.cached;
  }

  async save(next: AccountSettings, ctx: CallContext): Promise<AccountSettings> {
    const before = await this.get();
    const at = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const value = { value_json: JSON.stringify(next), updated_at: at.toISOString(), updated_by: ctx.actor };
      await trx.insertInto('settings').values({ key: KEY, ...value }).onConflict((oc) => oc.column('key').doUpdateSet(value)).execute();
      await recordAudit(trx, { entityType: 'account_settings', entityId: 1, action: 'diubah', actor: ctx.actor, at, changes: diffFields(before, next, ['idleMinutes']) });
    });
    this.cached = next;
    return next;
  }
}
