import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { mayCall } from '../../../../shared/accounts/call-permissions';
import { formatArchiveSerial, type ArchiveNumbering } from '../../../../shared/archive/archive-numbering';
import { archiveNumberingSchema } from '../../../../shared/archive/archive-schemas';
import { REGISTER_NUMBER_TOKENS } from '../../../../shared/numbering/register-number';
import { officeClock } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { useSession } from '../../app/session-context';
import { Field } from '../../components/field';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fieldErrors } from '../../lib/schema-errors';

/**
 * "Nomor arsip": the pattern of archive serial numbers (printed large on every folder
 * label), with the first number of this year as an example. {KLAS} is each entry's own
 * classification code. Only an administrator saves.
 */
export function ArchiveNumberingSection() {
  const { office, now } = useApp();
  const { info } = useSession();
  const editable = mayCall(info.user, 'archive.saveNumbering');
  const [values, setValues] = useState<ArchiveNumbering | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const errors = useMemo(() => (values ? fieldErrors(archiveNumberingSchema, values) : {}), [values]);

  useEffect(() => {
    void call('archive.numbering', {}).then((r) => (r.ok ? setValues(r.value) : setNotice({ kind: 'error', text: r.error.message })));
  }, []);

  const example = useMemo(() => {
    if (!values || Object.keys(errors).length > 0) return '—';
    const { year, month } = officeClock(now(), office.timeZone);
    return formatArchiveSerial(values, { seq: 1, classificationCode: 'HM.01.1', year, month });
  }, [values, errors, now, office.timeZone]);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!values) return;
    if (Object.keys(errors).length > 0) return setNotice({ kind: 'error', text: 'Periksa pola yang ditandai merah.' });
    const r = await call('archive.saveNumbering', values);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setValues(r.value);
    setNotice({ kind: 'success', text: 'Pola nomor arsip tersimpan; berlaku untuk arsip yang diarsipkan sesudah ini.' });
  }

  if (!values) return null;
  return (
    <form className="panel" onSubmit={save} aria-label="Nomor arsip">
      <header className="panel__header"><h2>Nomor arsip</h2></header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <div className="form-grid">
        <Field id="archive-pattern" label="Pola nomor arsip" wide error={errors.pattern} hint={`Contoh arsip pertama tahun ini: ${example}`}>
          <input id="archive-pattern" value={values.pattern} maxLength={80} disabled={!editable} onChange={(e) => setValues({ ...values, pattern: e.target.value })} />
        </Field>
        <Field id="archive-unit" label="Kode unit kearsipan ({UNIT})" error={errors.unitCode}>
          <input id="archive-unit" value={values.unitCode} maxLength={30} disabled={!editable} onChange={(e) => setValues({ ...values, unitCode: e.target.value })} />
        </Field>
      </div>
      <p className="panel__hint">{REGISTER_NUMBER_TOKENS.map((t) => `${t.token}: ${t.meaning}`).join(' · ')}. {'{KLAS}'} diisi kode klasifikasi arsipnya.</p>
      {editable ? <div className="form-actions"><button type="submit" className="button button--primary">Simpan pola nomor arsip</button></div> : null}
    </form>
  );
}
