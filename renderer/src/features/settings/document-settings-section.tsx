import { useEffect, useMemo, useState, type CSSProperties, type FormEvent } from 'react';
import {
  DOCUMENT_FONTS,
  DOCUMENT_FONT_LABELS,
  DOCUMENT_FONT_TWINS,
  LETTERHEAD_RULES,
  LETTERHEAD_RULE_LABELS,
  MAX_MARGIN_CM,
  MIN_MARGIN_CM,
  describeMargins,
  documentSettingsSchema,
  type DocumentFont,
  type DocumentMargins,
  type DocumentSettings,
  type LetterheadRule,
} from '../../../../shared/office/document-settings';
import { call } from '../../api/client';
import { useSession } from '../../app/session-context';
import { Field } from '../../components/field';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fieldErrors } from '../../lib/schema-errors';
import './document-settings.css';

const MARGIN_SIDES: readonly { key: keyof DocumentMargins; label: string }[] = [
  { key: 'left', label: 'Margin kiri (cm)' },
  { key: 'top', label: 'Margin atas (cm)' },
  { key: 'right', label: 'Margin kanan (cm)' },
  { key: 'bottom', label: 'Margin bawah (cm)' },
];

/** The PC's face when it has it, the shipped twin otherwise: the sketch only suggests the look. */
const CSS_FONTS: Record<DocumentFont, string> = {
  arial: 'Arial, "Liberation Sans", Helvetica, sans-serif',
  times: '"Times New Roman", "Liberation Serif", Times, serif',
  bookman: '"Bookman Old Style", "TeX Gyre Bonum", "URW Bookman", serif',
};

/** "Arial 11 pt, margin kiri 3 cm · …, garis kop ganda; kolom paraf dicetak pada arsip." */
export function documentSettingsSummary(s: DocumentSettings): string {
  const font = DOCUMENT_FONT_LABELS[s.font];
  const rule = s.letterheadRule === 'double' ? 'garis kop ganda' : 'garis kop tunggal';
  const paraf = s.printParafOnFileCopy ? 'kolom paraf dicetak pada arsip' : 'kolom paraf tidak dicetak';
  return `Huruf ${font} 11 pt, margin ${describeMargins(s.marginsCm)}, ${rule}; ${paraf}.`;
}

/** A page in miniature (A4, 6 px per cm): the margins to scale, the letterhead rule, a few lines of text, the paraf column. */
function PageSketch({ settings }: { settings: DocumentSettings }) {
  const px = (cm: number) => cm * 6;
  const m = settings.marginsCm;
  const text: CSSProperties = { left: px(m.left), top: px(m.top), right: px(m.right), bottom: px(m.bottom), fontFamily: CSS_FONTS[settings.font] };
  return (
    <div className="settings-documents__page" style={{ width: px(21), height: px(29.7) }} aria-hidden>
      <div className="settings-documents__text" style={text}>
        <div style={{ textAlign: 'center', fontWeight: 'bold' }}>NAMA KANTOR</div>
        <div style={{ textAlign: 'center' }}>Alamat kantor</div>
        <div className={`settings-documents__rule--${settings.letterheadRule}`} />
        {Array.from({ length: 9 }, (_, i) => <div key={i}>Dengan hormat, isi surat baris {i + 1}.</div>)}
        {settings.printParafOnFileCopy ? <div className="settings-documents__paraf" /> : null}
      </div>
    </div>
  );
}

/**
 * "Dokumen surat": the typeface, margins, letterhead rule and paraf column every letter
 * prints with, and a sketch of the page. Only an administrator saves.
 */
