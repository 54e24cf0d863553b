import { memo, useEffect, useState } from 'react';
import type { ComplaintCategory } from '../../../../../shared/complaints/complaint';
import {
  CHANNELS, CHANNEL_LABELS, COMPLAINT_KINDS, COMPLAINT_KIND_LABELS, COMPLAINT_STATUSES, COMPLAINT_STATUS_LABELS, PRIVACY_LEVELS,
} from '../../../../../shared/complaints/complaint-enums';
import { call } from '../../../api/client';
import { Field } from '../../../components/field';
import { ChipGroup } from './chip-group';
import { PRIVACY_SHORT_LABELS } from './register-format';
import { EMPTY_FILTER, isFiltered, rangeOf, type RegisterFilterState } from './use-stored-filter';

interface Props {
  filter: RegisterFilterState;
  today: string;
  onChange(next: RegisterFilterState): void;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

/**
 * The register's filters: the search box and the fields a clerk narrows by most (unit,
 * dates, overdue) on one line, the multi-select chips under it. Every change applies at
 * once; the search box waits until the clerk pauses typing (see RegisterScreen). Memoised:
 * a page of rows arriving while the clerk scrolls does not render the filters again.
 */
export const RegisterFilters = memo(function RegisterFilters({ filter, today, onChange }: Props) {
  const [categories, setCategories] = useState<ComplaintCategory[]>([]);
  useEffect(() => {
    void call('complaints.categories', {}).then((r) => r.ok && setCategories(r.value));
  }, []);
  const set = <K extends keyof RegisterFilterState>(key: K, value: RegisterFilterState[K]) => onChange({ ...filter, [key]: value });
  const { errors } = rangeOf(filter, today);

  return (
    <div className="register-filters" role="search" aria-label="Saring register">
      <div className="register-filters__line">
        <Field id="register-query" label="Cari pokok aduan, uraian, atau pelapor">
          <input id="register-query" type="search" value={filter.query} maxLength={200} autoComplete="off"
            placeholder="mis. jalan rusak, pungutan, nama pelapor…" onChange={(e) => set('query', e.target.value)} />
        </Field>
        <Field id="register-unit" label="Unit yang diadukan">
          <input id="register-unit" value={filter.unit} maxLength={150} autoComplete="off" onChange={(e) => set('unit', e.target.value)} />
        </Field>
        <Field id="register-from" label="Diterima dari" error={errors.from}>
          <input id="register-from" type="date" value={filter.from} onChange={(e) => set('from', e.target.value)} />
        </Field>
        <Field id="register-to" label="sampai" error={errors.to}>
          <input id="register-to" type="date" value={filter.to} onChange={(e) => set('to', e.target.value)} />
        </Field>
        <label className="check register-filters__overdue">
          <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => set('overdueOnly', e.target.checked)} />
          Lewat tenggat saja
        </label>
        <button type="button" className="button button--ghost" disabled={!isFiltered(filter)}
          onClick={() => onChange({ ...EMPTY_FILTER, sort: filter.sort, direction: filter.direction })}>
          Hapus filter
        </button>
      </div>
      <div className="register-filters__chips">
        <ChipGroup label="Status" options={options(COMPLAINT_STATUSES, COMPLAINT_STATUS_LABELS)} selected={filter.statuses} onChange={(v) => set('statuses', v)} />
        <ChipGroup label="Saluran" options={options(CHANNELS, CHANNEL_LABELS)} selected={filter.channels} onChange={(v) => set('channels', v)} />
        <ChipGroup label="Jenis" options={options(COMPLAINT_KINDS, COMPLAINT_KIND_LABELS)} selected={filter.kinds} onChange={(v) => set('kinds', v)} />
        <ChipGroup label="Kerahasiaan" options={options(PRIVACY_LEVELS, PRIVACY_SHORT_LABELS)} selected={filter.privacy} onChange={(v) => set('privacy', v)} />
        {categories.length > 0 ? (
          <ChipGroup label="Kategori" selected={filter.categoryIds} onChange={(v) => set('categoryIds', v)}
            options={categories.filter((c) => c.active || filter.categoryIds.includes(c.id)).map((c) => ({ value: c.id, label: c.name }))} />
        ) : null}
      </div>
    </div>
  );
});
