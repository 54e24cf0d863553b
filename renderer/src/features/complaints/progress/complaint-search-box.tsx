import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ComplaintSearchHit } from '../../../../../shared/complaints/complaint';
import { formatTrackingCode, normalizeTrackingCode } from '../../../../../shared/numbering/tracking-code';
import { formatDate } from '../../../../../shared/time/indonesian-dates';
import { useApp } from '../../../app/app-context';
import { StatusPill } from '../shared/status-pill';
import { MIN_QUERY_LENGTH, useComplaintSearch } from './use-complaint-search';

/**
 * Why a query that looks like a tracking code (9 letters and digits)
 * cannot be one, e.g. "Kode pelacakan tidak memakai huruf O": the clerk then asks the
 * visitor to read the receipt again instead of doubting the register.
 */
function codeProblem(query: string): string | null {
  const compact = query.toUpperCase().replace(/[\s\-._]/g, '');
  if (!/^[A-Z0-9]{7,11}$/.test(compact) || !/[A-Z]/.test(compact)) return null;
  // A code can be letters only (about one in six is); typed as one capitalised word of
  // nine symbols it is read as a code, while "Rahmawati" in ordinary case stays a name.
  const lettersOnlyCode = compact.length === 9 && query.trim() === query.trim().toUpperCase() && !/\s/.test(query.trim());
  if (!/\d/.test(compact) && !lettersOnlyCode) return null;
  const read = normalizeTrackingCode(compact);
  return 'problem' in read ? read.problem : null;
}

interface Props {
  text: string;
  onText(text: string): void;
  selectedId: number | null;
  onOpen(hit: ComplaintSearchHit): void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The one search box of the progress desk and its results, driven from the keyboard:
 * type (the search runs by itself), ↑/↓ to move, Enter to open, Esc to clear. Focus
 * stays in the box the whole time, so the clerk can retype at once (combobox pattern).
 */
export function ComplaintSearchBox({ text, onText, selectedId, onOpen, inputRef }: Props) {
  const { office } = useApp();
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const { state, fresh, searchNow } = useComplaintSearch(text, (hits) => {
    setActive(0);
    // One hit is the visitor's complaint: open it without another key press.
    const only = hits.length === 1 ? hits[0] : undefined;
    if (only && only.id !== selectedId) onOpen(only);
  });
  const hits = state.hits;

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  async function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(hits.length - 1, Math.max(0, i + step)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = fresh ? hits[active] : undefined;
      // Results the clerk has seen: Enter opens the highlighted one. Otherwise search
      // first (a single hit then opens by itself, several wait for a choice).
      if (chosen) onOpen(chosen);
      else await searchNow();
    } else if (e.key === 'Escape' && text !== '') {
      e.preventDefault();
      onText('');
    }
  }

  const short = text.trim().length < MIN_QUERY_LENGTH;
  const optionId = (i: number) => `pd-hit-${i}`;
  const showList = !short && (fresh || hits.length > 0);
  return (
    <section className="panel pd-search" aria-labelledby="pd-search-label">
      <label id="pd-search-label" htmlFor="pd-query" className="pd-search__label">
        Cari pengaduan: kode pelacakan, nama, telepon, atau NIK
      </label>
      <div className="pd-search__box">
        <input
          id="pd-query"
          ref={inputRef}
          type="search"
          role="combobox"
          aria-expanded={showList && hits.length > 0}
          aria-controls="pd-hits"
          aria-autocomplete="list"
          aria-activedescendant={fresh && hits[active] ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder="mis. 7KQ4-MX2RB atau Siti Rahmawati"
          onChange={(e) => onText(e.target.value)}
          onKeyDown={(e) => void onKeyDown(e)}
        />
        {state.loading ? <span className="pd-search__spinner" aria-hidden /> : null}
      </div>
      <div className="pd-search__hint" aria-live="polite">
        {short
          ? 'Ketik sekurang-kurangnya 2 huruf atau angka. ↑/↓ memilih · Enter membuka · Esc mengosongkan.'
          : state.error
            ? null
            : fresh
              ? hits.length === 0
                ? null
                : `${hits.length} pengaduan ditemukan · ↑/↓ memilih · Enter membuka`
              : 'Mencari…'}
      </div>
      {state.error && !short ? (
        <div className="notice notice--error" role="alert">{state.error}</div>
      ) : null}
      {fresh && hits.length === 0 && !state.error ? (
        <p className="empty pd-search__empty">
          Tidak ada pengaduan yang cocok dengan “{state.query}”.{' '}
          {codeProblem(state.query) ?? 'Periksa kode pelacakan pada bukti pengaduan, atau cari dengan nama, nomor telepon, atau NIK pelapor.'}
        </p>
      ) : null}
      {showList && hits.length > 0 ? (
        <ul id="pd-hits" ref={listRef} className="pd-hits" role="listbox" aria-label="Hasil pencarian pengaduan">
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={optionId(i)}
              data-index={i}
              role="option"
              aria-selected={i === active}
              className={`pd-hit${i === active ? ' pd-hit--active' : ''}${h.id === selectedId ? ' pd-hit--open' : ''}`}
              onMouseDown={(e) => e.preventDefault() /* keep focus in the box */}
              onClick={() => {
                setActive(i);
                onOpen(h);
              }}
            >
              <div className="pd-hit__top">
                <span className="pd-code">{formatTrackingCode(h.trackingCode)}</span>
                <StatusPill status={h.status} />
              </div>
              <div className="pd-hit__subject">{h.subject}</div>
              <div className="pd-hit__meta">
                <span>{h.complainantDisplay}</span>
                <span>No. {h.registerNumber}</span>
                <span>{formatDate(h.receivedAt, office.timeZone)}</span>
              </div>
              {/salah ketik|mirip/.test(h.matchedBy) ? (
                // A corrected code or a similar name may be someone else's: the clerk checks it.
                <div className="pd-hit__why pd-hit__why--fuzzy">cocok: {h.matchedBy} · pastikan dengan pelapor</div>
              ) : (
                <div className="pd-hit__why">cocok: {h.matchedBy}</div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
