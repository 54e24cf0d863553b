import { useState } from 'react';
import { LETTER_NATURES, type LetterHeader, type LetterKind } from '../../../../shared/letters/letter-records';
import { Field } from '../../components/field';
import type { PositionChoice } from './use-position-choices';

interface Props {
  kind: LetterKind;
  header: LetterHeader;
  editable: boolean;
  /** Field messages of letterContentSchema, keyed "header.subject". */
  errors: Record<string, string>;
  positions: PositionChoice[];
  onChange(header: LetterHeader): void;
}

/**
 * A list typed one item per line (Tembusan, the address lines). The text is kept as typed
 * so Enter can start a new line; the header gets the non-empty lines.
 */
function LinesField({ id, label, hint, lines, disabled, onChange, rows = 3 }: {
  id: string; label: string; hint: string; lines: string[]; disabled: boolean; rows?: number; onChange(lines: string[]): void;
}) {
  const [text, setText] = useState(lines.join('\n'));
  return (
    <Field id={id} label={label} hint={hint} wide>
      <textarea id={id} rows={rows} value={text} disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value.split('\n').map((l) => l.trim()).filter(Boolean));
        }} />
    </Field>
  );
}

/** The header of the letter, per kind (DOMAIN.md formats): nota dinas or surat jawaban. */
export function LetterHeaderFields({ kind, header, editable, errors, positions, onChange }: Props) {
  const set = <K extends keyof LetterHeader>(field: K, value: LetterHeader[K]) => onChange({ ...header, [field]: value });
  const err = (field: keyof LetterHeader) => errors[`header.${field}`];
  const natures: string[] = LETTER_NATURES.includes(header.nature as (typeof LETTER_NATURES)[number]) || !header.nature ? [...LETTER_NATURES] : [...LETTER_NATURES, header.nature];
  const disabled = !editable;

  const common = (
    <>
      <Field id="letter-nature" label="Sifat" error={err('nature')}>
        <select id="letter-nature" value={header.nature} disabled={disabled} onChange={(e) => set('nature', e.target.value)}>
          {natures.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </Field>
      <Field id="letter-attachments" label="Lampiran" error={err('attachments')} hint="Mis. 1 (satu) berkas; kosongkan bila tidak ada">
        <input id="letter-attachments" value={header.attachments} maxLength={120} disabled={disabled} onChange={(e) => set('attachments', e.target.value)} />
      </Field>
      <Field id="letter-subject" label="Hal" required error={err('subject')} wide>
        <input id="letter-subject" value={header.subject} maxLength={300} disabled={disabled} onChange={(e) => set('subject', e.target.value)} />
      </Field>
    </>
  );

  return (
    <fieldset className="form-grid letter-header-fields" aria-label="Kepala surat">
      <datalist id="letter-position-titles">
        {positions.map((p) => <option key={p.id} value={p.title} />)}
      </datalist>
      {kind === 'nota-dinas' ? (
        <>
          <Field id="letter-to" label="Yth." error={err('to')} hint="Jabatan penerima">
            <input id="letter-to" list="letter-position-titles" value={header.to} maxLength={200} disabled={disabled} onChange={(e) => set('to', e.target.value)} />
          </Field>
          <Field id="letter-from" label="Dari" error={err('from')} hint="Jabatan pengirim">
            <input id="letter-from" list="letter-position-titles" value={header.from} maxLength={200} disabled={disabled} onChange={(e) => set('from', e.target.value)} />
          </Field>
          {common}
          <LinesField id="letter-copies" label="Tembusan" hint="Satu jabatan per baris; kosongkan bila tidak ada" lines={header.copiesTo} disabled={disabled}
            onChange={(lines) => set('copiesTo', lines)} />
        </>
      ) : (
        <>
          <Field id="letter-addressee" label="Yth." error={err('addresseeName')} hint="Nama penerima, mis. Sdr. Ahmad Fauzi" wide>
            <input id="letter-addressee" value={header.addresseeName} maxLength={200} disabled={disabled} onChange={(e) => set('addresseeName', e.target.value)} />
          </Field>
          <LinesField id="letter-address" label="Alamat penerima" hint="Satu baris alamat per baris, paling banyak 6" lines={header.addresseeAddress} disabled={disabled}
            onChange={(lines) => set('addresseeAddress', lines)} />
          {common}
          <Field id="letter-place" label="Tempat" error={err('place')} hint="Sebelum tanggal; kosong = kota kantor">
            <input id="letter-place" value={header.place} maxLength={80} disabled={disabled} onChange={(e) => set('place', e.target.value)} />
          </Field>
          <LinesField id="letter-copies" label="Tembusan" hint="Satu jabatan per baris; kosongkan bila tidak ada" lines={header.copiesTo} disabled={disabled}
            onChange={(lines) => set('copiesTo', lines)} />
        </>
      )}
    </fieldset>
  );
}
