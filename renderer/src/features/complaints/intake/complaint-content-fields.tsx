import { COMPLAINT_KINDS, COMPLAINT_KIND_LABELS, type ComplaintKind } from '../../../../../shared/complaints/complaint-enums';
import type { ComplaintCategory } from '../../../../../shared/complaints/complaint';
import { Field } from '../../../components/field';
import { ChoiceRow } from './choice-row';
import { IntakeInput, IntakeTextArea, intakeFieldId, type FieldBinding } from './intake-field';
import type { IntakeFormValues } from './intake-form-values';

type ContentKey = 'categoryId' | 'subject' | 'description' | 'requestedAction' | 'unitComplained' | 'eventPlace' | 'eventDate';

interface Props extends FieldBinding {
  values: IntakeFormValues;
  categories: ComplaintCategory[];
  onKind(kind: ComplaintKind): void;
  onChange(key: ContentKey, value: string): void;
}

/** What the complaint is about, in the order the complainant usually tells it. */
export function ComplaintContentFields({ values, categories, onKind, onChange, ...binding }: Props) {
  const bind = (key: Exclude<ContentKey, 'categoryId'>) => ({
    ...binding,
    path: key,
    value: values[key],
    onValue: (v: string) => onChange(key, v),
  });
  const categoryId = intakeFieldId('categoryId');
  // A category retired since the draft was written stays selectable for this draft.
  const shown = categories.filter((c) => c.active || String(c.id) === values.categoryId);

  return (
    <div className="form-grid">
      <ChoiceRow path="kind" label="Jenis" options={COMPLAINT_KINDS} labels={COMPLAINT_KIND_LABELS} value={values.kind}
        error={binding.errors.kind} required onChange={onKind} />
      <Field id={categoryId} label="Kategori" error={binding.errors.categoryId}>
        <select id={categoryId} value={values.categoryId} onChange={(e) => onChange('categoryId', e.target.value)}
          onBlur={() => binding.onBlurField('categoryId')}>
          <option value="">— pilih kategori —</option>
          {shown.map((c) => (
            <option key={c.id} value={String(c.id)}>{c.name}</option>
          ))}
        </select>
      </Field>
      <IntakeInput {...bind('subject')} label="Pokok aduan" required maxLength={200} wide
        hint="Satu kalimat pendek, misalnya: Izin usaha belum terbit setelah 30 hari" />
      <IntakeTextArea {...bind('description')} label="Uraian" required rows={7} maxLength={20_000}
        hint="Apa yang terjadi, kapan, siapa yang terlibat — seperti diceritakan pelapor" />
      <IntakeTextArea {...bind('requestedAction')} label="Harapan pelapor" rows={2} maxLength={2000}
        hint="Apa yang diminta pelapor dari kantor" />
      <IntakeInput {...bind('unitComplained')} label="Unit yang diadukan" maxLength={150} wide hint="Bidang, seksi, UPT, atau petugas" />
      <IntakeInput {...bind('eventPlace')} label="Tempat kejadian" maxLength={200} />
      <IntakeInput {...bind('eventDate')} label="Tanggal kejadian" type="date" maxLength={10} />
    </div>
  );
}
