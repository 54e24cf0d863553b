import type { OfficeTimeZone } from '../office/time-zones';

/** What the renderer needs to know about the running backend at start-up. */
export interface AppInfo {
  version: string;
  /** Where the database and attachments live, shown in Settings so staff can back it up. */
  dataDir: string;
  databaseFile: string;
  /** True when this is the demo office (`--demo`), whose data is kept apart from real data. */
  demo: boolean;
  /** 'electron' or 'browser', to word messages about printing and saving. */
  runtime: 'electron' | 'browser';
  /** The current instant per the backend's clock (ISO), so screens agree with the records. */
  now: string;
  timeZone: OfficeTimeZone;
}
