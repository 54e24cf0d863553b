import type { OrgPosition, OrgUnit } from '../../../../shared/organisation/organisation';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { useSaveForm } from './use-save-form';

interface PositionDialogProps {
  position: OrgPosition | null;
  unitId: number;
  units: OrgUnit[];
  positions: OrgPosition[];
  onClose(): void;
  onSaved(): void;
}

/** Create or edit a jabatan with its superior: where a "bukan kewenangan" returns, whom a.n./u.b. follows. */
export function PositionDialog({ position, unitId, units, positions, onClose, onSaved }: PositionDialogProps) {
  const f = useSaveForm(
    {
      title: position?.title ?? '', shortTitle: position?.shortTitle ?? '', unitId: position?.unitId ?? unitId,
      superiorId: position?.superiorId ?? null, order: position?.order ?? 0, active: position?.active ?? true,
    },
    (v) => call('organisation.savePosition', { id: position?.id ?? null, ...v }),
    onSaved,
  );
  return (
    <Modal
      title={position ? 'Ubah jabatan' : 'Jabatan baru'}
      onClose={onClose}
      footer={<><button type="button" className="button" onClick={onClose}>Batal</button><button type="submit" form="position-form" className="button button--primary" disabled={f.busy}>Simpan</button></>}
    >
      <form id="position-form" className="org-form" onSubmit={(e) => { e.preventDefault(); void f.submit(); }}>
        <Field id="position-title" label="Nama jabatan" error={f.errors.title} required>
          <input id="position-title" value={f.values.title} onChange={(e) => f.set('title', e.target.value)} autoFocus />
        </Field>
        <Field id="position-short" label="Sebutan singkat" error={f.errors.shortTitle} hint="Dipakai di baki dan disposisi, misalnya Kabid Koperasi">
          <input id="position-short" value={f.values.shortTitle} onChange={(e) => f.set('shortTitle', e.target.value)} />
        </Field>
        <Field id="position-unit" label="Unit kerja" error={f.errors.unitId}>
          <select id="position-unit" value={f.values.unitId} onChange={(e) => f.set('unitId', Number(e.target.value))}>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </Field>
        <Field id="position-superior" label="Atasan langsung" error={f.errors.superiorId}>
          <select id="position-superior" value={f.values.superiorId ?? ''} onChange={(e) => f.set('superiorId', e.target.value ? Number(e.target.value) : null)}>
            <option value="">— (pimpinan tertinggi)</option>
            {positions.filter((p) => p.id !== position?.id).map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
          </select>
        </Field>
        <label className="org-check"><input type="checkbox" checked={f.values.active} onChange={(e) => f.set('active', e.target.checked)} /> Aktif</label>
        {f.message ? <div className="notice notice--error" role="alert">{f.message}</div> : null}
      </form>
    </Modal>
  );
}
