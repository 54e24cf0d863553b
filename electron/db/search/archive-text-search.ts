import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { queryChunks } from '../../../shared/archive/text-match';
import type { Database } from '../database-schema';

/**
 * Full-text search of the archive (`archive_fts`, migration 0015): one row per entry
 * (rowid = entry id) with its own fields and the OCR text of its scanned pages. Kept by
 * the archive service, not by triggers, because a row gathers text from several tables
 * (classification, complaint, scanned pages). The one place that knows its FTS5 syntax.
 */

export interface ArchiveTextRow {
  serialNumber: string;
  title: string;
  /** Code and name of the classification. */
  classification: string;
  location: string;
  /** Register number, the complainant's name where the register may show it, the letter number. */
  related: string;
  notes: string;
  ocrText: string;
  /** The entry's access class, indexed so a search can leave out 'rahasia' inside the index. */
  access: string;
  /** What the `facets` column is made of (see archiveFacetText). */
  facets: ArchiveFacets;
}

/** The entry's fields a search narrows by inside the index, next to its words. */
export interface ArchiveFacets {
  classificationId: number;
  /** YYYY-MM-DD */
  documentDate: string;
  kind: string;
}

/**
 * The `facets` column (migration 0017): one token per filter value — the classification
 * (`klas12`), the document's year, month and day (`thn2026 bln202611 tgl20261120`) and the
 * kind (`jenistandaterima`) — so that words + classification + dates is one FTS5 AND that
 * the index answers by skipping through its lists, instead of SQLite building the list of
 * every entry with a common word (80,000 at 100,000 entries) to look the filtered rows up
 * in. Migration 0017 writes the same text in SQL for the entries filed before it.
 */
