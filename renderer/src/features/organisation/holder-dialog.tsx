import { HOLDER_KINDS, HOLDER_KIND_LABELS, type HolderKind, type OrgPosition, type PositionHolder } from '../../../../shared/organisation/organisation';
import { CIVIL_SERVICE_RANKS } from '../../../../shared/organisation/civil-service-ranks';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { useSaveForm } from './use-save-form';

interface HolderDialogProps {
  position: OrgPosition;
  holder: PositionHolder | null;
  today: string;
  onClose(): void;
  onSaved(): void;
}

/** Who holds a position from when to when: the definitive holder, or a Plt./Plh. with an end date. */
export function HolderDialog({ position, holder, today, onClose, onSaved }: HolderDialogProps) {
  const f = useSaveForm(
    {
      name: holder?.name ?? '', nip: holder?.nip ?? '', rank: holder?.rank ?? '', kind: holder?.kind ?? ('definitif' as HolderKind),
      startDate: holder?.startDate ?? today, endDate: holder?.endDate ?? '',
    },
    (v) => call('organisation.saveHolder', { id: holder?.id ?? null, positionId: position.id, ...v, endDate: v.endDate === '' ? null : v.endDate }),
    onSaved,
  );
  return (
    <Modal
      title={`${holder ? 'Ubah' : 'Tambah'} pemangku — ${position.title}`}
      onClose={onClose}
      footer={<><button type="button" className="button" onClick={onClose}>Batal</button><button type="submit" form="holder-form" className="button button--primary" disabled={f.busy}>Simpan</button></>}
    >
      <form id="holder-form" className="org-form" onSubmit={(e) => { e.preventDefault(); void f.submit(); }}>
        <Field id="holder-kind" label="Jenis" error={f.errors.kind}>
          <select id="holder-kind" value={f.values.kind} onChange={(e) => f.set('kind', e.target.value as HolderKind)} autoFocus>
            {HOLDER_KINDS.map((k) => <option key={k} value={k}>{HOLDER_KIND_LABELS[k]}{k === 'plt' ? ' (pelaksana tugas)' : k === 'plh' ? ' (pelaksana harian)' : ''}</option>)}
          </select>
        </Field>
        <Field id="holder-name" label="Nama (dengan gelar)" error={f.errors.name} required>
          <input id="holder-name" value={f.values.name} onChange={(e) => f.set('name', e.target.value)} />
        </Field>
        <Field id="holder-nip" label="NIP" error={f.errors.nip} hint="18 angka; boleh dengan spasi">
          <input id="holder-nip" value={f.values.nip} onChange={(e) => f.set('nip', e.target.value)} inputMode="numeric" />
        </Field>
        <Field id="holder-rank" label="Pangkat/golongan" error={f.errors.rank}>
          <input id="holder-rank" list="holder-ranks" value={f.values.rank} onChange={(e) => f.set('rank', e.target.value)} />
        </Field>
        <datalist id="holder-ranks">{CIVIL_SERVICE_RANKS.map((r) => <option key={r} value={r} />)}</datalist>
        <div className="org-form__row">
          <Field id="holder-start" label="Mulai" error={f.errors.startDate} required>
            <input id="holder-start" type="date" value={f.values.startDate} onChange={(e) => f.set('startDate', e.target.value)} />
          </Field>
          <Field id="holder-end" label="Sampai dengan" error={f.errors.endDate} hint={f.values.kind === 'definitif' ? 'Kosongkan bila masih menjabat' : 'Sesuai surat perintah'}>
            <input id="holder-end" type="date" value={f.values.endDate} onChange={(e) => f.set('endDate', e.target.value)} />
          </Field>
        </div>
        {f.message ? <div className="notice notice--error" role="alert">{f.message}</div> : null}
      </form>
    </Modal>
  );
}
