import { useEffect, useRef, useState } from 'react';
import { TRAY_BOX_LABELS, TRAY_COUNT_CAP, type TrayBox, type TrayCounts, type TrayItem } from '../../../../shared/workflow/tray';
import { useNavigation } from '../../app/navigation';
import { Notice, type NoticeMessage } from '../../components/notice';
import { TaskPanel, type PanelMode } from './task-panel';
import { TRAY_KEYS, TrayTable, type TrayCommand } from './tray-table';
import { TRAY_PAGE_SIZE, useTray, type TrayFilter } from './use-tray';
import './workflow.css';

/** The tabs in the order a leader works them: new work first, finished work last. */
const TABS: TrayBox[] = ['masuk', 'diteruskan', 'dikembalikan', 'selesai'];

const EMPTY_TEXT: Record<TrayBox, string> = {
  masuk: 'Tidak ada pekerjaan yang menunggu. Kotak masuk kosong.',
  diteruskan: 'Belum ada pengaduan yang diteruskan dari jabatan ini.',
  dikembalikan: 'Tidak ada pengaduan yang dikembalikan ke jabatan ini.',
  selesai: 'Belum ada pengaduan yang selesai.',
};

const countOf = (counts: TrayCounts, box: TrayBox) => {
  const n = counts[box];
  return n >= TRAY_COUNT_CAP ? `${TRAY_COUNT_CAP}+` : String(n);
};

interface Opened {
  complaintId: number;
  stepNo: number;
  positionId: number;
  mode: PanelMode;
  /** Bumped to re-open the same row with another mode. */
  nonce: number;
}

/**
 * "Kotak Disposisi" (Alt+5): the tray of the signed-in user's positions — Masuk (unread in
 * bold), Diteruskan, Dikembalikan, Selesai — with the counts on the tabs, overdue work in
 * red, and the task panel of the row opened beside the list.
 */
