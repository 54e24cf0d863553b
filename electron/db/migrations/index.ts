import type { Migration } from 'kysely';
import * as m0001 from './0001-settings-and-audit';
import * as m0002 from './0002-guest-book';
import * as m0003 from './0003-guest-name-search';
import * as m0004 from './0004-complaint-register';
import * as m0005 from './0005-complaint-search';
import * as m0006 from './0006-complaint-register-indexes';
import * as m0007 from './0007-organisation-and-accounts';
import * as m0008 from './0008-working-calendar';
import * as m0009 from './0009-sop-definitions';
import * as m0010 from './0010-complaint-name-search';
import * as m0011 from './0011-workflow';
import * as m0012 from './0012-workflow-compliance-summary';
import * as m0013 from './0013-letters';
import * as m0014 from './0014-printing';
import * as m0015 from './0015-archive';
import * as m0016 from './0016-scanned-documents';
import * as m0017 from './0017-archive-search-indexes';
import * as m0018 from './0018-label-paper';
import * as m0019 from './0019-attachment-page-total';

/**
 * Every migration, in order. Numbered and forward-only: a released migration is never
 * edited; a change is a new file. Each has a test that upgrades real rows.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-settings-and-audit': m0001,
  '0002-guest-book': m0002,
  '0003-guest-name-search': m0003,
  '0004-complaint-register': m0004,
  '0005-complaint-search': m0005,
  '0006-complaint-register-indexes': m0006,
  '0007-organisation-and-accounts': m0007,
  '0008-working-calendar': m0008,
  '0009-sop-definitions': m0009,
  '0010-complaint-name-search': m0010,
  '0011-workflow': m0011,
  '0012-workflow-compliance-summary': m0012,
  '0013-letters': m0013,
  '0014-printing': m0014,
  '0015-archive': m0015,
  '0016-scanned-documents': m0016,
  '0017-archive-search-indexes': m0017,
  '0018-label-paper': m0018,
  '0019-attachment-page-total': m0019,
};

export type MigrationName = keyof typeof MIGRATIONS;
export const LATEST_MIGRATION = Object.keys(MIGRATIONS).at(-1) as MigrationName;
