import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database-schema';
import { toFtsPrefixQuery } from './guest-name-search';
import { complaintIdsOfScannedDocuments, scannedDocumentIdsMatching } from './scanned-text-search';

/**
 * Full-text search of the complaint register (SQLite FTS5): the complaint's text in
 * `complaints_fts` (migration 0005), the complainant's name in `complaint_names_fts`
 * (0010), and the OCR text of its scanned pages (`scanned_page_fts`, 0015). The one place
 * that knows FTS5 syntax; the repository asks for conditions by meaning.
 */

/**
 * The two MATCH expressions of a search: the complaint's text, and the complainant's name
 * where the register may show it: `public_name`, ordinary complaints only. The register
 * masks a confidential identity for everyone, so a hit on `confidential_name` would tell
 * who filed a masked row without the recorded reveal (complaints.revealIdentity); an
 * anonymous complaint has no name in the index at all. A screen that shows confidential
 * identities may search `confidential_name` too.
 */
function textMatches(words: string) {
  const terms = toFtsPrefixQuery(words);
  if (!terms) return null;
  return {
    content: `{subject description} : (${terms})`,
    name: `{public_name} : (${terms})`,
    // Complaints with a scanned page holding every word (a signed reply, a receipt).
    scanned: complaintIdsOfScannedDocuments(scannedDocumentIdsMatching(terms)),
  };
}

/**
 * Condition on `complaints.id`: the words appear in the subject or description, in the
 * name of an ordinary complaint's complainant, or on one page of its scanned documents.
 *
 * One IN list, not an OR of two: with the OR, SQLite fetched every match and sorted it
 * (1.8 s for "izin" in 1,000,000 complaints); with one list it walks the ids in order
 * and stops at the end of the page when the list is sorted by id.
 */
export function complaintTextCondition(words: string): RawBuilder<boolean> | null {
  const m = textMatches(words);
  if (!m) return null;
  return sql<boolean>`complaints.id IN (
    SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ${m.content}
    UNION ALL
    SELECT rowid FROM complaint_names_fts WHERE complaint_names_fts MATCH ${m.name}
    UNION ALL
    ${m.scanned})`;
}

/**
 * The same condition for the search box alone (no other filter), sorted by id: each index
 * hands out only its first `n` ids in that order, so a common word ("izin": 190,000
 * complaints) costs little more than a rare one.
 */
export function complaintTextTopCondition(words: string, n: number, direction: 'asc' | 'desc'): RawBuilder<boolean> | null {
  const m = textMatches(words);
  if (!m) return null;
  const order = sql.raw(direction === 'asc' ? 'ASC' : 'DESC');
  return sql<boolean>`complaints.id IN (
    SELECT rowid FROM (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ${m.content} ORDER BY rowid ${order} LIMIT ${n})
    UNION ALL
    SELECT rowid FROM (SELECT rowid FROM complaint_names_fts WHERE complaint_names_fts MATCH ${m.name} ORDER BY rowid ${order} LIMIT ${n})
    UNION ALL
    SELECT complaint_id FROM (SELECT complaint_id FROM (${m.scanned}) ORDER BY complaint_id ${order} LIMIT ${n}))`;
}

/**
 * How many complaints the search box alone matches, counted in the indexes without
 * reading a complaint: the text matches, plus the name matches the text does not count
 * already, plus the complaints found in scanned pages that neither counts. The NOT IN
 * list is built once, and only when some name (or scan) matches — for a word of the text
 * ("izin") no name does, for a family name few texts do.
 */
export async function countComplaintsByText(db: Kysely<Database>, words: string): Promise<number> {
  const m = textMatches(words);
  if (!m) return 0;
  const { rows } = await sql<{ n: number }>`SELECT
    (SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH ${m.content})
    + (SELECT count(*) FROM complaint_names_fts WHERE complaint_names_fts MATCH ${m.name}
        AND rowid NOT IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ${m.content}))
    + (SELECT count(DISTINCT complaint_id) FROM (${m.scanned})
        WHERE complaint_id NOT IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ${m.content})
        AND complaint_id NOT IN (SELECT rowid FROM complaint_names_fts WHERE complaint_names_fts MATCH ${m.name})) AS n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Trigrams of a name, for a typo-tolerant match ("Rahmawti" still finds "Rahmawati"). */
export function trigrams(text: string): string[] {
  const clean = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N} ]/gu, '');
  const grams = new Set<string>();
  for (const word of clean.split(/\s+/).filter((w) => w.length >= 3)) {
    for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  }
  return [...grams];
}

/** Dice similarity of two names over their trigrams, 0..1. */
export function nameSimilarity(a: string, b: string): number {
  const x = new Set(trigrams(a));
  const y = new Set(trigrams(b));
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/**
 * Complaints whose complainant name shares trigrams with `name`, best first, for the
 * progress desk and duplicate suggestions. Confidential and anonymous complaints are
 * never found by name.
 */
export async function complaintIdsByNameLike(db: Kysely<Database>, name: string, limit: number): Promise<number[]> {
  const grams = trigrams(name);
  if (grams.length === 0) return [];
  const match = grams.map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ');
  const rows = await sql<{ id: number }>`
    SELECT t.rowid AS id FROM complaint_names_trigram t
    JOIN complaints c ON c.id = t.rowid
    WHERE complaint_names_trigram MATCH ${match} AND c.privacy = 'biasa'
    ORDER BY bm25(complaint_names_trigram) LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Complaints whose subject or description share the most words with `text`, best first. */
export async function complaintIdsBySimilarText(db: Kysely<Database>, text: string, limit: number): Promise<number[]> {
  const words = [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4))].slice(0, 24);
  if (words.length < 2) return [];
  const match = `{subject description} : (${words.map((w) => `"${w}"`).join(' OR ')})`;
  const rows = await sql<{ id: number }>`
    SELECT rowid AS id FROM complaints_fts WHERE complaints_fts MATCH ${match}
    ORDER BY bm25(complaints_fts) LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}
