import { useCallback, useEffect, useState } from 'react';
import type { GuestDayCounts, GuestTodayPage, GuestVisit } from '../../../../shared/guests/guest-visit';
import { formatDay, formatLongDay } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Notice, type NoticeMessage } from '../../components/notice';
import { officeToday } from '../../lib/dates';
import { GuestSearchBar, type GuestSearch } from './guest-search-bar';
import { GuestTable } from './guest-table';
import { PrintDialog } from './print-dialog';
import { RegisterPanel } from './register-panel';
import { VisitDialog } from './visit-dialog';

/** The reception desk's first screen: register on the left, today's guest book on the right. */
export function GuestBookScreen() {
  const { office, now } = useApp();
  const today = officeToday(now(), office.timeZone);
  const [rows, setRows] = useState<GuestVisit[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [counts, setCounts] = useState<GuestDayCounts | null>(null);
  const [search, setSearch] = useState<GuestSearch | null>(null);
  const [open, setOpen] = useState<GuestVisit | null>(null);
  const [printing, setPrinting] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const load = useCallback(async () => {
    const r = search
      ? await call('guests.search', {
          query: search.query,
          ...(search.from ? { range: { from: search.from, to: search.to } } : {}),
          limit: 200,
        })
      : await call('guests.today', {});
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setRows(r.value.rows);
    setTruncated(r.value.truncated);
    setCounts('counts' in r.value ? (r.value as GuestTodayPage).counts : null);
  }, [search]);

  useEffect(() => void load(), [load]);

  async function checkOut(v: GuestVisit) {
    const r = await call('guests.checkOut', { id: v.id });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNotice({ kind: 'success', text: `${v.name} tercatat selesai.` });
    void load();
  }

  const title = search
    ? search.from
      ? `Hasil pencarian · ${search.from === search.to ? formatDay(search.from) : `${formatDay(search.from)} s.d. ${formatDay(search.to)}`}`
      : 'Hasil pencarian · semua tanggal'
    : `Tamu hari ini · ${formatLongDay(today)}`;

  return (
    <div className="guest-book">
      <RegisterPanel onRegistered={() => (search ? undefined : void load())} />
      <section className="panel list-panel" aria-labelledby="list-title">
        <header className="panel__header">
          <h2 id="list-title">{title}</h2>
          <div className="panel__tools">
            {!search && counts ? <span className="badge" title="Tamu yang belum tercatat keluar">{counts.present} masih di kantor · {counts.visits} tamu</span> : <span className="badge">{rows.length}{truncated ? '+' : ''} ditemukan</span>}
            <button type="button" className="button" onClick={() => setPrinting(true)}>Cetak / ekspor…</button>
          </div>
        </header>
        <GuestSearchBar today={today} active={search !== null} onSearch={setSearch} onClear={() => setSearch(null)} />
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        <GuestTable
          rows={rows}
          showDate={search !== null}
          onOpen={setOpen}
          onCheckOut={checkOut}
          emptyText={search ? 'Tidak ada tamu yang cocok dengan pencarian ini.' : 'Belum ada tamu hari ini.'}
        />
        {truncated ? (
          <p className="muted">
            {search
              ? 'Hanya sebagian hasil yang ditampilkan; persempit pencarian atau rentang tanggal.'
              : `Menampilkan ${rows.length} tamu terbaru hari ini; cari atau cetak untuk melihat semuanya.`}
          </p>
        ) : null}
      </section>
      {open ? <VisitDialog visit={open} onClose={() => setOpen(null)} onChanged={() => void load()} /> : null}
      {printing ? <PrintDialog today={today} onClose={() => setPrinting(false)} /> : null}
    </div>
  );
}
