import path from 'node:path';
import type { Kysely } from 'kysely';
import type { AppInfo } from '../../shared/app/app-info';
import type { Database } from '../db/database-schema';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { sqliteGuestNameSearch } from '../db/search/guest-name-search';
import { ManualClock, type Clock } from './core/clock';
import { accountHandlers } from './accounts/account-handlers';
import { AccountAdminService } from './accounts/account-admin-service';
import { AccountService } from './accounts/account-service';
import { AccountSettingsService } from './accounts/account-settings-service';
import { hashPassword } from './accounts/password-hash';
import { AttachmentStore } from './attachments/attachment-store';
import { calendarHandlers } from './calendar/calendar-handlers';
import { CalendarService } from './calendar/calendar-service';
import { complaintHandlers } from './complaints/complaint-handlers';
import { ComplaintFinder } from './complaints/complaint-finder';
import { AttachmentOcrService } from './complaints/attachment-ocr-service';
import { ComplaintIntakeService } from './complaints/complaint-intake-service';
import { ComplaintLifecycleService } from './complaints/complaint-lifecycle-service';
import { ComplaintQueryService } from './complaints/complaint-query-service';
import { ComplaintRepository } from './complaints/complaint-repository';
import { ComplaintSettingsService } from './complaints/complaint-settings-service';
import { createDispatcher, type Dispatch, type Handlers } from './core/dispatcher';
import { seedDemoComplaints } from './demo/demo-complaints';
import { seedDemoWorkflow } from './demo/demo-workflow';
import { seedDemoLetters } from './demo/demo-letters';
import { seedDemoOffice } from './demo/demo-office';
import { DEMO_CLERK, DEMO_PASSWORD, DEMO_REVIEWER } from './demo/demo-organisation';
import { guestHandlers } from './guests/guest-handlers';
import { createArchive, type ArchiveOptions } from './archive/archive-wiring';
import { createScanning, type ScannerSetup } from './scanning/create-scanning';
import { letterCodeLookup } from './scanning/letter-code-lookup';
import { scannerHandlers } from './scanning/scanner-handlers';
import { printerDriverForPlatform } from '../devices/printer/printer-driver-for-platform';
import type { DialogPrinter, PrinterDriver } from '../devices/printer/printer-driver';
import { PrintLogRepository } from './printing/print-log-repository';
import { PrintSettingsService } from './printing/print-settings-service';
import { printingHandlers } from './printing/printing-handlers';
import { PrintingService } from './printing/printing-service';
import { createLetters } from './letters/letter-handlers';
import { GuestRepository } from './guests/guest-repository';
import { GuestService } from './guests/guest-service';
import { organisationHandlers } from './organisation/organisation-handlers';
import { OrganisationService } from './organisation/organisation-service';
import { SettingsService } from './settings/settings-service';
import { sopHandlers } from './sop/sop-handlers';
import { SopRepository } from './sop/sop-repository';
import { SopService } from './sop/sop-service';
import { ActorMappingService } from './workflow/actor-mapping-service';
import { TrayService } from './workflow/tray-service';
import { WorkflowDocuments } from './workflow/workflow-documents';
import { workflowHandlers } from './workflow/workflow-handlers';
import { WorkflowRecords } from './workflow/workflow-records';
import { WorkflowRepository } from './workflow/workflow-repository';
import { WorkflowService } from './workflow/workflow-service';
import { folderKeySealer, type SecretSealer } from './core/secret-sealer';
import { workflowProgress } from './workflow/workflow-progress';

export const DATABASE_FILE_NAME = 'meja-aduan.sqlite3';

export interface BackendOptions {
  dataDir: string;
  clock: Clock;
  runtime: AppInfo['runtime'];
  version: string;
  demo?: boolean;
  busyTimeoutMs?: number;
  log?: (err: unknown) => void;
  /** log2 of scrypt's N for new password hashes; lower only in tests (default ~100 ms per hash). */
  scryptCost?: number;
  /** The operating system's printing (default: CUPS, or the Windows spooler on Windows). */
  printerDriver?: PrinterDriver;
  /** The system print dialog of the desktop app (Electron's webContents.print); absent in the browser host. */
  dialogPrinter?: DialogPrinter;
  /** Seals stored secrets such as the SMTP password (default: a key file in the data folder; the desktop app passes the OS keychain). */
  secretSealer?: SecretSealer;
  /** Scanner drivers and hot-folder timing (default: WIA on Windows, SANE elsewhere). */
  scanner?: ScannerSetup;
  /** The OCR engine and how often its queue looks for new scanned pages (tests, benchmark). */
  ocr?: Pick<ArchiveOptions, 'ocrEngine' | 'ocrPollMs'>;
}

