import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { guestFieldsSchema } from '../../../../shared/guests/guest-schemas';
import type { GuestVisit } from '../../../../shared/guests/guest-visit';
import { formatDate, formatTime } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fieldErrors } from '../../lib/schema-errors';
import { useLocalDraft } from '../../lib/use-local-draft';
import { EMPTY_GUEST_FORM, GuestFormFields, type GuestFormValues } from './guest-form-fields';
import { useVisitorRecognition } from './use-visitor-recognition';

/**
 * Registering a visitor standing at the counter, without the mouse: type, Enter saves,
 * the cursor returns to "Nama" for the next visitor. What is typed is kept as a draft
 * until it is saved, and a refused save keeps the form as it is.
 */
export function RegisterPanel({ onRegistered }: { onRegistered(visit: GuestVisit): void }) {
  const { office } = useApp();
  const [values, setValues, clearDraft] = useLocalDraft<GuestFormValues>('meja.draft.guest', EMPTY_GUEST_FORM);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const { known, recognise, forget } = useVisitorRecognition();

  useEffect(() => nameRef.current?.focus(), []);

  const localErrors = useMemo(() => fieldErrors(guestFieldsSchema, values), [values]);
  // Before a save attempt, only fields the clerk typed in and left are checked: an empty
  // "Nama" is not an error until Enter is pressed (focus leaving an empty form is normal).
  const typed = (field: string) => touched.has(field) && String(values[field as keyof GuestFormValues] ?? '') !== '';
  const shown = Object.fromEntries(
    Object.entries({ ...localErrors, ...serverErrors }).filter(([field]) => submitted || typed(field)),
  );

  function change(next: GuestFormValues) {
    setValues(next);
    setServerErrors({});
    if (next.nik !== values.nik || next.phone !== values.phone) {
      const nik = next.nik.replace(/\s/g, '');
      if (nik.length === 16 || next.phone.replace(/\D/g, '').length >= 10) void recognise(next, setValues);
    }
  }

  function reset() {
    clearDraft();
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    forget();
    nameRef.current?.focus();
  }

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (saving) return;
    setSubmitted(true);
    if (Object.keys(localErrors).length > 0) {
      setNotice({ kind: 'error', text: 'Periksa isian yang ditandai merah.' });
      const first = Object.keys(localErrors)[0];
      document.getElementById(`guest-${first}`)?.focus();
      return;
    }
    setSaving(true);
    const result = await call('guests.register', values);
    setSaving(false);
    if (!result.ok) {
      setServerErrors(result.error.fields ?? {});
      setNotice({ kind: 'error', text: result.error.message });
      return;
    }
    const v = result.value;
    setNotice({
      kind: 'success',
      text: `${v.name} tercatat masuk ${formatDate(v.timeIn, office.timeZone)} pukul ${formatTime(v.timeIn, office.timeZone)}.`,
    });
    onRegistered(v);
    reset();
  }

  function onKeyDown(e: KeyboardEvent) {
    // Ctrl+Enter saves from the notes box too, where Enter makes a new line.
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
    if (e.key === 'Escape' && !e.defaultPrevented) reset();
  }

  return (
    <section className="panel register-panel" aria-labelledby="register-title">
      <header className="panel__header">
        <h2 id="register-title">Tamu baru</h2>
        <span className="panel__hint">Enter = simpan · Esc = kosongkan</span>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {known ? (
        <div className="recognised" role="status">
          Tamu lama dikenali: <strong>{known.name}</strong>, {known.visitCount} kunjungan, terakhir{' '}
          {formatDate(known.lastVisitAt, office.timeZone)}. Data yang kosong sudah diisi otomatis.
        </div>
      ) : null}
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label="Pendaftaran tamu">
        <GuestFormFields
          idPrefix="guest"
          values={values}
          errors={shown}
          onChange={change}
          onBlurField={(f) => setTouched((t) => new Set(t).add(f))}
          nameRef={nameRef}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Menyimpan…' : 'Simpan tamu (Enter)'}
          </button>
          <button type="button" className="button" onClick={reset}>
            Kosongkan (Esc)
          </button>
        </div>
      </form>
    </section>
  );
}
