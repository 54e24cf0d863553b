import { useRef, useState, type KeyboardEvent } from 'react';
import { HOLIDAY_KIND_LABELS } from '../../../../shared/time/calendar-settings';
import type { CalendarHolidayRow, CalendarYearView } from '../../../../shared/time/calendar-view';
import { formatLongDay } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { ConfirmDialog } from '../complaints/shared/confirm-dialog';
import { HolidayForm } from './holiday-form';

interface HolidayListProps {
  view: CalendarYearView;
  onChanged(next: CalendarYearView, text: string): void;
  onError(text: string): void;
}

/**
 * The year's libur nasional and cuti bersama. Keyboard: ↑/↓ move through the rows, Enter
 * edits the row in the form above, Delete asks before removing it.
 */
export function HolidayList({ view, onChanged, onError }: HolidayListProps) {
  const [editing, setEditing] = useState<CalendarHolidayRow | null>(null);
  const [deleting, setDeleting] = useState<CalendarHolidayRow | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);

  function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, row: CalendarHolidayRow) {
    const rows = [...(body.current?.querySelectorAll<HTMLTableRowElement>('tr') ?? [])];
    const index = rows.indexOf(e.currentTarget);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      rows[Math.max(0, Math.min(rows.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      setEditing(row);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      setDeleting(row);
    }
  }

  async function remove(row: CalendarHolidayRow) {
    setDeleting(null);
    const r = await call('calendar.deleteHoliday', { id: row.id });
    if (!r.ok) return onError(r.error.message);
    if (editing?.id === row.id) setEditing(null);
    onChanged(r.value, `${formatLongDay(row.day)} dihapus dari daftar libur.`);
  }

  const counts = {
    nasional: view.holidays.filter((h) => h.kind === 'libur-nasional').length,
    cuti: view.holidays.filter((h) => h.kind === 'cuti-bersama').length,
  };

  return (
    <section className="panel calendar__holidays" aria-label="Hari libur dan cuti bersama">
      <header className="panel__header">
        <h2>Libur nasional dan cuti bersama {view.year}</h2>
        <span className="panel__hint">{counts.nasional} libur nasional · {counts.cuti} cuti bersama</span>
      </header>
      <HolidayForm
        key={editing?.id ?? 'baru'}
        year={view.year}
        editing={editing}
        onSaved={(next, text) => {
          setEditing(null);
          onChanged(next, text);
        }}
        onCancel={() => setEditing(null)}
      />
      <div className="table-scroll calendar__table">
        <table className="table" aria-label={`Daftar libur ${view.year}`}>
          <thead>
            <tr><th>Tanggal</th><th>Jenis</th><th>Keterangan</th><th aria-label="Tindakan" /></tr>
          </thead>
          <tbody ref={body}>
            {view.holidays.length === 0 ? (
              <tr><td colSpan={4} className="muted">Belum ada hari libur untuk {view.year}. Tambahkan dari SKB 3 Menteri tahun ini.</td></tr>
            ) : null}
            {view.holidays.map((h) => (
              <tr key={h.id} tabIndex={0} onKeyDown={(e) => onRowKey(e, h)} onDoubleClick={() => setEditing(h)}
                className={editing?.id === h.id ? 'calendar__row--editing' : undefined} data-day={h.day}>
                <td className="calendar__day">{formatLongDay(h.day)}</td>
                <td><span className={`kind kind--${h.kind}`}>{HOLIDAY_KIND_LABELS[h.kind]}</span></td>
                <td>{h.name}</td>
                <td className="calendar__row-actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(h)}>Ubah</button>
                  <button type="button" className="button button--small button--danger" onClick={() => setDeleting(h)}>Hapus</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deleting ? (
        <ConfirmDialog
          title="Hapus hari libur?"
          message={`${formatLongDay(deleting.day)} — ${deleting.name} menjadi hari kerja lagi. Batas waktu yang dihitung sesudah ini ikut berubah.`}
          confirmLabel="Ya, hapus"
          danger
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
