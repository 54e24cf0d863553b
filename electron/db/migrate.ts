import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { MIGRATIONS, type MigrationName } from './migrations';

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the database up to `target` (default: the latest migration). Migrations run in
 * one transaction each; a failure leaves the file at the last good version and throws.
 */
export async function migrate(db: Kysely<unknown>, target?: MigrationName): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const detail = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`Pembaruan struktur basis data gagal (${failed?.migrationName ?? 'tidak diketahui'}): ${detail}`);
  }
}