export function DocumentSettingsSection() {
  const { info } = useSession();
  const admin = info.user.isAdmin;
  const [values, setValues] = useState<DocumentSettings | null>(null);
  // What the clerk typed, with a decimal comma ("2,5"), kept apart from the number it gives.
  const [marginText, setMarginText] = useState<Record<keyof DocumentMargins, string>>({ left: '', top: '', right: '', bottom: '' });
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useMemo(() => (values ? fieldErrors(documentSettingsSchema, values) : {}), [values]);

  const load = (settings: DocumentSettings) => {
    setValues(settings);
    const text = (cm: number) => String(cm).replace('.', ',');
    const m = settings.marginsCm;
    setMarginText({ left: text(m.left), top: text(m.top), right: text(m.right), bottom: text(m.bottom) });
  };

  useEffect(() => {
    void call('settings.documents', {}).then((r) => (r.ok ? load(r.value) : setNotice({ kind: 'error', text: r.error.message })));
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!values) return;
    if (Object.keys(errors).length > 0) return setNotice({ kind: 'error', text: 'Periksa isian yang ditandai merah.' });
    setSaving(true);
    const r = await call('settings.saveDocuments', values);
    setSaving(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    load(r.value);
    setNotice({ kind: 'success', text: 'Pengaturan dokumen tersimpan; berlaku untuk surat yang dicetak sesudah ini.' });
  }

  const setMargin = (key: keyof DocumentMargins, raw: string) => {
    if (!values) return;
    setMarginText({ ...marginText, [key]: raw });
    const cm = /^\s*\d+([.,]\d*)?\s*$/.test(raw) ? Number(raw.trim().replace(',', '.')) : Number.NaN;
    setValues({ ...values, marginsCm: { ...values.marginsCm, [key]: cm } });
  };

  return (
    <section className="panel settings-documents" aria-labelledby="settings-documents-heading">
      <header className="panel__header"><h2 id="settings-documents-heading">Dokumen surat</h2></header>
      <form onSubmit={save} aria-label="Pengaturan dokumen surat" noValidate>
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        {values ? (
          <div className="settings-documents__layout">
            <div className="form-grid">
              <Field id="documents-font" label="Huruf surat" error={errors.font} hint={`Dicetak dengan ${DOCUMENT_FONT_TWINS[values.font]}, kembaran ukurannya yang ikut terpasang, sehingga surat tercetak sama di setiap komputer.`}>
                <select id="documents-font" value={values.font} disabled={!admin} onChange={(e) => setValues({ ...values, font: e.target.value as DocumentFont })}>
                  {DOCUMENT_FONTS.map((f) => <option key={f} value={f}>{DOCUMENT_FONT_LABELS[f]}</option>)}
                </select>
              </Field>
              <Field id="documents-rule" label="Garis di bawah kop surat" error={errors.letterheadRule}>
                <select id="documents-rule" value={values.letterheadRule} disabled={!admin} onChange={(e) => setValues({ ...values, letterheadRule: e.target.value as LetterheadRule })}>
                  {LETTERHEAD_RULES.map((r) => <option key={r} value={r}>{LETTERHEAD_RULE_LABELS[r]}</option>)}
                </select>
              </Field>
              {MARGIN_SIDES.map(({ key, label }) => (
                <Field key={key} id={`documents-margin-${key}`} label={label} error={errors[`marginsCm.${key}`]} hint={<span id={`documents-margin-${key}-hint`}>{MIN_MARGIN_CM}–{MAX_MARGIN_CM} cm, mis. 2,5</span>}>
                  <input id={`documents-margin-${key}`} inputMode="decimal" maxLength={5} disabled={!admin} aria-describedby={`documents-margin-${key}-hint`}
                    value={marginText[key]} onChange={(e) => setMargin(key, e.target.value)} />
                </Field>
              ))}
              <label className="settings-documents__check" htmlFor="documents-paraf">
                <input id="documents-paraf" type="checkbox" checked={values.printParafOnFileCopy} disabled={!admin}
                  onChange={(e) => setValues({ ...values, printParafOnFileCopy: e.target.checked })} />
                <span>Cetak kolom paraf (No, Jabatan, Paraf, Tgl) di kiri bawah halaman terakhir surat untuk arsip</span>
              </label>
            </div>
            <figure className="settings-documents__preview">
              <PageSketch settings={values} />
              <figcaption className="muted" data-testid="documents-preview">
                Pratinjau halaman A4: {Object.keys(errors).length > 0 ? 'periksa isian yang ditandai merah.' : documentSettingsSummary(values)}
              </figcaption>
            </figure>
          </div>
        ) : (
          <p className="muted">Memuat…</p>
        )}
        {admin ? (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={saving || !values}>{saving ? 'Menyimpan…' : 'Simpan dokumen surat'}</button>
          </div>
        ) : (
          <p className="muted">Hanya administrator yang dapat mengubah pengaturan ini.</p>
        )}
      </form>
    </section>
  );
}
