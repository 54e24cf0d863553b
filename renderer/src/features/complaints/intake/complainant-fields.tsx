import { PRIVACY_LABELS, PRIVACY_LEVELS, type Privacy } from '../../../../../shared/complaints/complaint-enums';
import { IntakeInput, type FieldBinding } from './intake-field';
import type { ComplainantValues } from './intake-form-values';

interface Props extends FieldBinding {
  privacy: Privacy;
  values: ComplainantValues;
  onPrivacy(privacy: Privacy): void;
  onChange(key: keyof ComplainantValues, value: string): void;
}

/**
 * Who complains, and how much of it the office may keep (as SP4N-LAPOR! offers it):
 * Anonim keeps no identity at all, only a way to reach the complainant; Rahasia keeps
 * it but masks it on every screen, print and export.
 */
export function ComplainantFields({ privacy, values, onPrivacy, onChange, ...binding }: Props) {
  const bind = (key: keyof ComplainantValues) => ({
    ...binding,
    path: `complainant.${key}`,
    value: values[key],
    onValue: (v: string) => onChange(key, v),
  });
  const anonymous = privacy === 'anonim';

  return (
    <>
      <div className="field field--wide">
        <span className="field__label" id="intake-privacy-label">Kerahasiaan identitas</span>
        <div className="choice-row" role="radiogroup" aria-labelledby="intake-privacy-label" id="intake-privacy">
          {PRIVACY_LEVELS.map((p) => (
            <label key={p} className={`choice choice--privacy-${p}${privacy === p ? ' choice--checked' : ''}`}>
              <input type="radio" name="intake-privacy" value={p} checked={privacy === p} onChange={() => onPrivacy(p)} />
              <span>{PRIVACY_LABELS[p]}</span>
            </label>
          ))}
        </div>
      </div>
      {anonymous ? (
        <p className="privacy-note privacy-note--anonim" role="status">
          Nama, NIK, dan alamat tidak disimpan, dan pengaduan tidak ditautkan ke buku tamu. Hanya kontak (telepon atau surel) yang
          boleh dicatat untuk menyampaikan tindak lanjut.
        </p>
      ) : null}
      {privacy === 'rahasia' ? (
        <p className="privacy-note privacy-note--rahasia" role="status">
          Identitas disimpan, tetapi disamarkan di semua layar, cetakan, dan ekspor. Hanya petugas berwenang yang dapat membukanya,
          dan setiap pembukaan dicatat.
        </p>
      ) : null}
      <div className="form-grid">
        {!anonymous ? <IntakeInput {...bind('name')} label="Nama pelapor" required maxLength={120} wide /> : null}
        <IntakeInput {...bind('phone')} label="Telepon / HP" type="tel" inputMode="tel" maxLength={30} />
        {!anonymous ? <IntakeInput {...bind('nik')} label="NIK" inputMode="numeric" maxLength={24} hint="16 angka, boleh dikosongkan" /> : null}
        <IntakeInput {...bind('email')} label="Surel" type="email" maxLength={120} />
        {!anonymous ? <IntakeInput {...bind('address')} label="Alamat" maxLength={300} /> : null}
      </div>
    </>
  );
}
