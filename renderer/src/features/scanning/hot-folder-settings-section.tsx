import { useEffect, useState, type FormEvent } from 'react';
import type { HotFolderSettings } from '../../../../shared/scanning/scanning';
import { call } from '../../api/client';
import { useSession } from '../../app/session-context';
import { Field } from '../../components/field';
import { Notice, type NoticeMessage } from '../../components/notice';
import './scanning.css';

/**
 * "Folder pindai": the folder an office copier scans into (scan-to-folder). When it is on,
 * the scan dialog offers the files that appear there; taken files move to "diproses".
 * Only an administrator changes it.
 */
export function HotFolderSettingsSection() {
  const { info } = useSession();
  const admin = info.user.isAdmin;
  const [values, setValues] = useState<HotFolderSettings | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void call('scanner.hotFolder', {}).then((r) => (r.ok ? setValues(r.value) : setNotice({ kind: 'error', text: r.error.message })));
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!values) return;
    setSaving(true);
    const r = await call('scanner.saveHotFolder', values);
    setSaving(false);
    if (!r.ok) {
      setError(r.error.fields?.path ? r.error.message : undefined);
      return setNotice({ kind: 'error', text: r.error.message });
    }
    setError(undefined);
    setValues(r.value);
    setNotice({ kind: 'success', text: r.value.enabled ? 'Folder pindai dipantau.' : 'Folder pindai tidak dipantau lagi.' });
  }

  return (
    <form className="panel" onSubmit={(e) => void save(e)} aria-label="Folder pindai">
      <header className="panel__header"><h2>Folder pindai (mesin fotokopi)</h2></header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {values ? (
        <div className="form-grid">
          <Field id="hot-folder-path" label="Lokasi folder" error={error} wide
            hint={'Folder tujuan fitur scan-to-folder mesin fotokopi, mis. \\\\server\\pindai atau D:\\Pindai. Berkas yang sudah diambil dipindah ke subfolder diproses.'}>
            <input id="hot-folder-path" value={values.path} disabled={!admin} maxLength={500}
              onChange={(e) => setValues({ ...values, path: e.target.value })} />
          </Field>
          <label className="scan-options__check">
            <input type="checkbox" checked={values.enabled} disabled={!admin} onChange={(e) => setValues({ ...values, enabled: e.target.checked })} />
            Pantau folder ini dan tawarkan berkasnya di dialog Pindai
          </label>
        </div>
      ) : null}
      {admin ? (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving || !values}>{saving ? 'Menyimpan…' : 'Simpan folder pindai'}</button>
        </div>
      ) : <p className="muted">Hanya administrator yang dapat mengubah folder pindai.</p>}
    </form>
  );
}