export function TrayScreen() {
  const { params } = useNavigation();
  const [filter, setFilter] = useState<TrayFilter>({ box: 'masuk', positionId: null, unreadOnly: false, overdueOnly: false, page: 1 });
  const { page, error, refresh } = useTray(filter);
  const [selected, setSelected] = useState(0);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const items = page?.items ?? [];
  const current = items[selected];

  useEffect(() => setSelected(0), [filter]);
  useEffect(() => {
    if (selected >= items.length && items.length > 0) setSelected(items.length - 1);
  }, [items.length, selected]);

  // Opened with a complaint (from the case page): show its panel straight away.
  useEffect(() => {
    if (params.complaintId) setOpened({ complaintId: params.complaintId, stepNo: 0, positionId: 0, mode: 'none', nonce: 0 });
  }, [params.complaintId]);

  // The list gets the keyboard when the screen opens, so ↓ and Enter work at once.
  useEffect(() => {
    if (page && !opened) listRef.current?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus();
    // Only on the first page load.
  }, [page === null]);

  const setBox = (box: TrayBox) => setFilter((f) => ({ ...f, box, page: 1 }));

  function command(cmd: TrayCommand, item: TrayItem | undefined) {
    if (!item) return;
    const waiting = item.box === 'masuk' || item.box === 'dikembalikan';
    const mode: PanelMode = !waiting || cmd === 'open' || cmd === 'read' ? 'none' : cmd === 'dispose' ? 'dispose' : cmd === 'return' ? 'return' : 'finish';
    setOpened((o) => ({ complaintId: item.complaintId, stepNo: item.stepNo, positionId: item.positionId, mode, nonce: (o?.nonce ?? 0) + 1 }));
    if (cmd === 'read') setNotice({ kind: 'info', text: `${item.registerNumber} ditandai sudah dibaca.` });
  }

  const backToList = () => listRef.current?.querySelector<HTMLElement>('tr[tabindex="0"]')?.focus();
  const counts = page?.counts;
  const pages = page ? Math.max(1, Math.ceil(page.total / TRAY_PAGE_SIZE)) : 1;
  const waitingBox = filter.box === 'masuk' || filter.box === 'dikembalikan';

  return (
    <div className={`wf-tray${opened ? ' wf-tray--open' : ''}`}>
      <section className="panel wf-tray__list" aria-labelledby="tray-heading" ref={listRef}>
        <header className="panel__header">
          <h2 id="tray-heading">Kotak Disposisi</h2>
          <div className="panel__tools">
            {counts && counts.overdue > 0 ? (
              <span className="wf-tabs__overdue" data-testid="tray-overdue">{counts.overdue} terlambat</span>
            ) : null}
            {page && page.positions.length > 1 ? (
              <>
                <label htmlFor="tray-position" className="visually-hidden">Jabatan</label>
                <select
                  id="tray-position"
                  value={filter.positionId ?? ''}
                  onChange={(e) => setFilter((f) => ({ ...f, positionId: e.target.value ? Number(e.target.value) : null, page: 1 }))}
                >
                  <option value="">Semua jabatan saya</option>
                  {page.positions.map((p) => <option key={p.positionId} value={p.positionId}>{p.shortTitle || p.title}</option>)}
                </select>
              </>
            ) : page?.positions[0] ? (
              <span className="badge">{page.positions[0].shortTitle || page.positions[0].title}</span>
            ) : null}
          </div>
        </header>

        <div className="wf-tabs" role="tablist" aria-label="Kotak">
          {TABS.map((box) => (
            <button
              key={box}
              type="button"
              role="tab"
              aria-selected={filter.box === box}
              className={`wf-tab${filter.box === box ? ' wf-tab--active' : ''}`}
              onClick={() => setBox(box)}
            >
              {TRAY_BOX_LABELS[box]}
              <span className="wf-tab__count" data-testid={`tray-count-${box}`}>{counts ? countOf(counts, box) : '…'}</span>
              {box === 'masuk' && counts && counts.unread > 0 ? <span className="wf-tab__unread">{counts.unread} baru</span> : null}
            </button>
          ))}
        </div>

        {waitingBox ? (
          <div className="wf-toolbar" role="group" aria-label="Tindakan">
            <label className="wf-check">
              <input type="checkbox" checked={filter.unreadOnly} onChange={(e) => setFilter((f) => ({ ...f, unreadOnly: e.target.checked, page: 1 }))} />
              Belum dibaca saja
            </label>
            <label className="wf-check">
              <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => setFilter((f) => ({ ...f, overdueOnly: e.target.checked, page: 1 }))} />
              Terlambat saja
            </label>
            <span className="wf-toolbar__actions">
              <button type="button" className="button button--small" disabled={!current} onClick={() => command('open', current)}>Buka <kbd>Enter</kbd></button>
              <button type="button" className="button button--small" disabled={!current} onClick={() => command('read', current)}>Tandai dibaca <kbd>{TRAY_KEYS.read}</kbd></button>
              <button type="button" className="button button--small" disabled={!current} onClick={() => command('dispose', current)}>Disposisi <kbd>{TRAY_KEYS.dispose}</kbd></button>
              <button type="button" className="button button--small" disabled={!current} onClick={() => command('return', current)}>Kembalikan <kbd>{TRAY_KEYS.return}</kbd></button>
              <button type="button" className="button button--small" disabled={!current} onClick={() => command('finish', current)}>Selesai <kbd>{TRAY_KEYS.finish}</kbd></button>
            </span>
          </div>
        ) : null}

        <Notice notice={error ? { kind: 'error', text: error } : notice} onDismiss={error ? undefined : () => setNotice(null)} />
        {page ? (
          <TrayTable
            box={filter.box}
            items={items}
            selected={selected}
            onSelect={setSelected}
            onCommand={command}
            emptyText={filter.unreadOnly || filter.overdueOnly ? 'Tidak ada yang cocok dengan saringan ini.' : EMPTY_TEXT[filter.box]}
          />
        ) : (
          <p className="muted">Memuat kotak disposisi…</p>
        )}
        <footer className="wf-tray__footer">
          <span className="register-hint">↑/↓ memilih · Enter membuka · B dibaca · D disposisi · K kembalikan · S selesai · Esc kembali ke daftar</span>
          {pages > 1 ? (
            <span className="wf-pager">
              <button type="button" className="button button--small" disabled={filter.page <= 1} onClick={() => setFilter((f) => ({ ...f, page: f.page - 1 }))}>◀</button>
              Halaman {filter.page} dari {pages}
              <button type="button" className="button button--small" disabled={filter.page >= pages} onClick={() => setFilter((f) => ({ ...f, page: f.page + 1 }))}>▶</button>
            </span>
          ) : null}
        </footer>
      </section>

      {opened ? (
        <TaskPanel
          key={`${opened.complaintId}-${opened.stepNo}-${opened.positionId}-${opened.nonce}`}
          complaintId={opened.complaintId}
          stepNo={opened.stepNo || null}
          positionId={opened.positionId || null}
          initialMode={opened.mode}
          markRead
          // The panel says what happened; the list only follows.
          onChanged={refresh}
          onClose={() => {
            setOpened(null);
            refresh();
            requestAnimationFrame(backToList);
          }}
        />
      ) : (
        <section className="panel wf-tray__placeholder" aria-label="Panel tugas">
          <p className="muted">Pilih pengaduan dengan ↑/↓ lalu tekan Enter untuk membuka tugasnya.</p>
        </section>
      )}
    </div>
  );
}
