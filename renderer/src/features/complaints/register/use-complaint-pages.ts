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
  /** Rows matching the filter; null until the first page has answered. */
  total: number | null;
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
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);

  // Counting every match costs as much as a page; only the first page of a fetch round asks.
  const fetchPage = useCallback(async (page: number, withTotal = false) => {
    const gen = generation.current;
    inflight.current.add(page);
    const r = await call('complaints.list', { filter: filterRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE, withTotal });
    if (gen !== generation.current) return;
    inflight.current.delete(page);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    pages.current.set(page, r.value.rows);
    if (r.value.total !== null) setTotal(r.value.total);
    setVersion((v) => v + 1);
  }, []);

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

  return { total, rowAt, ensureRange, refresh, error, loading: total === null && error === null };
}
