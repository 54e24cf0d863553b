import { useCallback, useEffect, useState } from 'react';
import type { CalendarYearView } from '../../../../shared/time/calendar-view';
import { officeClock, officeDayOf } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Notice, type NoticeMessage } from '../../components/notice';
import { ConfirmDialog } from '../complaints/shared/confirm-dialog';
import { DuePreviewPanel } from './due-preview-panel';
import { HolidayList } from './holiday-list';
import { WorkingHoursPanel } from './working-hours-panel';
import './calendar.css';

/** A few years around this one, and the one shown if the arrows went further. */
function yearChoices(thisYear: number, shown: number): number[] {
  const years = new Set(Array.from({ length: 8 }, (_, i) => thisYear - 2 + i));
  years.add(shown);
  return [...years].sort((a, b) => a - b);
}

/**
 * "Kalender Kerja" (Alt+8): the days off and working hours every deadline is counted on.
 * An administrator keeps each year in step with the SKB 3 Menteri; the preview shows at
 * once how a standard time moves when a day is added.
 */
export function CalendarScreen() {
  const { info } = useApp();
  // The office's year by the app's clock, not the PC's.
  const thisYear = officeClock(info.now, info.timeZone).year;
  const [year, setYear] = useState(thisYear);
  const [view, setView] = useState<CalendarYearView | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  // Bumped after every change, so the preview recomputes on the new calendar.
  const [revision, setRevision] = useState(0);

  const load = useCallback(async (y: number) => {
    const r = await call('calendar.year', { year: y });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setView(r.value);
  }, []);

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const changed = (next: CalendarYearView, text: string) => {
    setView(next);
    setRevision((n) => n + 1);
    setNotice({ kind: 'success', text });
  };

  async function reset() {
    setConfirmReset(false);
    const r = await call('calendar.resetYear', { year });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    changed(r.value, `Daftar libur ${year} dikembalikan ke bawaan aplikasi.`);
  }

  async function confirmYear() {
    const r = await call('calendar.confirmYear', { year });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    changed(r.value, `Daftar libur ${year} ditandai sudah diperiksa.`);
  }

  return (
    <div className="calendar">
      <section className="panel calendar__year" aria-label="Tahun kalender">
        <header className="panel__header">
          <h2>Kalender Kerja</h2>
          <div className="panel__tools">
            <button type="button" className="button button--small" onClick={() => setYear((y) => y - 1)} aria-label="Tahun sebelumnya">◀</button>
            <label htmlFor="calendar-year" className="visually-hidden">Tahun</label>
            <select id="calendar-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {yearChoices(thisYear, year).map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
            <button type="button" className="button button--small" onClick={() => setYear((y) => y + 1)} aria-label="Tahun berikutnya">▶</button>
          </div>
        </header>
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        {view ? (
          <div className="calendar__status">
            {view.needsReview ? (
              <span className="badge badge--review" data-testid="needs-review">Perlu diperiksa admin</span>
            ) : (
              <span className="badge badge--ok">Sudah diperiksa</span>
            )}
            <span className="muted">Sumber: {view.source ?? 'belum ada daftar libur untuk tahun ini'}</span>
            <span className="muted">· {view.workingDayCount} hari kerja · zona {view.zone}</span>
            <span className="calendar__status-actions">
              {view.needsReview && view.holidays.length > 0 ? (
                <button type="button" className="button button--small" onClick={confirmYear}>Tandai sudah diperiksa</button>
              ) : null}
              {view.hasShippedDefault ? (
                <button type="button" className="button button--small" onClick={() => setConfirmReset(true)}>Kembalikan ke bawaan</button>
              ) : null}
            </span>
          </div>
        ) : null}
      </section>
      {view ? (
        <div className="calendar__grid">
          <HolidayList view={view} onChanged={changed} onError={(text) => setNotice({ kind: 'error', text })} />
          <div className="calendar__side">
            <DuePreviewPanel revision={revision} year={year} today={officeDayOf(info.now, info.timeZone)} />
            <WorkingHoursPanel
              hours={view.hours}
              onSaved={() => {
                setRevision((n) => n + 1);
                setNotice({ kind: 'success', text: 'Jam kerja tersimpan.' });
                void load(year);
              }}
            />
          </div>
        </div>
      ) : null}
      {confirmReset ? (
        <ConfirmDialog
          title={`Kembalikan daftar libur ${year}?`}
          message={`Semua hari libur dan cuti bersama ${year} diganti dengan daftar bawaan aplikasi. Perubahan yang dibuat di sini tercatat di riwayat, tetapi tidak dipertahankan.`}
          confirmLabel="Ya, kembalikan"
          danger
          onConfirm={reset}
          onCancel={() => setConfirmReset(false)}
        />
      ) : null}
    </div>
  );
}
