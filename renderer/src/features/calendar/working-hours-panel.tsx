import { useState } from 'react';
import {
  WEEKDAY_ORDER_FROM_MONDAY,
  weeklyWorkingMinutes,
  workingHoursSettingsSchema,
  type DayHours,
  type RamadanPeriod,
  type WeekHours,
  type WorkingHoursSettings,
} from '../../../../shared/time/calendar-settings';
import { INDONESIAN_DAYS } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { fieldErrors } from '../../lib/schema-errors';

type Week = 'regular' | 'ramadan';
const WEEK_LABELS: Record<Week, string> = { regular: 'Jam kerja biasa', ramadan: 'Jam kerja Ramadan' };
const OPEN_DAY: DayHours = { start: '07.30', end: '16.00', breakStart: '12.00', breakEnd: '13.00' };

const hoursText = (minutes: number) => `${String(minutes / 60).replace('.', ',')} jam/minggu`;

/** Working hours per weekday (one break each), the Ramadan hours and the Ramadan periods. */
export function WorkingHoursPanel({ hours, onSaved }: { hours: WorkingHoursSettings; onSaved(): void }) {
  const [values, setValues] = useState<WorkingHoursSettings>(hours);
  const [week, setWeek] = useState<Week>('regular');
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const errors = fieldErrors(workingHoursSettingsSchema, values);

  const setDay = (weekday: number, day: DayHours | null) => {
    const next = [...values[week]] as WeekHours;
    next[weekday] = day;
    setValues({ ...values, [week]: next });
  };
  const setPeriod = (i: number, period: RamadanPeriod | null) => {
    const periods = [...values.ramadanPeriods];
    if (period) periods[i] = period;
    else periods.splice(i, 1);
    setValues({ ...values, ramadanPeriods: periods });
  };

  async function save() {
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    const r = await call('calendar.saveHours', values);
    setSaving(false);
    if (!r.ok) return setServerError(r.error.message);
    setServerError(null);
    onSaved();
  }

  const valid = workingHoursSettingsSchema.safeParse(values);
  return (
    <section className="panel calendar__hours" aria-label="Jam kerja">
      <header className="panel__header">
        <h2>Jam kerja</h2>
        <div className="calendar__tabs" role="tablist">
          {(['regular', 'ramadan'] as const).map((w) => (
            <button key={w} type="button" role="tab" aria-selected={week === w}
              className={`button button--small${week === w ? ' button--primary' : ''}`} onClick={() => setWeek(w)}>
              {w === 'regular' ? 'Biasa' : 'Ramadan'}
            </button>
          ))}
        </div>
      </header>
      <table className="table calendar__hours-table" aria-label={WEEK_LABELS[week]}>
        <thead>
          <tr><th>Hari</th><th>Kerja</th><th>Masuk</th><th>Pulang</th><th>Istirahat</th></tr>
        </thead>
        <tbody>
          {WEEKDAY_ORDER_FROM_MONDAY.map((weekday) => {
            const day = values[week][weekday] ?? null;
            const error = errors[`${week}.${weekday}.end`] ?? errors[`${week}.${weekday}.breakStart`] ?? errors[`${week}.${weekday}.breakEnd`]
              ?? errors[`${week}.${weekday}.start`];
            const edit = (patch: Partial<DayHours>) => day && setDay(weekday, { ...day, ...patch });
            const name = INDONESIAN_DAYS[weekday];
            return (
              <tr key={weekday} className={error ? 'calendar__hours-row--invalid' : undefined}>
                <td>{name}{error ? <div className="field__error">{error}</div> : null}</td>
                <td><input type="checkbox" aria-label={`${name} hari kerja`} checked={day !== null}
                  onChange={(e) => setDay(weekday, e.target.checked ? OPEN_DAY : null)} /></td>
                {day ? (
                  <>
                    <td><input aria-label={`${name} masuk`} value={day.start} size={5} onChange={(e) => edit({ start: e.target.value })} /></td>
                    <td><input aria-label={`${name} pulang`} value={day.end} size={5} onChange={(e) => edit({ end: e.target.value })} /></td>
                    <td className="calendar__break">
                      <input aria-label={`${name} istirahat mulai`} value={day.breakStart} size={5} placeholder="—" onChange={(e) => edit({ breakStart: e.target.value })} />
                      –
                      <input aria-label={`${name} istirahat selesai`} value={day.breakEnd} size={5} placeholder="—" onChange={(e) => edit({ breakEnd: e.target.value })} />
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="muted">libur</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="panel__hint">
        {valid.success ? hoursText(weeklyWorkingMinutes(valid.data[week])) : 'Periksa jam yang ditandai merah.'} · jam ditulis seperti 07.30
      </p>
      <h3 className="calendar__subhead">Periode Ramadan</h3>
      <p className="panel__hint">Jam kerja Ramadan berlaku dari tanggal awal sampai tanggal akhir. Sesuaikan setelah sidang isbat.</p>
      {values.ramadanPeriods.map((p, i) => (
        <div key={i} className="calendar__period">
          <input aria-label="Nama periode" value={p.label} onChange={(e) => setPeriod(i, { ...p, label: e.target.value })} />
          <input aria-label="Mulai" type="date" value={p.from} onChange={(e) => setPeriod(i, { ...p, from: e.target.value })} />
          <span>s.d.</span>
          <input aria-label="Sampai" type="date" value={p.to} onChange={(e) => setPeriod(i, { ...p, to: e.target.value })} />
          <button type="button" className="button button--small button--danger" onClick={() => setPeriod(i, null)} aria-label={`Hapus ${p.label}`}>✕</button>
          {errors[`ramadanPeriods.${i}.to`] ?? errors[`ramadanPeriods.${i}.from`] ?? errors[`ramadanPeriods.${i}.label`] ? (
            <div className="field__error">{errors[`ramadanPeriods.${i}.to`] ?? errors[`ramadanPeriods.${i}.from`] ?? errors[`ramadanPeriods.${i}.label`]}</div>
          ) : null}
        </div>
      ))}
      <div className="form-actions">
        <button type="button" className="button button--small"
          onClick={() => setValues({ ...values, ramadanPeriods: [...values.ramadanPeriods, { label: 'Ramadan', from: '', to: '' }] })}>
          Tambah periode
        </button>
        <button type="button" className="button button--primary" disabled={saving || !valid.success} onClick={save}>
          {saving ? 'Menyimpan…' : 'Simpan jam kerja'}
        </button>
      </div>
      {serverError ? <div className="field__error" role="alert">{serverError}</div> : null}
    </section>
  );
}
