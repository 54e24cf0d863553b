import { promises as fs } from 'node:fs';
import type { Kysely } from 'kysely';
import type { HotFolderBatch, HotFolderSettings, ScanJob } from '../../../shared/scanning/scanning';
import { hotFolderSettingsSchema } from '../../../shared/scanning/scanning-schemas';
import type { Database } from '../../db/database-schema';
import { HotFolderWatcher, type HotFolderOptions } from '../../devices/scanner/hot-folder-watcher';
import { diffFields, recordAudit } from '../audit/audit-log';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { ScanSessions } from './scan-sessions';
import type { ScannerService } from './scanner-service';
import type { SessionPages } from './session-pages';

const SETTINGS_KEY = 'scanner_hot_folder';
const OFF: HotFolderSettings = { path: '', enabled: false };

/**
 * The scan-to-folder copier's folder: where it is and whether it is watched (administrator
 * settings), the files waiting there, and taking them into a scan session — after which each
 * file moves to `diproses/`, so it is offered once.
 */
export class HotFolderService {
  private readonly watcher = new HotFolderWatcher();
  private current: HotFolderSettings = OFF;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly sessions: ScanSessions,
    private readonly scanner: ScannerService,
    private readonly pages: SessionPages,
    private readonly options: HotFolderOptions = {},
  ) {}

  /** Reads the saved settings and starts watching when enabled. */
  async open(): Promise<void> {
    const row = await this.db.selectFrom('settings').select('value_json').where('key', '=', SETTINGS_KEY).executeTakeFirst();
    const parsed = row ? hotFolderSettingsSchema.safeParse(JSON.parse(row.value_json)) : null;
    this.current = parsed?.success ? parsed.data : OFF;
    if (this.current.enabled) await this.watcher.start(this.current.path, this.options);
  }

  settings(): HotFolderSettings {
    return this.current;
  }

  async save(next: HotFolderSettings, ctx: CallContext): Promise<HotFolderSettings> {
    if (next.enabled) {
      const isFolder = await fs.stat(next.path).then((s) => s.isDirectory(), () => false);
      if (!isFolder) throw new AppError('VALIDATION', `Folder "${next.path}" tidak ditemukan. Buat foldernya atau periksa lokasinya.`, { path: 'Folder tidak ditemukan.' });
    }
    const before = this.current;
    const at = ctx.clock.now();
    const json = JSON.stringify(next);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: SETTINGS_KEY, value_json: json, updated_at: at.toISOString(), updated_by: ctx.actor })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value_json: json, updated_at: at.toISOString(), updated_by: ctx.actor }))
        .execute();
      const flat = (s: HotFolderSettings) => ({ folder: s.path, aktif: s.enabled ? 'ya' : 'tidak' });
      await recordAudit(trx, {
        entityType: 'settings', entityId: 1, action: 'diubah', actor: ctx.actor, at,
        changes: diffFields(flat(before), flat(next), ['folder', 'aktif']), reason: 'Folder pindai',
      });
    });
    this.current = next;
    if (next.enabled) await this.watcher.start(next.path, this.options);
    else await this.watcher.stop();
    return next;
  }

  batch(): HotFolderBatch {
    return {
      enabled: this.current.enabled,
      path: this.current.path,
      files: this.current.enabled ? this.watcher.files() : [],
      problem: this.current.enabled ? this.watcher.problem : null,
    };
  }

  /** Takes waiting files into a session, in the order given; each moves to `diproses/` once its pages are in. */
  async take(sessionId: string | undefined, names: string[], userId: number): Promise<ScanJob> {
    if (!this.current.enabled) throw new AppError('VALIDATION', 'Folder pindai belum diaktifkan. Administrator dapat mengaturnya di Pengaturan.');
    const missing = names.filter((n) => this.watcher.pathOf(n) === null);
    if (missing.length > 0) throw new AppError('NOT_FOUND', `Berkas ${missing.join(', ')} tidak ada lagi di folder pindai. Muat ulang daftarnya.`);
    const session = await this.sessions.getOrCreate(sessionId, userId);
    const problems: string[] = [];
    let taken = 0;
    for (const name of names) {
      const bytes = await fs.readFile(this.watcher.pathOf(name)!);
      try {
        await this.scanner.importInto(session, name, bytes, 'folder');
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'VALIDATION') throw error;
        problems.push(`${name}: ${error.message}`);
        continue;
      }
      await this.watcher.markProcessed(name);
      taken += 1;
    }
    if (taken === 0) {
      if (!sessionId) await this.sessions.discard(session);
      throw new AppError('VALIDATION', problems.join(' '));
    }
    session.message = {
      kind: problems.length > 0 ? 'error' : 'info',
      text: [`${taken} berkas diambil dari folder pindai dan dipindah ke "diproses".`, ...problems].join(' '),
    };
    return this.pages.view(session);
  }

  close(): Promise<void> {
    return this.watcher.stop();
  }
}
