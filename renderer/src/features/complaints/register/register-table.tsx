import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type MutableRefObject } from 'react';
import type { ComplaintListRow } from '../../../../../shared/complaints/complaint';
import { useApp } from '../../../app/app-context';
import { REGISTER_COLUMNS, type SortField } from './register-columns';
import { RegisterRow, registerRowId } from './register-row';
import type { ComplaintPages } from './use-complaint-pages';

/** Fixed heights: the virtualiser positions rows by arithmetic, never by measuring them. */
export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 34;
const OVERSCAN = 12;

interface Props {
  pages: ComplaintPages;
  sort: SortField;
  direction: 'asc' | 'desc';
  onSort(field: SortField, direction: 'asc' | 'desc'): void;
  selected: number;
  onSelect(index: number): void;
  onOpen(row: ComplaintListRow, index: number): void;
  /** Where the list was scrolled to, kept by the screen so the case page's Esc returns to it. */
  scrollMemory: MutableRefObject<number>;
  /** Changes with the filter: the list then starts again at the top. */
  filterKey: string;
  emptyText: string;
  gridRef: MutableRefObject<HTMLDivElement | null>;
}

/**
 * The register as one virtualised grid: a sticky header and only the rows in view (plus a
 * margin) in the DOM, so 100,000 complaints scroll like 100. Keyboard: ↑/↓, Page Up/Down,
 * Home/End move the selection, Enter opens the case.
 */
export function RegisterTable({ pages, sort, direction, onSort, selected, onSelect, onOpen, scrollMemory, filterKey, emptyText, gridRef }: Props) {
  const { office } = useApp();
  const zone = office.timeZone;
  const total = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: () => scrollMemory.current,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (total > 0) pages.ensureRange(first, last);
  }, [pages, first, last, total]);

  // Back from a case page: the same scroll position as when the clerk left.
  useLayoutEffect(() => {
    if (gridRef.current) gridRef.current.scrollTop = scrollMemory.current;
    // Once, on mount: later scrolling is the clerk's.
  }, []);

  const previousKey = useRef(filterKey);
  useEffect(() => {
    if (previousKey.current === filterKey) return;
    previousKey.current = filterKey;
    scrollMemory.current = 0;
    virtualizer.scrollToOffset(0);
  }, [filterKey, virtualizer, scrollMemory]);

  function move(to: number) {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, to));
    onSelect(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const pageRows = Math.max(1, Math.floor(((gridRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: selected + 1, ArrowUp: selected - 1, PageDown: selected + pageRows, PageUp: selected - pageRows,
      Home: 0, End: total - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      move(target);
    } else if (e.key === 'Enter') {
      const row = pages.rowAt(selected);
      if (row) {
        e.preventDefault();
        onOpen(row, selected);
      }
    }
  }

  // Stable across renders, so memoised rows that stay in view are not rendered again.
  const latest = useRef({ onSelect, onOpen });
  latest.current = { onSelect, onOpen };
  const activate = useCallback((index: number, row: ComplaintListRow | undefined) => {
    latest.current.onSelect(index);
    if (row) latest.current.onOpen(row, index);
  }, []);
  const body = total === 0 && !pages.loading ? <p className="empty register-empty">{emptyText}</p> : null;

  return (
    <div
      ref={gridRef}
      className="register-grid"
      role="grid"
      aria-label="Daftar pengaduan"
      aria-rowcount={total + 1}
      aria-colcount={REGISTER_COLUMNS.length}
      aria-activedescendant={total > 0 ? registerRowId(selected) : undefined}
      aria-busy={pages.loading || pages.counting}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => (scrollMemory.current = e.currentTarget.scrollTop)}
    >
      <div className="register-row register-row--head" role="row" aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
        {REGISTER_COLUMNS.map((c) => {
          const active = c.sort !== undefined && c.sort === sort;
          return (
            <div key={c.key} role="columnheader" className="register-cell"
              aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
              {c.sort ? (
                <button type="button" className="sort-button" tabIndex={-1}
                  title={`Urutkan menurut ${c.label.toLowerCase()}`}
                  onClick={() => onSort(c.sort!, active ? (direction === 'asc' ? 'desc' : 'asc') : c.firstDirection ?? 'desc')}>
                  {c.label}
                  <span className="sort-button__mark" aria-hidden>{active ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                </button>
              ) : (
                c.label
              )}
            </div>
          );
        })}
      </div>
      {body ?? (
        <div className="register-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <RegisterRow key={item.key} index={item.index} row={pages.rowAt(item.index)} selected={item.index === selected}
              top={item.start - HEADER_HEIGHT} height={ROW_HEIGHT} zone={zone} onActivate={activate} />
          ))}
        </div>
      )}
    </div>
  );
}
