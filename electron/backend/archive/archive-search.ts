import type { Kysely } from 'kysely';
import type { ArchiveEntrySummary, ArchiveSearchPage } from '../../../shared/archive/archive-records';
import type { ArchiveSearchInput } from '../../../shared/archive/archive-schemas';
import { firstPageMatching } from '../../../shared/archive/text-match';
import { textSnippet } from '../../../shared/archive/text-snippet';
import { LOCATION_FIELDS } from '../../../shared/archive/archive-enums';
import type { Database } from '../../db/database-schema';
import { archiveFacetFilter, archiveTextCondition, archiveTextQuery, countArchiveText } from '../../db/search/archive-text-search';
import type { ScannedPageStore } from '../../ocr/scanned-page-store';
import type { ArchiveRepository } from './archive-repository';

/** Entries a word may match above which other filters, not the word, choose the rows. */
const COMMON_WORD = 2_000;

/**
 * Finding archived documents by anything: words from any field or from the scanned text
 * (one full-text index), the document's date, classification, kind, location, access class.
 * Newest filing first, a page at a time. 'rahasia' entries are left out for a clerk
 * without the permission — inside the text index when searching words.
 */
export class ArchiveSearch {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly repo: ArchiveRepository,
    private readonly pages: ScannedPageStore,
  ) {}

  async search(input: ArchiveSearchInput, hideSecret: boolean, today: string): Promise<ArchiveSearchPage> {
    // With words, the index applies kind, classification, access class and dates itself
    // (its facet tokens): one FTS5 AND, however common the word.
    const facets = archiveFacetFilter(input);
    const text = input.query ? await archiveTextQuery(this.db, input.query, hideSecret, facets.filters) : null;
    if (input.query && !text?.match) return { rows: [], total: 0 };
    const match = text?.match ?? null;
    const location = LOCATION_FIELDS.map((f) => [f, input.location[f]?.trim() ?? ''] as const).filter(([, v]) => v !== '');
    // What SQLite still checks: everything without words; with words, what the index could not.
    const inSql = {
      kinds: !match && input.kinds.length > 0,
      classifications: input.classificationIds.length > 0 && (!match || facets.unapplied.includes('classificationIds')),
      accessClasses: !match && input.accessClasses.length > 0,
      range: input.range !== undefined && (!match || facets.unapplied.includes('range')),
    };
    const narrowed = inSql.kinds || inSql.classifications || inSql.accessClasses || inSql.range || location.length > 0 || input.complaintId !== undefined;

    // With other filters, a common word lets them choose the rows; a rare one drives.
    const filtersFirst = narrowed && (text?.estimate ?? 0) > COMMON_WORD;
    const base = (top?: number) => {
      let q = this.db.selectFrom('archive_entries');
      if (match) q = q.where(archiveTextCondition(match, { top, filtersFirst }));
      // With words, the index already left the secret entries out.
      if (hideSecret && !match) q = q.where('access_class', '<>', 'rahasia');
      if (inSql.kinds) q = q.where('kind', 'in', input.kinds);
      if (inSql.classifications) q = q.where('classification_id', 'in', input.classificationIds);
      if (inSql.accessClasses) q = q.where('access_class', 'in', input.accessClasses);
      for (const [field, value] of location) q = q.where(field, '=', value);
      if (inSql.range && input.range) q = q.where('document_date', '>=', input.range.from).where('document_date', '<=', input.range.to);
      if (input.complaintId !== undefined) q = q.where('complaint_id', '=', input.complaintId);
      return q;
    };

    let ids: number[];
    let total: number | null = null;
    if (narrowed) {
      // Filters SQLite applies: the page and the count of all matches in one statement, so
      // the filtered rows (and a word's list of matches) are read once, not once for the
      // page and again for the count.
      const rows = await base().select((eb) => ['id', eb.fn.countAll<number>().over().as('total')])
        .orderBy('id', 'desc').offset(input.offset).limit(input.limit).execute();
      ids = rows.map((r) => r.id);
      if (input.withTotal) {
        total = rows[0] ? Number(rows[0].total) : input.offset === 0 ? 0
          : Number((await base().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      }
    } else {
      // Words with at most the index's own filters (or nothing): the index hands out its
      // newest matches in order and stops at the page's end; the total is counted in it alone.
      const top = match ? input.offset + input.limit : undefined;
      ids = (await base(top).select('id').orderBy('id', 'desc').offset(input.offset).limit(input.limit).execute()).map((r) => r.id);
      // A short last page is its own count; only a full page makes counting the rest worth it.
      if (input.withTotal) {
        total = ids.length < input.limit && (ids.length > 0 || input.offset === 0) ? input.offset + ids.length
          : match ? await countArchiveText(this.db, match)
            : Number((await base().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      }
    }
    const summaries = await this.repo.summaries(ids, today);
    if (input.query) await this.addHits(summaries, input.query);
    return { rows: summaries, total };
  }

  /**
   * "ditemukan di halaman 2": the first scanned page holding every word, with the words
   * around it. Found in memory in the pages of the rows on screen (one statement), not by
   * asking the index per document: a prefix query costs the same for one document as for
   * all of them.
   */
  private async addHits(rows: ArchiveEntrySummary[], query: string): Promise<void> {
    const scanned = rows.filter((r) => r.scannedDocumentId !== null);
    const pages = await this.pages.pagesOf(scanned.map((r) => r.scannedDocumentId!));
    for (const row of scanned) {
      const ofDoc = pages.get(row.scannedDocumentId!) ?? [];
      const page = firstPageMatching(ofDoc, query);
      if (page !== null) row.hit = { page, snippet: textSnippet(ofDoc.find((p) => p.pageNo === page)!.text, query) };
    }
  }

  /** Files due for their final disposition (destroy, keep, appraise) on or before `until`. */
  async retentionDue(until: string, hideSecret: boolean, offset: number, limit: number, today: string): Promise<ArchiveSearchPage> {
    const { ids, total } = await this.repo.dueForReview(until, hideSecret, offset, limit);
    return { rows: await this.repo.summaries(ids, today), total };
  }
}
