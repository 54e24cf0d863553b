import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { LETTER_KINDS, LETTER_KIND_LABELS, type LetterNumbering } from '../../../../shared/letters/letter-records';
import { letterNumberingSchema } from '../../../../shared/letters/letter-schemas';
import { REGISTER_NUMBER_TOKENS, formatRegisterNumber } from '../../../../shared/numbering/register-number';
import { officeClock } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { useSession } from '../../app/session-context';
import { Field } from '../../components/field';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fieldErrors } from '../../lib/schema-errors';
import { MailSettingsForm } from './mail-settings-form';
import '../letters/letters.css';

/** What a pattern gives for the first letter of this month, or why it cannot be shown. */
function example(pattern: string, classification: string, unitCode: string, now: Date, zone: Parameters<typeof officeClock>[1]): string {
  try {
    const { year, month } = officeClock(now, zone);
    return formatRegisterNumber(pattern, { seq: 1, unitCode, classificationCode: classification, year, month });
  } catch {
    return '—';
  }
}

/**
 * "Surat": the number pattern of each letter kind (given at signing, restarting every
 * year) with a live example of the first number of this month, and the office's e-mail
 * server for sending signed letters. Only an administrator saves.
 */
export function LetterSettingsSection() {
  const { office, now } = useApp();
  const { info } = useSession();
  const admin = info.user.isAdmin;
  const [values, setValues] = useState<LetterNumbering | null>(null);
  const [unitCode, setUnitCode] = useState('UNIT');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => (values ? fieldErrors(letterNumberingSchema, values) : {}), [values]);

  useEffect(() => {
    void call('letters.numbering', {}).then((r) => (r.ok ? setValues(r.value) : setNotice({ kind: 'error', text: r.error.message })));
    // The example uses the signer's unit code; the first unit with a code stands in for it.
    void call('organisation.chart', {}).then((r) => {
      const code = r.ok ? r.value.units.find((u) => u.active && u.code)?.code : undefined;
      if (code) setUnitCode(code);
    });
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!values) return;
    if (Object.keys(errors).length > 0) return setNotice({ kind: 'error', text: 'Periksa pola yang ditandai merah.' });
    setSaving(true);
    const r = await call('letters.saveNumbering', values);
    setSaving(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setValues(r.value);
    setNotice({ kind: 'success', text: 'Pola nomor surat tersimpan; berlaku untuk surat yang ditandatangani sesudah ini.' });
  }

  return (
    <section className="panel settings-letters" aria-labelledby="settings-letters-heading">
      <header className="panel__header"><h2 id="settings-letters-heading">Surat</h2></header>
      <form onSubmit={save} aria-label="Pola nomor surat" noValidate>
        <h3>Pola nomor surat</h3>
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        {values ? (
          <div className="form-grid">
            {LETTER_KINDS.map((kind) => (
              <Field key={kind} id={`numbering-${kind}`} label={`Pola nomor ${LETTER_KIND_LABELS[kind].toLowerCase()}`} wide
                error={errors[`patterns.${kind}`]}
                hint={<>Contoh nomor pertama bulan ini: <strong data-testid={`numbering-example-${kind}`}>{example(values.patterns[kind], values.classification, unitCode, now(), office.timeZone)}</strong></>}>
                <input id={`numbering-${kind}`} value={values.patterns[kind]} maxLength={80} disabled={!admin}
                  onChange={(e) => setValues({ ...values, patterns: { ...values.patterns, [kind]: e.target.value } })} />
              </Field>
            ))}
            <Field id="numbering-classification" label="Kode klasifikasi ({KLAS})" error={errors.classification}>
              <input id="numbering-classification" value={values.classification} maxLength={40} disabled={!admin}
                onChange={(e) => setValues({ ...values, classification: e.target.value })} />
            </Field>
            <details className="field--wide settings-letters__tokens">
              <summary>Kode yang dapat dipakai</summary>
              <ul>
                {REGISTER_NUMBER_TOKENS.map((t) => <li key={t.token}><code>{t.token}</code> {t.token === '{UNIT}' ? 'Kode unit penanda tangan' : t.meaning}</li>)}
              </ul>
            </details>
          </div>
        ) : (
          <p className="muted">Memuat…</p>
        )}
        {admin ? (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={saving || !values}>{saving ? 'Menyimpan…' : 'Simpan pola nomor'}</button>
          </div>
        ) : (
          <p className="muted">Hanya administrator yang dapat mengubah pengaturan ini.</p>
        )}
      </form>
      <MailSettingsForm admin={admin} />
    </section>
  );
}
