import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema';
import type { LetterCodeResolver } from './scan-linker';

/**
 * The letter of a verification code, read from the letters table as letters.verify reads it:
 * only a signed letter (one with a number) counts. A cancelled letter still links — the scan
 * of its paper belongs to its complaint all the same.
 */
export function letterCodeLookup(db: Kysely<Database>): LetterCodeResolver {
  return async (code) => {
    const row = await db
      .selectFrom('letters')
      .select(['id', 'complaint_id', 'number', 'letter_date'])
      .where('verification_code', '=', code)
      .executeTakeFirst();
    return row && row.number ? { letterId: row.id, complaintId: row.complaint_id, number: row.number, date: row.letter_date } : null;
  };
}
