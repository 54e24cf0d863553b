import { useEffect, useState } from 'react';
import { DURATION_UNIT_LABELS, DURATION_UNITS, type DurationUnit } from '../../../../shared/sop/sop-definition';
import type { DuePreview } from '../../../../shared/time/calendar-view';
import { formatLongDay } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { Field } from '../../components/field';

/**
 * A Friday at 15.00, the example the calendar is usually checked with: this week's
 * Friday in the current year, else the second Friday of the year (the first is often
 * New Year's Day).
 */
function exampleFriday(year: number, today: string): string {
  if (today.startsWith(String(year))) {
    const t = new Date(today + 'T00:00:00Z');
    t.setUTCDate(t.getUTCDate() + ((5 - t.getUTCDay() + 7) % 7));
    if (t.getUTCFullYear() === year) return t.toISOString().slice(0, 10);
  }
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  return `${year}-01-${String(8 + ((5 - jan1 + 7) % 7)).padStart(2, '0')}`;
}

/**
 * "Mulai Jumat 15.00 + 2 jam kerja → Senin 08.30": a standard time counted on this
 * calendar, recomputed after every change so the administrator sees what it does.
 */
export function DuePreviewPanel({ revision, year, today }: { revision: number; year: number; today: string }) {
  const [day, setDay] = useState(() => exampleFriday(year, today));
  const [time, setTime] = useState('15.00');
  const [amount, setAmount] = useState('2');
  const [unit, setUnit] = useState<DurationUnit>('jam');
  const [workingTime, setWorkingTime] = useState(true);
  const [result, setResult] = useState<DuePreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!day.startsWith(String(year))) setDay(exampleFriday(year, today));
    // Only a new year resets the day; a day typed in this year stays.
  }, [year, day, today]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const r = await call('calendar.previewDue', { day, time, amount: Number(amount.replace(',', '.')), unit, workingTime });
      if (!current) return;
      if (r.ok) {
        setResult(r.value);
        setError(null);
      } else {
        setResult(null);
        setError(r.error.message);
      }
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [day, time, amount, unit, workingTime, revision]);

  const countsWorkingTime = unit === 'menit' || unit === 'jam';
  return (
    <section className="panel calendar__preview" aria-label="Contoh perhitungan batas waktu">
      <header className="panel__header"><h2>Contoh batas waktu</h2></header>
      <div className="calendar__preview-inputs">
        <Field id="preview-day" label="Mulai tanggal">
          <input id="preview-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </Field>
        <Field id="preview-time" label="Jam">
          <input id="preview-time" value={time} onChange={(e) => setTime(e.target.value)} size={5} inputMode="numeric" />
        </Field>
        <Field id="preview-amount" label="Waktu baku">
          <input id="preview-amount" value={amount} onChange={(e) => setAmount(e.target.value)} size={4} inputMode="decimal" />
        </Field>
        <Field id="preview-unit" label="Satuan">
          <select id="preview-unit" value={unit} onChange={(e) => setUnit(e.target.value as DurationUnit)}>
            {DURATION_UNITS.map((u) => <option key={u} value={u}>{DURATION_UNIT_LABELS[u]}</option>)}
          </select>
        </Field>
        {countsWorkingTime ? (
          <label className="calendar__check">
            <input type="checkbox" checked={workingTime} onChange={(e) => setWorkingTime(e.target.checked)} /> dihitung dalam jam kerja
          </label>
        ) : null}
      </div>
      <output className="calendar__preview-result" data-testid="due-preview" aria-live="polite">
        {result ? (
          <>
            <span>Mulai {result.startText}</span>
            <span className="calendar__preview-amount">+ {result.amountText} →</span>
            <strong data-testid="due-preview-due">{result.dueText}</strong>
            {result.skipped.length > 0 ? (
              <span className="muted calendar__preview-skipped">
                Melewati: {result.skipped.map((s) => `${formatLongDay(s.day)} (${s.name})`).join('; ')}
              </span>
            ) : null}
          </>
        ) : (
          <span className="field__error">{error ?? 'Menghitung…'}</span>
        )}
      </output>
    </section>
  );
}
