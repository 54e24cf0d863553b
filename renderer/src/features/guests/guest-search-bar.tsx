import { useState, type FormEvent } from 'react';
import { dateRangeSchema } from '../../../../shared/guests/guest-schemas';
import { Field } from '../../components/field';
import { fieldErrors } from '../../lib/schema-errors';

export interface GuestSearch {
  query: string;
  from: string;
  to: string;
}

interface Props {
  today: string;
  active: boolean;
  onSearch(search: GuestSearch): void;
  onClear(): void;
}

/** Search by name, phone or NIK within a range of days; clearing returns to today's list. */
export function GuestSearchBar({ today, active, onSearch, onClear }: Props) {
  const [query, setQuery] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const hasRange = from !== '' || to !== '';
  const range = { from: from || to || today, to: to || from || today };
  const errors = hasRange ? fieldErrors(dateRangeSchema, range) : {};

  function submit(e: FormEvent) {
    e.preventDefault();
    if (Object.keys(errors).length > 0) return;
    onSearch({ query, from: hasRange ? range.from : '', to: hasRange ? range.to : '' });
  }

  return (
    <form className="search-bar" onSubmit={submit} role="search" aria-label="Cari tamu">
      <Field id="search-query" label="Cari nama, telepon, atau NIK">
        <input id="search-query" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="mis. Rahmawati atau 0812…" />
      </Field>
      <Field id="search-from" label="Dari tanggal" error={errors.from}>
        <input id="search-from" type="date" value={from} max={today} onChange={(e) => setFrom(e.target.value)} />
      </Field>
      <Field id="search-to" label="Sampai tanggal" error={errors.to}>
        <input id="search-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </Field>
      <div className="search-bar__actions">
        <button type="submit" className="button">Cari</button>
        {active ? (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setQuery('');
              setFrom('');
              setTo('');
              onClear();
            }}
          >
            Kembali ke hari ini
          </button>
        ) : null}
      </div>
    </form>
  );
}
