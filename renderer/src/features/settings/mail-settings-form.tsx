import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { mailSettingsSchema, type MailSettings } from '../../../../shared/letters/letter-schemas';
import { call } from '../../api/client';
import { Field } from '../../components/field';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fieldErrors } from '../../lib/schema-errors';

/**
 * The office's SMTP account for sending signed letters by e-mail. The stored password is
 * never shown; an empty box keeps it.
 */
export function MailSettingsForm({ admin }: { admin: boolean }) {
  const [values, setValues] = useState<MailSettings | null>(null);
  const [passwordSet, setPasswordSet] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => (values ? fieldErrors(mailSettingsSchema, values) : {}), [values]);

  useEffect(() => {
    void call('letters.mailSettings', {}).then((r) => {
      if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
      const { passwordSet: set, ...rest } = r.value;
      setPasswordSet(set);
      setValues({ ...rest, password: '' });
    });
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!values) return;
    if (Object.keys(errors).length > 0) return setNotice({ kind: 'error', text: 'Periksa isian yang ditandai merah.' });
    setSaving(true);
    const r = await call('letters.saveMailSettings', values);
    setSaving(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setPasswordSet(r.value.passwordSet);
    setValues({ ...values, password: '' });
    setNotice({ kind: 'success', text: 'Pengaturan surel tersimpan.' });
  }

  const set = <K extends keyof MailSettings>(k: K, v: MailSettings[K]) => values && setValues({ ...values, [k]: v });
  return (
    <form onSubmit={save} aria-label="Surel kantor (SMTP)" noValidate>
      <h3>Surel kantor (SMTP)</h3>
      <p className="muted">Dipakai untuk mengirim surat yang sudah ditandatangani lewat surel, dengan PDF terlampir.</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {values ? (
        <div className="form-grid">
          <Field id="mail-host" label="Server SMTP" error={errors.host} hint="mis. smtp.gmail.com atau mail.instansi.go.id">
            <input id="mail-host" value={values.host} maxLength={200} disabled={!admin} onChange={(e) => set('host', e.target.value)} />
          </Field>
          <Field id="mail-port" label="Port" error={errors.port} hint="587 (STARTTLS) atau 465 (SSL)">
            <input id="mail-port" inputMode="numeric" value={String(values.port)} disabled={!admin} onChange={(e) => set('port', Number(e.target.value.replace(/\D/g, '')) || 0)} />
          </Field>
          <label className="wf-check field--wide">
            <input type="checkbox" checked={values.secure} disabled={!admin} onChange={(e) => set('secure', e.target.checked)} />
            Sambungan SSL sejak awal (port 465)
          </label>
          <Field id="mail-username" label="Nama pengguna" error={errors.username}>
            <input id="mail-username" value={values.username} maxLength={200} autoComplete="off" disabled={!admin} onChange={(e) => set('username', e.target.value)} />
          </Field>
          <Field id="mail-password" label="Kata sandi" error={errors.password} hint={passwordSet ? 'Tersimpan; kosongkan untuk tetap memakai yang lama' : 'Belum ada'}>
            <input id="mail-password" type="password" value={values.password} maxLength={200} autoComplete="new-password" disabled={!admin} onChange={(e) => set('password', e.target.value)} />
          </Field>
          <Field id="mail-from" label="Alamat pengirim" error={errors.fromAddress}>
            <input id="mail-from" type="email" value={values.fromAddress} maxLength={200} disabled={!admin} onChange={(e) => set('fromAddress', e.target.value)} />
          </Field>
          <Field id="mail-from-name" label="Nama pengirim" error={errors.fromName}>
            <input id="mail-from-name" value={values.fromName} maxLength={120} disabled={!admin} onChange={(e) => set('fromName', e.target.value)} />
          </Field>
        </div>
      ) : null}
      {admin ? (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving || !values}>{saving ? 'Menyimpan…' : 'Simpan pengaturan surel'}</button>
        </div>
      ) : null}
    </form>
  );
}
