import { useState } from 'react';
import { mayCall } from '../../../../shared/accounts/call-permissions';
import { FINAL_DISPOSITIONS, FINAL_DISPOSITION_LABELS, type FinalDisposition } from '../../../../shared/archive/archive-enums';
import type { ArchiveClassification } from '../../../../shared/archive/archive-records';
import { call } from '../../api/client';
import { useSession } from '../../app/session-context';
import { Field } from '../../components/field';
import { Notice, type NoticeMessage } from '../../components/notice';

const EMPTY = { id: null as number | null, code: '', name: '', activeYears: 2, inactiveYears: 3, disposition: 'dinilai kembali' as FinalDisposition, active: true };

/**
 * "Klasifikasi": the office's classification codes with their retention periods (its
 * retention schedule). Everyone reads it; the administrator edits it. A code no longer
 * used is retired, never deleted.
 */
export function ArchiveClassificationsPanel({ classifications, onSaved }: { classifications: ArchiveClassification[]; onSaved(): void }) {
  const { info } = useSession();
  const editable = mayCall(info.user, 'archive.saveClassification');
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  async function save() {
    const r = await call('archive.saveClassification', form);
    if (!r.ok) {
      setErrors(r.error.fields ?? {});
      return setNotice({ kind: 'error', text: r.error.message });
    }
    setErrors({});
    setForm(EMPTY);
    setNotice({ kind: 'success', text: `Klasifikasi ${r.value.code} tersimpan.` });
    onSaved();
  }

  return (
    <section className="panel archive-classes" aria-label="Klasifikasi arsip">
      <header className="panel__header">
        <h2>Klasifikasi arsip dan masa simpan</h2>
        {!editable ? <span className="panel__hint">Hanya administrator yang dapat mengubah daftar ini.</span> : null}
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <div className="table-scroll">
        <table className="table">
          <thead><tr><th>Kode</th><th>Nama</th><th>Aktif</th><th>Inaktif</th><th>Nasib akhir</th><th>Dipakai</th></tr></thead>
          <tbody>
            {classifications.map((c) => (
              <tr key={c.id} tabIndex={editable ? 0 : undefined} className={c.active ? undefined : 'row--cancelled'}
                onClick={() => editable && setForm({ ...c })} onKeyDown={(e) => { if (editable && e.key === 'Enter') setForm({ ...c }); }}>
                <td className="nowrap cell-name">{c.code}</td><td>{c.name}</td><td>{c.activeYears} th</td><td>{c.inactiveYears} th</td>
                <td>{FINAL_DISPOSITION_LABELS[c.disposition]}</td><td>{c.active ? 'Ya' : 'Tidak lagi'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable ? (
        <form className="form-grid archive-classes__form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <h3 className="field--wide">{form.id ? `Ubah ${form.code}` : 'Tambah klasifikasi'}</h3>
          <Field id="class-code" label="Kode" required error={errors.code}>
            <input id="class-code" value={form.code} maxLength={20} onChange={(e) => setForm({ ...form, code: e.target.value })} />
          </Field>
          <Field id="class-name" label="Nama" required error={errors.name}>
            <input id="class-name" value={form.name} maxLength={200} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field id="class-active" label="Masa aktif (tahun)" required error={errors.activeYears}>
            <input id="class-active" type="number" min={0} max={100} value={form.activeYears} onChange={(e) => setForm({ ...form, activeYears: Number(e.target.value) })} />
          </Field>
          <Field id="class-inactive" label="Masa inaktif (tahun)" required error={errors.inactiveYears}>
            <input id="class-inactive" type="number" min={0} max={100} value={form.inactiveYears} onChange={(e) => setForm({ ...form, inactiveYears: Number(e.target.value) })} />
          </Field>
          <Field id="class-disposition" label="Nasib akhir" required error={errors.disposition}>
            <select id="class-disposition" value={form.disposition} onChange={(e) => setForm({ ...form, disposition: e.target.value as FinalDisposition })}>
              {FINAL_DISPOSITIONS.map((d) => <option key={d} value={d}>{FINAL_DISPOSITION_LABELS[d]}</option>)}
            </select>
          </Field>
          <label className="archive-classes__inuse"><input type="checkbox" checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} /> Masih dipakai untuk arsip baru</label>
          <div className="form-actions field--wide">
            <button type="submit" className="button button--primary">Simpan klasifikasi</button>
            {form.id ? <button type="button" className="button" onClick={() => setForm(EMPTY)}>Batal ubah</button> : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
