import { useEffect, useRef, useState } from 'react';
import type { LetterListBox } from '../../../../shared/letters/letter-schemas';
import { useNavigation } from '../../app/navigation';
import { Notice } from '../../components/notice';
import { useDebounced } from '../complaints/register/use-debounced';
import { LetterList } from './letter-list';
import { LetterPage } from './letter-page';
import { LETTER_PAGE_SIZE, useLetterList } from './use-letter-list';
import { VerificationPanel } from './verification-panel';
import './letters.css';

const BOXES: { box: LetterListBox; label: string; empty: string }[] = [
  { box: 'tindakan', label: 'Perlu tindakan saya', empty: 'Tidak ada surat yang menunggu tindakan Anda.' },
  { box: 'konsep', label: 'Konsep', empty: 'Tidak ada konsep atau konsep yang dikembalikan.' },
  { box: 'proses', label: 'Dalam proses', empty: 'Tidak ada surat yang sedang diparaf.' },
  { box: 'selesai', label: 'Selesai', empty: 'Belum ada surat yang ditandatangani.' },
  { box: 'semua', label: 'Semua', empty: 'Belum ada surat. Konsep dibuat dari halaman pengaduan atau dari Kotak Disposisi.' },
];

export type LettersTab = 'daftar' | 'verifikasi';

/**
 * "Surat" (Alt+S): the letters by box — what waits for me, drafts, in paraf, done, all —
 * with counts, a search, and the letter page opened with Enter; "Verifikasi Surat"
 * (Alt+V) is its second tab.
 */
export function LettersScreen({ tab }: { tab: LettersTab }) {
  const { params, navigate } = useNavigation();
  const [openId, setOpenId] = useState<number | null>(params.letterId ?? null);
  const [box, setBox] = useState<LetterListBox>('tindakan');
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState(0);
  const search = useDebounced(query.trim(), 250);
  const { page, counts, error, refresh } = useLetterList(box, search, offset);
  const listRef = useRef<HTMLDivElement>(null);
  const rows = page?.rows ?? [];

  useEffect(() => {
    setSelected(0);
    setOffset(0);
  }, [box, search]);

  // The list has the keyboard when it shows, so ↓ and Enter work at once.
  useEffect(() => {
    if (page && openId === null && tab === 'daftar' && !listRef.current?.contains(document.activeElement)) {
      listRef.current?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus();
    }
    // Only when a page first arrives or the list comes back.
  }, [page === null, openId]);

  if (openId !== null && tab === 'daftar') {
    return (
      <LetterPage
        key={openId}
        letterId={openId}
        onBack={() => {
          setOpenId(null);
          refresh();
        }}
      />
    );
  }

  const pages = page ? Math.max(1, Math.ceil(page.total / LETTER_PAGE_SIZE)) : 1;
  const pageNo = Math.floor(offset / LETTER_PAGE_SIZE) + 1;
  return (
    <div className="letters-screen">
      <div className="wf-tabs letters-screen__tabs" role="tablist" aria-label="Surat">
        <button type="button" role="tab" aria-selected={tab === 'daftar'} className={`wf-tab${tab === 'daftar' ? ' wf-tab--active' : ''}`} onClick={() => navigate('surat')}>
          Daftar surat <kbd>Alt+S</kbd>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'verifikasi'} className={`wf-tab${tab === 'verifikasi' ? ' wf-tab--active' : ''}`} onClick={() => navigate('verifikasi-surat')}>
          Verifikasi Surat <kbd>Alt+V</kbd>
        </button>
      </div>
      {tab === 'verifikasi' ? (
        <VerificationPanel onOpenLetter={(id) => navigate('surat', { letterId: id })} />
      ) : (
        <section className="panel letters-list" aria-labelledby="letters-heading" ref={listRef}>
          <header className="panel__header">
            <h2 id="letters-heading">Surat</h2>
            <div className="panel__tools">
              <label htmlFor="letters-search" className="visually-hidden">Cari surat</label>
              <input id="letters-search" className="letters-search" type="search" value={query} placeholder="Cari hal, nomor surat, nomor register…" onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown' || e.key === 'Enter') {
                    e.preventDefault();
                    listRef.current?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus();
                  }
                }} />
            </div>
          </header>
          <div className="wf-tabs" role="tablist" aria-label="Kotak surat">
            {BOXES.map((b) => (
              <button key={b.box} type="button" role="tab" aria-selected={box === b.box} className={`wf-tab${box === b.box ? ' wf-tab--active' : ''}`} onClick={() => setBox(b.box)}>
                {b.label}
                <span className="wf-tab__count" data-testid={`letters-count-${b.box}`}>{counts[b.box] ?? '…'}</span>
              </button>
            ))}
          </div>
          <Notice notice={error ? { kind: 'error', text: error } : null} />
          {page ? (
            <LetterList rows={rows} selected={selected} onSelect={setSelected} onOpen={(row) => setOpenId(row.id)}
              emptyText={search ? 'Tidak ada surat yang cocok dengan pencarian ini.' : (BOXES.find((b) => b.box === box)?.empty ?? '')} />
          ) : (
            <p className="muted">Memuat surat…</p>
          )}
          <footer className="wf-tray__footer">
            <span className="register-hint muted">↑/↓ memilih · Enter membuka · Esc di halaman surat kembali ke daftar</span>
            {pages > 1 ? (
              <span className="wf-pager">
                <button type="button" className="button button--small" disabled={pageNo <= 1} onClick={() => setOffset((o) => o - LETTER_PAGE_SIZE)}>◀</button>
                Halaman {pageNo} dari {pages}
                <button type="button" className="button button--small" disabled={pageNo >= pages} onClick={() => setOffset((o) => o + LETTER_PAGE_SIZE)}>▶</button>
              </span>
            ) : null}
          </footer>
        </section>
      )}
    </div>
  );
}
