import type { Kysely } from 'kysely';
import { DEFAULT_DOCUMENT_SETTINGS, documentSettingsSchema, type DocumentSettings } from '../../../shared/office/document-settings';
import { EMPTY_OFFICE_SETTINGS, officeSettingsSchema, type OfficeSettings } from '../../../shared/office/office-settings';
import type { Database } from '../../db/database-schema';
import { diffFields, recordAudit } from '../audit/audit-log';
import type { CallContext } from '../core/call-context';

const OFFICE_KEY = 'office';
const DOCUMENTS_KEY = 'documents';

/**
 * Office identity, time zone and paper size. Read often (every printed page, every date
 * shown), written rarely, so the current value is cached in memory.
 */
export class SettingsService {
  private cached: OfficeSettings | null = null;
  private cachedDocuments: DocumentSettings | null = null;

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

  /** The office with the letterhead rule of the document settings: what every printed kop needs. */
  async letterheadOffice(): Promise<OfficeSettings & { letterheadRule: DocumentSettings['letterheadRule'] }> {
    return { ...(await this.office()), letterheadRule: (await this.documents()).letterheadRule };
  }

  /** Letter typeface, margins, letterhead rule, paraf column: the defaults of DOMAIN.md until saved. */
  async documents(): Promise<DocumentSettings> {
    if (this.cachedDocuments) return this.cachedDocuments;
    const row = await this.db.selectFrom('settings').select('value_json').where('key', '=', DOCUMENTS_KEY).executeTakeFirst();
    const parsed = row ? documentSettingsSchema.safeParse(JSON.parse(row.value_json)) : null;
    this.cachedDocuments = parsed?.success ? parsed.data : DEFAULT_DOCUMENT_SETTINGS;
    return this.cachedDocuments;
  }

  async saveDocuments(next: DocumentSettings, ctx: CallContext): Promise<DocumentSettings> {
    const before = await this.documents();
    const at = ctx.clock.now();
    const json = JSON.stringify(next);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: DOCUMENTS_KEY, value_json: json, updated_at: at.toISOString(), updated_by: ctx.actor })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: json, updated_at: at.toISOString(), updated_by: ctx.actor }))
        .execute();
      const flat = (s: DocumentSettings) => ({
        font: s.font,
        margins: `${s.marginsCm.left}/${s.marginsCm.top}/${s.marginsCm.right}/${s.marginsCm.bottom} cm`,
        letterheadRule: s.letterheadRule,
        printParafOnFileCopy: s.printParafOnFileCopy ? 'ya' : 'tidak',
      });
      const changes = diffFields(flat(before), flat(next), ['font', 'margins', 'letterheadRule', 'printParafOnFileCopy']);
      await recordAudit(trx, { entityType: 'settings', entityId: 1, action: 'diubah', actor: ctx.actor, at, changes, reason: 'Pengaturan dokumen surat' });
    });
    this.cachedDocuments = next;
    return next;
  }
}
