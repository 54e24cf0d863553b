import { LETTER_FONT_CHOICES, LETTER_SIGNING_MODES, LETTER_SIGNING_MODE_LABELS, type LetterContent, type LetterFontChoice, type LetterSigning } from '../../../../shared/letters/letter-records';
import { Field } from '../../components/field';
import { FONT_LABELS } from './letter-format';
import type { PositionChoice } from './use-position-choices';

const MODE_HINTS: Record<LetterSigning['mode'], string> = {
  langsung: 'Pejabat menandatangani atas jabatannya sendiri. Pemangku Plt./Plh. tercetak otomatis.',
  an: 'Satu tingkat di bawah pimpinan, atas nama pimpinan.',
  ub: 'Dua tingkat di bawah pimpinan: di bawah baris a.n., untuk beliau.',
  plt: 'Pelaksana tugas untuk jabatan yang kosong.',
  plh: 'Pelaksana harian untuk pejabat yang berhalangan sementara.',
};

interface Props {
  content: LetterContent;
  editable: boolean;
  positions: PositionChoice[];
  /** The signer of the paraf route, used when no position is chosen. */
  routeSigner: string;
  onChange(next: LetterContent): void;
}

/** Who signs for whom (a.n., u.b., Plt., Plh.), on which paper, in which typeface. */
export function LetterLayoutFields({ content, editable, positions, routeSigner, onChange }: Props) {
  const signing = content.signing;
  const setSigning = (patch: Partial<LetterSigning>) => onChange({ ...content, signing: { ...signing, ...patch } });
  const disabled = !editable;
  const picker = (id: string, label: string, value: number | null, field: 'signerPositionId' | 'onBehalfOfPositionId' | 'intermediatePositionId', emptyLabel: string, hint?: string) => (
    <Field id={id} label={label} hint={hint}>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(e) => setSigning({ [field]: e.target.value ? Number(e.target.value) : null })}>
        <option value="">{emptyLabel}</option>
        {positions.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
      </select>
    </Field>
  );

  return (
    <fieldset className="form-grid letter-layout-fields" aria-label="Penandatanganan dan tata letak">
      <Field id="letter-signing-mode" label="Cara penandatanganan" hint={MODE_HINTS[signing.mode]}>
        <select id="letter-signing-mode" value={signing.mode} disabled={disabled} onChange={(e) => setSigning({ mode: e.target.value as LetterSigning['mode'] })}>
          {LETTER_SIGNING_MODES.map((m) => <option key={m} value={m}>{LETTER_SIGNING_MODE_LABELS[m]}</option>)}
        </select>
      </Field>
      {picker('letter-signer', 'Jabatan penanda tangan', signing.signerPositionId, 'signerPositionId', `Sesuai alur paraf (${routeSigner})`)}
      {signing.mode === 'an' || signing.mode === 'ub'
        ? picker('letter-on-behalf', 'Atas nama (pimpinan)', signing.onBehalfOfPositionId, 'onBehalfOfPositionId', 'Atasan penanda tangan (otomatis)')
        : null}
      {signing.mode === 'ub'
        ? picker('letter-intermediate', 'Pejabat a.n. (di antara)', signing.intermediatePositionId, 'intermediatePositionId', 'Atasan langsung penanda tangan (otomatis)')
        : null}
      <fieldset className="field letter-paper">
        <legend className="letter-paper__legend">Kertas</legend>
        <span className="letter-radios">
          {(['A4', 'F4'] as const).map((p) => (
            <label key={p} className="wf-check">
              <input type="radio" name="letter-paper" checked={content.paper === p} disabled={disabled} onChange={() => onChange({ ...content, paper: p })} />
              {p === 'A4' ? 'A4 (210 × 297 mm)' : 'F4 / folio (215 × 330 mm)'}
            </label>
          ))}
        </span>
      </fieldset>
      <Field id="letter-font" label="Huruf">
        <select id="letter-font" value={content.font} disabled={disabled} onChange={(e) => onChange({ ...content, font: e.target.value as LetterFontChoice })}>
          {LETTER_FONT_CHOICES.map((f) => <option key={f} value={f}>{FONT_LABELS[f]}</option>)}
        </select>
      </Field>
    </fieldset>
  );
}