export function archiveFacetText(f: ArchiveFacets): string {
  const [y, m, d] = f.documentDate.split('-');
  return `klas${f.classificationId} thn${y} bln${y}${m} tgl${y}${m}${d} jenis${f.kind.replaceAll('_', '')}`;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Writes (or rewrites) the searchable text of entry `id`. */
export async function putArchiveText(db: Db, id: number, row: ArchiveTextRow): Promise<void> {
  await sql`DELETE FROM archive_fts WHERE rowid = ${id}`.execute(db);
  await sql`INSERT INTO archive_fts (rowid, serial_number, title, classification, location, related, notes, ocr_text, access, facets)
    VALUES (${id}, ${row.serialNumber}, ${row.title}, ${row.classification}, ${row.location}, ${row.related}, ${row.notes}, ${row.ocrText},
      ${row.access}, ${archiveFacetText(row.facets)})`.execute(db);
}

/** Replaces only the OCR text of entry `id` (the OCR queue finished another page). */
export async function putArchiveOcrText(db: Db, id: number, ocrText: string): Promise<void> {
  await sql`UPDATE archive_fts SET ocr_text = ${ocrText} WHERE rowid = ${id}`.execute(db);
}

/**
 * The words typed, split as the index splits text (letters and digits; case and accents
 * folded), one chunk per word typed. A code typed whole ("HM.01.4", "0002/HM.01.2") is one
 * chunk whose parts must follow one another, so "HM.01.4" does not also find every entry
 * with "HM", "01" and a "4" anywhere (a folder number). At most 8 chunks.
 */
const chunksOf = (words: string) => queryChunks(words);

/**
 * The words as FTS5 terms that must all match, the last word of each chunk as a prefix.
 * User text never becomes FTS syntax: only letters and digits pass.
 */
export function archiveTerms(words: string): string | null {
  const chunks = chunksOf(words);
  if (chunks.length === 0) return null;
  return chunks.map((tokens) => `"${tokens.join(' ')}"*`).join(' AND ');
}

/** Words whose prefix stands for more terms than this stay a prefix query. */
const MAX_EXPANSION = 16;

/**
 * The same terms with each prefix spelt out as the words of the index that start with it:
 * "koperasi"* → ("koperasi" OR "koperasinya"). FTS5 merges every doclist of a prefix into
 * a new list before it can answer, whatever the LIMIT (15 ms for "koperasi"* over 100,000
 * entries), while exact terms are read lazily and seeked (0.1 ms for the newest 50).
 * A short prefix with many words ("ko") stays a prefix. `estimate`: at most this many
 * entries match (the rarest chunk's count), to choose how to combine with other filters.
 * Null: nothing typed; terms '': a word no entry contains, so nothing can match.
 */
export async function expandedArchiveTerms(db: Db, words: string): Promise<{ terms: string; estimate: number } | null> {
  const chunks = chunksOf(words);
  if (chunks.length === 0) return null;
  const parts: string[] = [];
  let estimate = Number.MAX_SAFE_INTEGER;
  for (const tokens of chunks) {
    const last = tokens.at(-1)!;
    const head = tokens.slice(0, -1).join(' ');
    const { rows } = await sql<{ term: string; doc: number }>`SELECT term, doc FROM archive_fts_vocab
      WHERE term >= ${last} AND term < ${last + '\u{10FFFF}'} ORDER BY term LIMIT ${MAX_EXPANSION + 1}`.execute(db);
    if (rows.length === 0) return { terms: '', estimate: 0 };
    const phrase = (t: string) => `"${head ? `${head} ` : ''}${t}"`;
    if (rows.length > MAX_EXPANSION) {
      parts.push(`${phrase(last)}*`);
    } else {
      parts.push(`(${rows.map((r) => phrase(r.term)).join(' OR ')})`);
      estimate = Math.min(estimate, rows.reduce((sum, r) => sum + Number(r.doc), 0));
    }
  }
  return { terms: parts.join(' AND '), estimate };
}

const TEXT_COLUMNS = '{serial_number title classification location related notes ocr_text}';

/**
 * The terms in the text columns only (a search for "rahasia" must not hit the access
 * column, "klas2" not the facets), secret entries left out when asked, and the filters the
 * index applies itself (archiveFacetFilter) ANDed in.
 */
export function archiveMatch(terms: string, hideSecret: boolean, filters: readonly string[] = []): string {
  const all = [`${TEXT_COLUMNS} : (${terms})`, ...filters];
  return `${all.length > 1 ? `(${all.join(' AND ')})` : all[0]}${hideSecret ? ' NOT access : "rahasia"' : ''}`;
}

/** The filters of a search that the index can apply next to the words (see archiveFacetText). */
export interface ArchiveFacetFilter {
  kinds: readonly string[];
  classificationIds: readonly number[];
  accessClasses: readonly string[];
  range?: { from: string; to: string } | undefined;
}

/** More values than this for one filter: SQLite applies it instead (an OR this long costs more than it saves). */
const MAX_FACET_TERMS = 64;

const pad2 = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/**
 * The document dates from `from` to `to` (inclusive, YYYY-MM-DD) as the fewest facet
 * tokens: whole years as `thn`, whole months as `bln`, the days left over as `tgl` — a
 * calendar year is one token, 15 March to 10 February 39. Null above `max` tokens.
 */
export function dateRangeTokens(from: string, to: string, max = MAX_FACET_TERMS): string[] | null {
  const out: string[] = [];
  let [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const key = (yy: number, mm: number, dd: number) => `${yy}-${pad2(mm)}-${pad2(dd)}`;
  while (key(y, m, d) <= to) {
    if (out.length === max) return null;
    if (m === 1 && d === 1 && key(y, 12, 31) <= to) {
      out.push(`thn${y}`);
      y += 1;
    } else if (d === 1 && key(y, m, daysIn(y, m)) <= to) {
      out.push(`bln${y}${pad2(m)}`);
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    } else {
      out.push(`tgl${y}${pad2(m)}${pad2(d)}`);
      if (d < daysIn(y, m)) d += 1;
      else [y, m, d] = m === 12 ? [y + 1, 1, 1] : [y, m + 1, 1];
    }
  }
  return out;
}

/**
 * The FTS5 conditions for the filters the index can apply (kind, classification, access
 * class, document dates), one per filter given. `unapplied`: the filters with more values
 * (classifications) or tokens (dates) than is worth an OR, left to SQLite. Values are
 * typed ids and enums (checked by the schema), never user text.
 */
export function archiveFacetFilter(f: ArchiveFacetFilter): { filters: string[]; unapplied: ('classificationIds' | 'range')[] } {
  const any = (column: string, tokens: readonly string[]) => `${column} : (${tokens.map((t) => `"${t}"`).join(' OR ')})`;
  const filters: string[] = [];
  const unapplied: ('classificationIds' | 'range')[] = [];
  if (f.kinds.length) filters.push(any('facets', f.kinds.map((k) => `jenis${k.replaceAll('_', '')}`)));
  if (f.classificationIds.length > MAX_FACET_TERMS) unapplied.push('classificationIds');
  else if (f.classificationIds.length) filters.push(any('facets', f.classificationIds.map((id) => `klas${id}`)));
  if (f.accessClasses.length) filters.push(any('access', f.accessClasses));
  const dates = f.range ? dateRangeTokens(f.range.from, f.range.to) : null;
  if (dates) filters.push(any('facets', dates));
  else if (f.range) unapplied.push('range');
  return { filters, unapplied };
}

/**
 * The FTS5 query for the words of a search box and how many entries it may match: null
 * when nothing was typed, match '' when a word is in no entry. `hideSecret` leaves out
 * 'rahasia' entries inside the index, so the newest-first shortcut below still fills a
 * page for a clerk without the permission. `filters`: FTS5 conditions from
 * archiveFacetFilter to AND in (the estimate stays the words').
 */
export async function archiveTextQuery(db: Db, words: string, hideSecret: boolean, filters: readonly string[] = []): Promise<{ match: string; estimate: number } | null> {
  const expanded = await expandedArchiveTerms(db, words);
  if (!expanded) return null;
  return { match: expanded.terms ? archiveMatch(expanded.terms, hideSecret, filters) : '', estimate: expanded.estimate };
}

/**
 * Condition on `archive_entries.id`: every word appears somewhere in the entry (any field
 * or the scanned text).
 * - `top`: the index hands out only its newest `limit` matches — entries are filed in id
 *   order, so a common word ("surat", in every entry) costs no more than a rare one when
 *   the search box is the only filter;
 * - `filtersFirst`: the other conditions choose the rows (an index on classification and
 *   date, or the newest rows first) and the list of matches is only looked up, for a common
 *   word with filters — walking 80,000 matches row by row would cost more.
 */
export function archiveTextCondition(match: string, options: { top?: number; filtersFirst?: boolean } = {}): RawBuilder<boolean> {
  if (options.top !== undefined) {
    return sql<boolean>`archive_entries.id IN (SELECT rowid FROM archive_fts WHERE archive_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${options.top})`;
  }
  // The unary + keeps SQLite from driving the query from the list of matches.
  if (options.filtersFirst) return sql<boolean>`+archive_entries.id IN (SELECT rowid FROM archive_fts WHERE archive_fts MATCH ${match})`;
  return sql<boolean>`archive_entries.id IN (SELECT rowid FROM archive_fts WHERE archive_fts MATCH ${match})`;
}

/** How many entries match, counted in the index alone. */
export async function countArchiveText(db: Db, match: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM archive_fts WHERE archive_fts MATCH ${match}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
