import path from 'node:path';
import type { Kysely } from 'kysely';
import type { AppInfo } from '../../shared/app/app-info';
import type { Database } from '../db/database-schema';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { sqliteGuestNameSearch } from '../db/search/guest-name-search';
import { ManualClock, type Clock } from './core/clock';
import { AttachmentStore } from './attachments/attachment-store';
import { complaintHandlers } from './complaints/complaint-handlers';
import { ComplaintFinder } from './complaints/complaint-finder';
import { ComplaintIntakeService } from './complaints/complaint-intake-service';
import { ComplaintLifecycleService } from './complaints/complaint-lifecycle-service';
import { ComplaintQueryService } from './complaints/complaint-query-service';
import { ComplaintRepository } from './complaints/complaint-repository';
import { ComplaintSettingsService } from './complaints/complaint-settings-service';
import { createDispatcher, type Dispatch, type Handlers } from './core/dispatcher';
import { seedDemoComplaints } from './demo/demo-complaints';
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
  let freshDemo = false;
  try {
    await migrate(db as unknown as Kysely<unknown>);
    if (options.demo) freshDemo = await seedDemoOffice(db, options.clock);
  } catch (err) {
    await db.destroy();
    throw err;
  }

  const settings = new SettingsService(db);
  const guests = new GuestService(db, new GuestRepository(db, sqliteGuestNameSearch(db)), settings);
  const complaintRepo = new ComplaintRepository(db);
  const complaintSettings = new ComplaintSettingsService(db);
  const attachments = new AttachmentStore(options.dataDir);
  const complaintQuery = new ComplaintQueryService(db, complaintRepo, settings);

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
    ...complaintHandlers({
      intake: new ComplaintIntakeService(db, complaintRepo, settings, complaintSettings, attachments),
      query: complaintQuery,
      lifecycle: new ComplaintLifecycleService(db, complaintRepo, settings),
      finder: new ComplaintFinder(db, complaintRepo),
      settings: complaintSettings,
      repo: complaintRepo,
      attachments,
      office: settings,
      guests,
    }),
  };

  if (freshDemo) {
    const demoClock = new ManualClock(options.clock.now());
    await seedDemoComplaints(createDispatcher(handlers, demoClock, options.log), demoClock, options.clock.now());
  }

  return {
    dispatch: createDispatcher(handlers, options.clock, options.log),
    db,
    close: () => db.destroy(),
  };
}
