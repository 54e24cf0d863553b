import type { Kysely, Transaction } from 'kysely';
import type { LetterNumbering, MailSettingsView } from '../../../shared/letters/letter-records';
import type { MailSettings } from '../../../shared/letters/letter-schemas';
import type { Database } from '../../db/database-schema';
import { recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import { isSealed, SecretUnreadableError, type SecretSealer } from '../core/secret-sealer';

const NUMBERING_KEY = 'letters.numbering';
const MAIL_KEY = 'letters.mail';

/** What a fresh office starts with: "ND.001/PPM/HM.01/XI/2026" and "001/PPM/HM.01/XI/2026". */
export const DEFAULT_LETTER_NUMBERING: LetterNumbering = {
  patterns: { 'nota-dinas': 'ND.{NO:3}/{UNIT}/{KLAS}/{BULAN}/{TAHUN}', 'surat-jawaban': '{NO:3}/{UNIT}/{KLAS}/{BULAN}/{TAHUN}' },
  classification: 'HM.01',
};


const EMPTY_MAIL: MailSettings = { host: '', port: 587, secure: false, username: '', password: '', fromAddress: '', fromName: '' };

/**
 * Letter numbering patterns and the office's SMTP account, kept in the settings table. The
 * SMTP password is stored sealed (core/secret-sealer.ts), never in clear.
 */
export class LetterSettings {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly secrets: SecretSealer,
  ) {}

  private async read<T>(key: string, fallback: T, db: Kysely<Database> | Transaction<Database> = this.db): Promise<T> {
    const row = await db.selectFrom('settings').select('value_json').where('key', '=', key).executeTakeFirst();
    return row ? { ...fallback, ...(JSON.parse(row.value_json) as T) } : fallback;
  }

  private async write(key: string, value: unknown, ctx: CallContext, what: string) {
    const at = ctx.clock.now();
    const json = JSON.stringify(value);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key, value_json: json, updated_at: at.toISOString(), updated_by: ctx.actor })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: json, updated_at: at.toISOString(), updated_by: ctx.actor }))
        .execute();
      await recordAudit(trx, { entityType: 'settings', entityId: 1, action: 'diubah', actor: ctx.actor, at, reason: what });
    });
  }

  numbering(db?: Kysely<Database> | Transaction<Database>): Promise<LetterNumbering> {
    return this.read(NUMBERING_KEY, DEFAULT_LETTER_NUMBERING, db);
  }

  async saveNumbering(input: LetterNumbering, ctx: CallContext): Promise<LetterNumbering> {
    await this.write(NUMBERING_KEY, input, ctx, `Pola nomor surat: ${input.patterns['nota-dinas']} | ${input.patterns['surat-jawaban']}`);
    return input;
  }

  /** The SMTP account with its password opened, to send with. */
  async mail(): Promise<MailSettings> {
    const stored = await this.read(MAIL_KEY, EMPTY_MAIL);
    if (stored.password === '') return stored;
    if (!isSealed(stored.password)) {
      // Written in clear by an older version: sealed now, once, without a settings change in the history.
      const json = JSON.stringify({ ...stored, password: this.secrets.seal(stored.password) });
      await this.db.updateTable('settings').set({ value_json: json }).where('key', '=', MAIL_KEY).execute();
      return stored;
    }
    try {
      return { ...stored, password: this.secrets.open(stored.password) };
    } catch (error) {
      if (error instanceof SecretUnreadableError) throw new AppError('VALIDATION', `${error.message} (Pengaturan → Surat → Surel)`);
      throw error;
    }
  }

  async mailView(): Promise<MailSettingsView> {
    const { password, ...rest } = await this.read(MAIL_KEY, EMPTY_MAIL);
    return { ...rest, passwordSet: password !== '' };
  }

  /** An empty password keeps the stored one, so the form never has to show it. */
  async saveMail(input: MailSettings, ctx: CallContext): Promise<MailSettingsView> {
    const before = await this.read(MAIL_KEY, EMPTY_MAIL);
    const password = input.password === '' ? (before.password === '' || isSealed(before.password) ? before.password : this.secrets.seal(before.password)) : this.secrets.seal(input.password);
    await this.write(MAIL_KEY, { ...input, password }, ctx, `Server surel: ${input.host}:${input.port}`);
    return this.mailView();
  }
}
