import { useMemo, useState, type FormEvent } from 'react';
import { cancelGuestSchema, guestFieldsSchema } from '../../../../shared/guests/guest-schemas';
import type { GuestVisit } from '../../../../shared/guests/guest-visit';
import { formatDateTime, formatTime } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { useNavigation } from '../../app/navigation';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fieldErrors } from '../../lib/schema-errors';
import { GuestFormFields, type GuestFormValues } from './guest-form-fields';
import { VisitHistory } from './visit-history';

const toForm = (v: GuestVisit): GuestFormValues => ({
  name: v.name, nik: v.nik, phone: v.phone, address: v.address, institution: v.institution,
  purpose: v.purpose, purposeOther: v.purposeOther, host: v.host, notes: v.notes,
});

/** One visit: edit it (history kept), record departure, or cancel it with a reason. */
export function VisitDialog({ visit, onClose, onChanged }: { visit: GuestVisit; onClose(): void; onChanged(v: GuestVisit): void }) {
  const { office } = useApp();
  const navigation = useNavigation();
  const [current, setCurrent] = useState(visit);
  const [values, setValues] = useState<GuestFormValues>(toForm(visit));
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState(0);
  const errors = useMemo(() => ({ ...fieldErrors(guestFieldsSchema, values), ...serverErrors }), [values, serverErrors]);
  const reasonError = fieldErrors(cancelGuestSchema, { id: current.id, reason }).reason;
  const editable = current.status === 'aktif';

  function applied(v: GuestVisit, text: string) {
    setCurrent(v);
    setValues(toForm(v));
    setVersion((n) => n + 1);
    setNotice({ kind: 'success', text });
    onChanged(v);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (Object.keys(errors).length > 0) return setNotice({ kind: 'error', text: 'Periksa isian yang ditandai merah.' });
    const r = await call('guests.update', { id: current.id, fields: values });
    if (!r.ok) {
      setServerErrors(Object.fromEntries(Object.entries(r.error.fields ?? {}).map(([k, m]) => [k.replace(/^fields\./, ''), m])));
      return setNotice({ kind: 'error', text: r.error.message });
    }
    applied(r.value, 'Perubahan tersimpan dan tercatat di riwayat.');
  }

  function startComplaint() {
    // Unsaved edits of the visit would be lost on leaving the guest book.
    if (JSON.stringify(values) !== JSON.stringify(toForm(current))) {
      return setNotice({ kind: 'error', text: 'Simpan perubahan kunjungan dulu, lalu buat pengaduan.' });
    }
    navigation.navigate('pengaduan-baru', { guestVisitId: current.id });
  }

  async function checkOut() {
    const r = await call('guests.checkOut', { id: current.id });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    applied(r.value, `Tamu tercatat keluar pukul ${formatTime(r.value.timeOut!, office.timeZone)}.`);
  }

  async function cancel(e: FormEvent) {
    e.preventDefault();
    if (reasonError) return;
    const r = await call('guests.cancel', { id: current.id, reason });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setCancelling(false);
    applied(r.value, 'Kunjungan dibatalkan. Catatannya tetap tersimpan di buku tamu.');
  }

  return (
    <Modal title={`Kunjungan: ${current.name}`} onClose={onClose} wide>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <p className="visit-meta">
        Masuk {formatDateTime(current.timeIn, office.timeZone)}
        {current.timeOut ? ` · keluar ${formatTime(current.timeOut, office.timeZone)}` : ' · masih di kantor'}
        {' · dicatat oleh '}{current.createdBy}
        {current.status === 'dibatalkan' ? <strong className="cell-cancelled"> · DIBATALKAN: {current.cancelReason}</strong> : null}
      </p>
      <div className="visit-dialog">
        <form onSubmit={save} aria-label="Ubah kunjungan" className="visit-dialog__form">
          <fieldset disabled={!editable}>
            <GuestFormFields idPrefix="edit" values={values} errors={errors} onChange={(v) => { setValues(v); setServerErrors({}); }} />
          </fieldset>
          {editable ? (
            <div className="form-actions">
              <button type="submit" className="button button--primary">Simpan perubahan</button>
              <button type="button" className="button" onClick={startComplaint}>
                Buat pengaduan
              </button>
              {!current.timeOut ? <button type="button" className="button" onClick={checkOut}>Selesai (keluar)</button> : null}
              <button type="button" className="button button--danger" onClick={() => setCancelling(true)}>Batalkan kunjungan…</button>
            </div>
          ) : null}
        </form>
        <section className="visit-dialog__history">
          <h3>Riwayat</h3>
          <VisitHistory visitId={current.id} version={version} />
        </section>
      </div>
      {cancelling ? (
        <form className="cancel-box" onSubmit={cancel} aria-label="Pembatalan kunjungan">
          <Field id="cancel-reason" label="Alasan pembatalan" required error={reason ? reasonError : undefined}
            hint="Kunjungan tidak dihapus: tetap tercatat sebagai dibatalkan beserta alasannya.">
            <input id="cancel-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus maxLength={300} />
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button--danger" disabled={!!reasonError}>Batalkan kunjungan</button>
            <button type="button" className="button" onClick={() => setCancelling(false)}>Tidak jadi</button>
          </div>
        </form>
      ) : null}
    </Modal>
  );
}
