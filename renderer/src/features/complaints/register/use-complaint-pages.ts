import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintListRow } from '../../../../../shared/complaints/complaint';
import type { ComplaintFilterInput } from '../../../../../shared/complaints/complaint-schemas';
import { call } from '../../../api/client';

/** Rows per `complaints.list` call: a few screens' worth, small enough to arrive at once. */
export const PAGE_SIZE = 200;
/**
 * Pages kept around the visible window. 100,000 rows are 500 pages; keeping them all would
 * hold the whole register in memory, so pages far from the view are dropped and fetched
 * again if the clerk scrolls back.
 */
const KEEP_PAGES_EACH_SIDE = 5;

export interface ComplaintPages {
  /**
   * Rows matching the filter; null until the first page has answered. While `counting`,
   * the rows of the first page only, so the list can show them before the count is in.
   */
  total: number | null;
  /** True while the total is still being counted (the first page was full). */
  counting: boolean;
  /** The row at an index, or undefined while its page is on its way. */
  rowAt(index: number): ComplaintListRow | undefined;
  /** Asks for the pages that cover rows [first, last]; cheap to call on every scroll. */
  ensureRange(first: number, last: number): void;
  /** Fetches the pages in view again (after a change on the case page), keeping the rows shown meanwhile. */
  refresh(): void;
  error: string | null;
  /** True while the first page of a new filter is loading. */
  loading: boolean;
}

/**
 * The register's rows, fetched page by page as they come into view. A new filter starts a
 * new generation: answers for an older filter that arrive late are ignored, so the list
 * never mixes two filters.
 *
 * The first page comes without its total and is shown at once; only a full first page
 * needs the count (complaints.count), asked for once the page is in. Counting 1,000,000
 * complaints costs more than reading a page of them, and the clerk reads the top rows
 * first.
 */
export function useComplaintPages(filter: ComplaintFilterInput): ComplaintPages {
  const key = JSON.stringify(filter);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const pages = useRef(new Map<number, ComplaintListRow[]>());
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const lastRange = useRef<[number, number]>([0, 0]);
  const [total, setTotal] = useState<number | null>(null);
  const [counting, setCounting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);

  const count = useCallback(async () => {
    const gen = generation.current;
    setCounting(true);
    const r = await call('complaints.count', { filter: filterRef.current });
    if (gen !== generation.current) return;
    setCounting(false);
    if (!r.ok) setError(r.error.message);
    else setTotal(r.value.total);
  }, []);

  /** One page; `first` marks the page that starts a round, whose answer decides whether to count. */
  const fetchPage = useCallback(
    async (page: number, first = false) => {
      const gen = generation.current;
      inflight.current.add(page);
      const r = await call('complaints.list', { filter: filterRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE, withTotal: false });
      if (gen !== generation.current) return;
      inflight.current.delete(page);
      if (!r.ok) {
        setError(r.error.message);
        return;
      }
      setError(null);
      pages.current.set(page, r.value.rows);
      if (first) {
        // A short page ends the list, so the total is known (an empty page past the end, after
        // a refresh, says only that the list got shorter); a full one shows at once and is
        // counted after.
        const shown = page * PAGE_SIZE + r.value.rows.length;
        if (r.value.rows.length < PAGE_SIZE && (page === 0 || r.value.rows.length > 0)) {
          // An older round's count may have been dropped mid-way: nothing is being counted now.
          setCounting(false);
          setTotal(shown);
        } else {
          setTotal((known) => Math.max(known ?? 0, shown));
          void count();
        }
      }
      setVersion((v) => v + 1);
    },
    [count],
  );

  const evictFarPages = useCallback((firstPage: number, lastPage: number) => {
    for (const page of pages.current.keys()) {
      if (page < firstPage - KEEP_PAGES_EACH_SIDE || page > lastPage + KEEP_PAGES_EACH_SIDE) pages.current.delete(page);
    }
  }, []);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      lastRange.current = [first, last];
      const firstPage = Math.floor(Math.max(0, first) / PAGE_SIZE);
      const lastPage = Math.floor(Math.max(0, last) / PAGE_SIZE);
      for (let page = firstPage; page <= lastPage; page++) {
        if (!pages.current.has(page) && !inflight.current.has(page)) void fetchPage(page);
      }
      evictFarPages(firstPage, lastPage);
    },
    [fetchPage, evictFarPages],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    inflight.current = new Set();
    setTotal(null);
    setCounting(false);
    setError(null);
    void fetchPage(0, true);
  }, [key, fetchPage]);

  const refresh = useCallback(() => {
    generation.current++;
    inflight.current = new Set();
    const [first, last] = lastRange.current;
    const firstPage = Math.floor(first / PAGE_SIZE);
    const lastPage = Math.floor(last / PAGE_SIZE);
    // Pages out of view are dropped (they would be stale); pages in view stay shown until replaced.
    for (const page of pages.current.keys()) if (page < firstPage || page > lastPage) pages.current.delete(page);
    for (let page = firstPage; page <= lastPage; page++) void fetchPage(page, page === firstPage);
  }, [fetchPage]);

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  return { total, counting, rowAt, ensureRange, refresh, error, loading: total === null && error === null };
}
