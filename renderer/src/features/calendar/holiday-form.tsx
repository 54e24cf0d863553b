import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HOLIDAY_KIND_LABELS, HOLIDAY_KINDS, holidaySaveSchema, type HolidayKind } from '../../../../shared/time/calendar-settings';
import type { CalendarHolidayRow, CalendarYearView } from '../../../../shared/time/calendar-view';
import { formatLongDay } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { fieldErrors } from '../../lib/schema-errors';

interface HolidayFormProps {
  year: number;
  editing: CalendarHolidayRow | null;
  onSaved(next: CalendarYearView, text: string): void;
  onCancel(): void;
}

/** Adds a day off, or edits the one chosen in the list. Enter saves; Esc leaves an edit. */
export function HolidayForm({ year, editing, onSaved, onCancel }: HolidayFormProps) {
  const [day, setDay] = useState(editing?.day ?? '');
  const [kind, setKind] = useState<HolidayKind>(editing?.kind ?? 'cuti-bersama');
  const [name, setName] = useState(editing?.name ?? '');
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dayInput = useRef<HTMLInputElement>(null);
  const input = { id: editing?.id ?? null, day, kind, name };
  const errors = { ...fieldErrors(holidaySaveSchema, input), ...serverErrors };

  useEffect(() => {
    if (editing) dayInput.current?.focus();
  }, [editing]);

  async function save(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(fieldErrors(holidaySaveSchema, input)).length > 0) return;
    setSaving(true);
    const r = await call('calendar.saveHoliday', input);
    setSaving(false);
    if (!r.ok) return setServerErrors(r.error.fields ?? { day: r.error.message });
    const text = `${formatLongDay(day)} tersimpan sebagai ${HOLIDAY_KIND_LABELS[kind].toLowerCase()}.`;
    setDay('');
    setName('');
    setTouched(false);
    onSaved(r.value, text);
    dayInput.current?.focus();
  }

  const shown = (field: string) => (touched || serverErrors[field] ? errors[field] : undefined);
  return (
    <form className="calendar__form" onSubmit={save} aria-label={editing ? 'Ubah hari libur' : 'Tambah hari libur'}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && editing) {
          e.preventDefault();
          onCancel();
        }
      }}>
      <Field id="holiday-day" label="Tanggal" error={shown('day')}
        hint={/^\d{4}-\d{2}-\d{2}$/.test(day) ? formatLongDay(day) : `Hari di tahun ${year}`}>
        <input id="holiday-day" ref={dayInput} type="date" value={day} min={`${year}-01-01`} max={`${year}-12-31`}
          onChange={(e) => { setDay(e.target.value); setServerErrors({}); }} />
      </Field>
      <Field id="holiday-kind" label="Jenis" error={shown('kind')}>
        <select id="holiday-kind" value={kind} onChange={(e) => setKind(e.target.value as HolidayKind)}>
          {HOLIDAY_KINDS.map((k) => <option key={k} value={k}>{HOLIDAY_KIND_LABELS[k]}</option>)}
        </select>
      </Field>
      <Field id="holiday-name" label="Keterangan" error={shown('name')} wide>
        <input id="holiday-name" value={name} maxLength={120} placeholder="mis. Cuti bersama Idulfitri 1448 Hijriah"
          onChange={(e) => setName(e.target.value)} />
      </Field>
      <div className="calendar__form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {editing ? 'Simpan perubahan' : 'Tambah'}
        </button>
        {editing ? <button type="button" className="button" onClick={onCancel}>Batal (Esc)</button> : null}
      </div>
    </form>
  );
}
