import type { Transaction } from 'kysely';
import type { Database } from '../../db/database-schema';

/**
 * Hands out the next number of a yearly sequence (register numbers, later letter numbers):
 * 1, 2, 3, … per (scope, year), starting again at 1 in a new year while the old year's
 * counter is kept.
 *
 * It must run inside the transaction that also saves the numbered record. One upsert
 * both creates the year's counter and increments it, and returns the new value, so no
 * read-then-write gap exists for another desk to slip into; the sqlite3 dialect opens
 * every transaction with BEGIN IMMEDIATE, so a second desk waits (busy timeout) for the
 * first to commit. If the save fails and the transaction rolls back, the increment rolls
 * back with it: a number is never duplicated, never reused, and never skipped.
 *
 * @param scope which sequence, e.g. 'register-pengaduan'
 * @param year the office's calendar year of the numbered record
 * @returns the number for this record, from 1
 */
export async function nextNumber(trx: Transaction<Database>, scope: string, year: number): Promise<number> {
  if (scope.trim() === '') throw new Error('nextNumber: scope wajib diisi.');
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new Error(`nextNumber: tahun tidak sah (${year}).`);

  const row = await trx
    .insertInto('number_counters')
    .values({ scope, year, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(['scope', 'year']).doUpdateSet((eb) => ({ last_value: eb('number_counters.last_value', '+', 1) })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}