export interface Backend {
  dispatch: Dispatch;
  db: Kysely<Database>;
  /**
   * A session for an account without its password, for in-process callers that already
   * know who acts (test support). Neither IPC nor the browser host can reach it.
   */
  openTrustedSession(userId: number): string;
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
    if (options.demo) freshDemo = await seedDemoOffice(db, options.clock, await hashPassword(DEMO_PASSWORD, options.scryptCost));
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
  const calendar = new CalendarService(db, settings);
  const accountSettings = new AccountSettingsService(db);
  let accounts: AccountService | null = null;
  const organisation = new OrganisationService(db, settings, () => accounts?.invalidate());
  accounts = new AccountService(db, settings, accountSettings, organisation, {
    scryptCost: options.scryptCost,
    demoPassword: options.demo ? DEMO_PASSWORD : null,
  });

  const sops = new SopService(db, new SopRepository(db));
  const workflowRepo = new WorkflowRepository(db);
  const actorMappings = new ActorMappingService(db, workflowRepo, settings);
  const runs = new WorkflowService(db, workflowRepo, actorMappings, settings, calendar, sops);
  const workflowRecords = new WorkflowRecords(db, workflowRepo);
  // The progress desk shows where the SOP run stands, when the complaint has one.
  complaintQuery.useWorkflowProgress((id, now) => workflowProgress(runs, id, now));

  const secrets = options.secretSealer ?? folderKeySealer(options.dataDir);
  const letters = createLetters({ db, settings, organisation, runs, sops, complaintRepo, calendar, secrets });
  const letterDocuments = letters.documents;

  const printSettings = new PrintSettingsService(db, settings);
  const printing = new PrintingService(
    options.printerDriver ?? printerDriverForPlatform(), options.dialogPrinter ?? null, printSettings, new PrintLogRepository(db), settings,
  );

  // A scanned page's `meja-aduan:surat:<code>` QR finds its letter the way letters.verify does.
  const scanning = await createScanning({
    db, dataDir: options.dataDir, attachments, timeZone: async () => (await settings.office()).timeZone, setup: options.scanner, log: options.log ?? console.error,
    resolveLetterCode: letterCodeLookup(db),
  });

  const archive = createArchive({
    db, settings, attachments, letterPdf: (id, ctx) => letterDocuments.signedPdf(id, ctx), ...options.ocr, log: options.log,
  });
  // A complaint's PDF and picture attachments are read by the same OCR queue as scans.
  const attachmentOcr = new AttachmentOcrService(db, attachments, () => archive.queue.kick(), options.log ?? console.error);

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
    ...accountHandlers(accounts, new AccountAdminService(db, accounts), accountSettings),
    ...organisationHandlers(organisation),
    'settings.get': () => settings.office(),
    'settings.save': (input, ctx) => settings.saveOffice(input, ctx),
    'settings.documents': () => settings.documents(),
    'settings.saveDocuments': (input, ctx) => settings.saveDocuments(input, ctx),
    ...guestHandlers(guests, settings),
    ...printingHandlers(printing, printSettings),
    ...scannerHandlers(scanning),
    ...calendarHandlers(calendar),
    ...sopHandlers(sops, settings),
    ...workflowHandlers({
      runs,
      mappings: actorMappings,
      tray: new TrayService(db, runs),
      records: workflowRecords,
      documents: new WorkflowDocuments(runs, workflowRecords),
    }),
    ...letters.handlers,
    ...archive.handlers,
    ...complaintHandlers({
      intake: new ComplaintIntakeService(db, complaintRepo, settings, complaintSettings, attachments, calendar, (id, ctx) =>
        attachmentOcr.queueComplaint(id, ctx.actor, ctx.clock.now()).then(() => runs.startForComplaint(id, ctx)).then(() => undefined),
      ),
      query: complaintQuery,
      lifecycle: new ComplaintLifecycleService(db, complaintRepo, settings, calendar),
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
    const demoSession = async (username: string) =>
      accounts.openTrustedSession((await accounts.repo.byUsername(username))!.id, demoClock.now());
    const sessions = { clerk: await demoSession(DEMO_CLERK.username), reviewer: await demoSession(DEMO_REVIEWER.username) };
    // Opened at today's time while the seed clock replays the past, so they never go idle.
    const demoDispatch = createDispatcher(handlers, demoClock, accounts, options.log);
    await seedDemoComplaints(demoDispatch, demoClock, options.clock.now(), sessions, await calendar.dueTimes());
    await seedDemoWorkflow(demoDispatch, db, demoClock, options.clock.now(), demoSession);
    await seedDemoLetters(demoDispatch, db, demoClock, options.clock.now(), demoSession);
  }

  // Pages left waiting when the app last closed are read first.
  archive.queue.start();
  // Attachments stored before they were read by OCR are queued once, in the background.
  const backfill = attachmentOcr.backfill(options.clock.now()).catch((err: unknown) => (options.log ?? console.error)(err));

  return {
    dispatch: createDispatcher(handlers, options.clock, accounts, options.log),
    db,
    openTrustedSession: (userId) => accounts.openTrustedSession(userId, options.clock.now()),
    close: async () => {
      await scanning.close();
      await backfill;
      await archive.queue.stop();
      await db.destroy();
    },
  };
}
