import type { RefObject } from 'react';
import { VISIT_PURPOSES, VISIT_PURPOSE_LABELS, type VisitPurpose } from '../../../../shared/guests/visit-purpose';
import { Field } from '../../components/field';

/** The form's state: every field as the clerk typed it. */
export interface GuestFormValues {
  name: string;
  nik: string;
  phone: string;
  address: string;
  institution: string;
  purpose: VisitPurpose;
  purposeOther: string;
  host: string;
  notes: string;
}

export const EMPTY_GUEST_FORM: GuestFormValues = {
  name: '', nik: '', phone: '', address: '', institution: '',
  purpose: 'pengaduan_baru', purposeOther: '', host: '', notes: '',
};

interface Props {
  idPrefix: string;
  values: GuestFormValues;
  errors: Record<string, string>;
  onChange(next: GuestFormValues): void;
  onBlurField?(field: keyof GuestFormValues): void;
  nameRef?: RefObject<HTMLInputElement | null>;
}

/**
 * The guest-book fields in the order a clerk asks them. Enter anywhere but in the notes
 * submits the surrounding form (the browser's own behaviour for a form with a submit button).
 */
export function GuestFormFields({ idPrefix, values, errors, onChange, onBlurField, nameRef }: Props) {
  const id = (f: string) => `${idPrefix}-${f}`;
  const set = (field: keyof GuestFormValues) => (e: { target: { value: string } }) =>
    onChange({ ...values, [field]: e.target.value });
  const blur = (field: keyof GuestFormValues) => () => onBlurField?.(field);
  const describedBy = (f: string) => (errors[f] ? `${id(f)}-error` : undefined);

  return (
    <div className="form-grid">
      <Field id={id('name')} label="Nama" required error={errors.name} wide>
        <input id={id('name')} ref={nameRef} value={values.name} onChange={set('name')} onBlur={blur('name')}
          autoComplete="off" aria-invalid={!!errors.name} aria-describedby={describedBy('name')} maxLength={120} />
      </Field>
      <Field id={id('phone')} label="Telepon / HP" error={errors.phone} hint="Tamu lama dikenali dari nomor ini">
        <input id={id('phone')} value={values.phone} onChange={set('phone')} onBlur={blur('phone')} inputMode="tel"
          autoComplete="off" aria-invalid={!!errors.phone} aria-describedby={describedBy('phone')} maxLength={30} />
      </Field>
      <Field id={id('nik')} label="NIK" error={errors.nik} hint="16 angka, boleh dikosongkan">
        <input id={id('nik')} value={values.nik} onChange={set('nik')} onBlur={blur('nik')} inputMode="numeric"
          autoComplete="off" aria-invalid={!!errors.nik} aria-describedby={describedBy('nik')} maxLength={24} />
      </Field>
      <Field id={id('address')} label="Alamat" error={errors.address} wide>
        <input id={id('address')} value={values.address} onChange={set('address')} onBlur={blur('address')} autoComplete="off" maxLength={300} />
      </Field>
      <Field id={id('institution')} label="Instansi / organisasi" error={errors.institution} wide>
        <input id={id('institution')} value={values.institution} onChange={set('institution')} onBlur={blur('institution')} autoComplete="off" maxLength={150} />
      </Field>
      <Field id={id('purpose')} label="Keperluan" required error={errors.purpose}>
        <select id={id('purpose')} value={values.purpose} onChange={set('purpose')} onBlur={blur('purpose')}>
          {VISIT_PURPOSES.map((p) => (
            <option key={p} value={p}>{VISIT_PURPOSE_LABELS[p]}</option>
          ))}
        </select>
      </Field>
      <Field id={id('host')} label="Yang ditemui" error={errors.host} hint="Unit atau jabatan">
        <input id={id('host')} value={values.host} onChange={set('host')} onBlur={blur('host')} autoComplete="off" maxLength={150} />
      </Field>
      {values.purpose === 'lainnya' ? (
        <Field id={id('purposeOther')} label="Keperluan lainnya" required error={errors.purposeOther} wide>
          <input id={id('purposeOther')} value={values.purposeOther} onChange={set('purposeOther')} onBlur={blur('purposeOther')}
            autoComplete="off" aria-invalid={!!errors.purposeOther} maxLength={200} />
        </Field>
      ) : null}
      <Field id={id('notes')} label="Catatan" error={errors.notes} wide>
        <textarea id={id('notes')} value={values.notes} onChange={set('notes')} onBlur={blur('notes')} rows={2} maxLength={1000} />
      </Field>
    </div>
  );
}
