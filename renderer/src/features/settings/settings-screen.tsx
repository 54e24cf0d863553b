import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { officeSettingsSchema, type OfficeSettings, type PaperSize } from '../../../../shared/office/office-settings';
import { OFFICE_TIME_ZONE_CODES, type OfficeTimeZone } from '../../../../shared/office/time-zones';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/field';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fieldErrors } from '../../lib/schema-errors';
import { DocumentSettingsSection } from './document-settings-section';
import { LetterSettingsSection } from './letter-settings-section';
import { PrinterSettingsSection } from './printer-settings-section';
import { HotFolderSettingsSection } from '../scanning/hot-folder-settings-section';
import { ArchiveNumberingSection } from './archive-numbering-section';

const ZONE_LABELS: Record<OfficeTimeZone, string> = {
  WIB: 'WIB (UTC+7) — Sumatra, Jawa, Kalimantan Barat & Tengah',
  WITA: 'WITA (UTC+8) — Bali, Nusa Tenggara, Sulawesi, Kalimantan Selatan, Timur & Utara',
  WIT: 'WIT (UTC+9) — Maluku dan Papua',
};

/** The office identity printed on every letterhead, its time zone and default paper. */
export function SettingsScreen() {
  const { office, setOffice, info } = useApp();
  const [values, setValues] = useState<OfficeSettings>({ ...office, nameLines: [...office.nameLines, '', ''].slice(0, 3) });
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => fieldErrors(officeSettingsSchema, values), [values]);
  const set = (field: keyof OfficeSettings) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues({ ...values, [field]: e.target.value });

  function pickLogo(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setNotice({ kind: 'error', text: 'Logo harus berupa gambar PNG atau JPEG.' });
    if (file.size > 500_000) return setNotice({ kind: 'error', text: 'Berkas logo terlalu besar (paling besar 500 KB).' });
    const reader = new FileReader();
    reader.onload = () => setValues((v) => ({ ...v, logoDataUrl: String(reader.result) }));
    reader.readAsDataURL(file);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (Object.keys(errors).length > 0) return setNotice({ kind: 'error', text: 'Periksa isian yang ditandai merah.' });
    setSaving(true);
    const r = await call('settings.save', values);
    setSaving(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setOffice(r.value);
    setNotice({ kind: 'success', text: 'Pengaturan kantor tersimpan.' });
  }

  return (
    <div className="settings">
      <form className="panel" onSubmit={save} aria-label="Pengaturan kantor">
        <header className="panel__header"><h2>Identitas kantor (kop surat)</h2></header>
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        <div className="form-grid">
          {[0, 1, 2].map((i) => (
            <Field key={i} id={`office-name-${i}`} label={`Nama kantor baris ${i + 1}`} wide
              error={i === 0 ? errors.nameLines ?? errors['nameLines.0'] : errors[`nameLines.${i}`]}
              hint={i === 0 ? 'Instansi induk di baris atas, nama kantor di baris terakhir' : undefined}>
              <input id={`office-name-${i}`} value={values.nameLines[i] ?? ''} maxLength={120}
                onChange={(e) => {
                  const lines = [...values.nameLines];
                  lines[i] = e.target.value;
                  setValues({ ...values, nameLines: lines });
                }} />
            </Field>
          ))}
          <Field id="office-address" label="Alamat" error={errors.address} wide>
            <input id="office-address" value={values.address} onChange={set('address')} maxLength={300} />
          </Field>
          <Field id="office-phone" label="Telepon / faks" error={errors.phone}>
            <input id="office-phone" value={values.phone} onChange={set('phone')} maxLength={80} />
          </Field>
          <Field id="office-website" label="Laman" error={errors.website}>
            <input id="office-website" value={values.website} onChange={set('website')} maxLength={120} />
          </Field>
          <Field id="office-email" label="Surel" error={errors.email}>
            <input id="office-email" value={values.email} onChange={set('email')} maxLength={120} />
          </Field>
          <Field id="office-logo" label="Logo (PNG/JPEG)" error={errors.logoDataUrl}>
            {/* The native file button speaks the OS language; ours speaks Indonesian. */}
            <span className="file-pick">
              <input id="office-logo" type="file" accept="image/png,image/jpeg" onChange={pickLogo} className="visually-hidden" />
              <button type="button" className="button" onClick={() => document.getElementById('office-logo')?.click()}>
                Pilih berkas logo…
              </button>
              <span className="muted">{values.logoDataUrl ? 'Logo terpasang' : 'Belum ada logo'}</span>
            </span>
          </Field>
          {values.logoDataUrl ? (
            <div className="logo-preview">
              <img src={values.logoDataUrl} alt="Logo kantor" />
              <button type="button" className="button button--ghost" onClick={() => setValues({ ...values, logoDataUrl: '' })}>Hapus logo</button>
            </div>
          ) : null}
          <Field id="office-zone" label="Zona waktu" error={errors.timeZone} wide>
            <select id="office-zone" value={values.timeZone} onChange={set('timeZone')}>
              {OFFICE_TIME_ZONE_CODES.map((z) => <option key={z} value={z}>{ZONE_LABELS[z]}</option>)}
            </select>
          </Field>
          <Field id="office-paper" label="Ukuran kertas bawaan" error={errors.paperSize}>
            <select id="office-paper" value={values.paperSize} onChange={(e) => setValues({ ...values, paperSize: e.target.value as PaperSize })}>
              <option value="A4">A4 (210 × 297 mm)</option>
              <option value="F4">F4 / folio (215 × 330 mm)</option>
            </select>
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>{saving ? 'Menyimpan…' : 'Simpan pengaturan'}</button>
        </div>
      </form>
      <section className="panel">
        <header className="panel__header"><h2>Penyimpanan data</h2></header>
        <dl className="facts">
          <dt>Folder data</dt><dd><code>{info.dataDir}</code></dd>
          <dt>Berkas basis data</dt><dd><code>{info.databaseFile}</code></dd>
          <dt>Versi aplikasi</dt><dd>{info.version}{info.demo ? ' · kantor demo' : ''}</dd>
        </dl>
        <p className="muted">Cadangkan folder data secara berkala (salin ke flashdisk atau server kantor) saat aplikasi ditutup.</p>
      </section>
      <DocumentSettingsSection />
      <LetterSettingsSection />
      <PrinterSettingsSection />
      <HotFolderSettingsSection />
      <ArchiveNumberingSection />
    </div>
  );
}
