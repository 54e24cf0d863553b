import type { Kysely } from 'kysely';

// Placeholder registered in advance so parallel work keeps the numbering; filled in by its feature.
export async function up(_db: Kysely<unknown>): Promise<void> {}
