import type { OrgUnit } from '../../../../shared/organisation/organisation';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { useSaveForm } from './use-save-form';

interface UnitDialogProps {
  unit: OrgUnit | null;
  parentId: number | null;
  units: OrgUnit[];
  onClose(): void;
  onSaved(): void;
}

/** Create or edit a unit kerja; moving it under its own sub-unit is refused by the backend. */
export function UnitDialog({ unit, parentId, units, onClose, onSaved }: UnitDialogProps) {
  const f = useSaveForm(
    { name: unit?.name ?? '', code: unit?.code ?? '', parentId: unit ? unit.parentId : parentId, order: unit?.order ?? 0, active: unit?.active ?? true },
    (v) => call('organisation.saveUnit', { id: unit?.id ?? null, ...v }),
    onSaved,
  );
  return (
    <Modal
      title={unit ? 'Ubah unit kerja' : 'Unit kerja baru'}
      onClose={onClose}
      footer={<><button type="button" className="button" onClick={onClose}>Batal</button><button type="submit" form="unit-form" className="button button--primary" disabled={f.busy}>Simpan</button></>}
    >
      <form id="unit-form" className="org-form" onSubmit={(e) => { e.preventDefault(); void f.submit(); }}>
        <Field id="unit-name" label="Nama unit" error={f.errors.name} required>
          <input id="unit-name" value={f.values.name} onChange={(e) => f.set('name', e.target.value)} autoFocus />
        </Field>
        <Field id="unit-code" label="Kode" error={f.errors.code}>
          <input id="unit-code" value={f.values.code} onChange={(e) => f.set('code', e.target.value)} />
        </Field>
        <Field id="unit-parent" label="Di bawah unit" error={f.errors.parentId}>
          <select id="unit-parent" value={f.values.parentId ?? ''} onChange={(e) => f.set('parentId', e.target.value ? Number(e.target.value) : null)}>
            <option value="">— (puncak struktur)</option>
            {units.filter((u) => u.id !== unit?.id).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </Field>
        <Field id="unit-order" label="Urutan" error={f.errors.order}>
          <input id="unit-order" type="number" min={0} value={f.values.order} onChange={(e) => f.set('order', Number(e.target.value))} />
        </Field>
        <label className="org-check"><input type="checkbox" checked={f.values.active} onChange={(e) => f.set('active', e.target.checked)} /> Aktif</label>
        {f.message ? <div className="notice notice--error" role="alert">{f.message}</div> : null}
      </form>
    </Modal>
  );
}
