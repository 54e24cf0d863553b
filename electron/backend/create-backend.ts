import path from 'node:path';
import type { Kysely } from 'kysely';
import type { AppInfo } from '../../shared/app/app-info';
import type { Database } from '../db/database-schema';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { sqliteGuestNameSearch } from '../db/search/guest-name-search';
import type { Clock } from './core/clock';
import { createDispatcher, type Dispatch, type Handlers } from './core/dispatcher';
import { seedDemoOffice } from './demo/demo-office';
import { guestHandlers } from './guests/guest-handlers';
import { GuestRepository } from './guests/guest-repository';
import { GuestService } from './guests/guest-service';
import { SettingsService } from './settings/settings-service';

export const DATABASE_FILE_NAME = 'meja-aduan.sqlite3';

export interface BackendOptions {
  dataDir: string;
  clock: Clock;
  runtime: AppInfo['runtime'];
  version: string;
  demo?: boolean;
  busyTimeoutMs?: number;
  log?: (err: unknown) => void;
}

export interface Backend {
  dispatch: Dispatch;
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * The application's backend, identical under Electron and the browser host: opens and
 * migrates the database in the data folder, wires services, and returns the dispatcher
 * both transports call.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME);
  const db = await openDatabase(databaseFile, { busyTimeoutMs: options.busyTimeoutMs });
  try {
    await migrate(db as unknown as Kysely<unknown>);
    if (options.demo) await seedDemoOffice(db, options.clock);
  } catch (err) {
    await db.destroy();
    throw err;
  }

  const settings = new SettingsService(db);
  const guests = new GuestService(db, new GuestRepository(db, sqliteGuestNameSearch(db)), settings);

  const handlers: Handlers = {
    'app.info': async () => ({
      version: options.version,
      dataDir: options.dataDir,
      databaseFile,
      demo: options.demo ?? false,
      runtime: options.runtime,
      now: options.clock.now().toISOString(),
      timeZone: (await settings.office()).timeZone,
    }),
    'settings.get': () => settings.office(),
    'settings.save': (input, ctx) => settings.saveOffice(input, ctx),
    ...guestHandlers(guests, settings),
  };

  return {
    dispatch: createDispatcher(handlers, options.clock, options.log),
    db,
    close: () => db.destroy(),
  };
}
