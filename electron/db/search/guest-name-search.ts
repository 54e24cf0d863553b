import { sql, type Kysely } from 'kysely';
import type { Database } from '../database-schema';

/**
 * Finds guest visits whose name or institution contains words starting with the words
 * typed ("rahma sul" finds "Siti Rahmawati, Dinas … Sulawesi"). Newest first. Backed by
 * SQLite FTS5 (migration 0003); the one place that knows it, so PostgreSQL can bring its
 * own implementation.
 */
export interface GuestNameSearch {
  findVisitIds(query: string, limit: number, beforeId?: number): Promise<number[]>;
}

/** Words → an FTS5 query of quoted prefix terms, so user text can never be FTS syntax. */
export function toFtsPrefixQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' AND ');
}

export function sqliteGuestNameSearch(db: Kysely<Database>): GuestNameSearch {
  return {
    async findVisitIds(query, limit, beforeId) {
      const match = toFtsPrefixQuery(query);
      if (!match) return [];
      // rowid order is registration order, i.e. newest first when descending: FTS5 walks
      // its index in rowid order, so LIMIT stops early instead of sorting every match.
      const rows = await sql<{ id: number }>`
        SELECT rowid AS id FROM guest_visits_fts
        WHERE guest_visits_fts MATCH ${match} ${beforeId ? sql`AND rowid < ${beforeId}` : sql``}
        ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
      return rows.rows.map((r) => r.id);
    },
  };
}
