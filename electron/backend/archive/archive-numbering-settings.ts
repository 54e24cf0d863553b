import type { Kysely, Transaction } from 'kysely';
import { archiveNumberingSchema } from '../../../shared/archive/archive-schemas';
import { ARCHIVE_SERIAL_SCOPE, DEFAULT_ARCHIVE_NUMBERING, formatArchiveSerial, type ArchiveNumbering } from '../../../shared/archive/archive-numbering';
import { officeClock } from '../../../shared/time/indonesian-dates';
import type { OfficeTimeZone } from '../../../shared/office/time-zones';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit } from '../audit/audit-log';
import type { CallContext } from '../core/call-context';
import { nextNumber } from '../numbering/number-sequence';

const NUMBERING_KEY = 'archive_numbering';

/** The pattern of archive serial numbers, and issuing them. */
export class ArchiveNumberingSettings {
  constructor(private readonly db: Kysely<Database>) {}

  async get(db: Kysely<Database> | Transaction<Database> = this.db): Promise<ArchiveNumbering> {
    const row = await db.selectFrom('settings').select('value_json').where('key', '=', NUMBERING_KEY).executeTakeFirst();
    const parsed = row ? archiveNumberingSchema.safeParse(JSON.parse(row.value_json)) : null;
    return parsed?.success ? parsed.data : DEFAULT_ARCHIVE_NUMBERING;
  }

  async save(next: ArchiveNumbering, ctx: CallContext): Promise<ArchiveNumbering> {
    const before = await this.get();
    const at = ctx.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const value = { value_json: JSON.stringify(next), updated_at: at.toISOString(), updated_by: ctx.actor };
      await trx.insertInto('settings').values({ key: NUMBERING_KEY, ...value }).onConflict((oc) => oc.column('key').doUpdateSet(value)).execute();
      await recordAudit(trx, {
        entityType: 'settings', entityId: 1, action: 'diubah', actor: ctx.actor, at,
        changes: diffFields(before, next, ['pattern', 'unitCode']), reason: 'Penomoran arsip',
      });
    });
    return next;
  }

  /**
   * The next serial number, inside the transaction that saves the entry: the yearly
   * counter and the entry commit or roll back together, so a number is never issued twice
   * or skipped (see number-sequence.ts). The year is the office's year of filing.
   */
  async issue(trx: Transaction<Database>, classificationCode: string, now: Date, zone: OfficeTimeZone) {
    const numbering = await this.get(trx);
    const { year, month } = officeClock(now, zone);
    const seq = await nextNumber(trx, ARCHIVE_SERIAL_SCOPE, year);
    return { year, seq, serialNumber: formatArchiveSerial(numbering, { seq, classificationCode, year, month }) };
  }
}
