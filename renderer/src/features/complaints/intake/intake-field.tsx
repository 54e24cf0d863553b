import type { InputHTMLAttributes } from 'react';
import { Field } from '../../../components/field';

/** The DOM id of a form field from its schema path ("complainant.name" → "intake-complainant-name"). */
export const intakeFieldId = (path: string) => `intake-${path.replace(/\./g, '-')}`;

/** What every field of the intake form is given: its errors and who to tell it was left. */
export interface FieldBinding {
  errors: Record<string, string>;
  onBlurField(path: string): void;
}

interface IntakeInputProps extends FieldBinding {
  path: string;
  label: string;
  value: string;
  onValue(value: string): void;
  required?: boolean;
  hint?: string;
  wide?: boolean;
  type?: 'text' | 'date' | 'email' | 'tel' | 'url';
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength: number;
  placeholder?: string;
}

/** One labelled single-line input of the intake form, tied to its schema path. */
export function IntakeInput(p: IntakeInputProps) {
  const id = intakeFieldId(p.path);
  const error = p.errors[p.path];
  return (
    <Field id={id} label={p.label} required={p.required} error={error} hint={p.hint} wide={p.wide}>
      <input
        id={id}
        type={p.type ?? 'text'}
        value={p.value}
        onChange={(e) => p.onValue(e.target.value)}
        onBlur={() => p.onBlurField(p.path)}
        inputMode={p.inputMode}
        maxLength={p.maxLength}
        placeholder={p.placeholder}
        autoComplete="off"
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </Field>
  );
}

interface IntakeTextAreaProps extends FieldBinding {
  path: string;
  label: string;
  value: string;
  onValue(value: string): void;
  required?: boolean;
  hint?: string;
  rows: number;
  maxLength: number;
}

/** A multi-line field (uraian, harapan, jawaban di loket); Enter makes a new line here. */
export function IntakeTextArea(p: IntakeTextAreaProps) {
  const id = intakeFieldId(p.path);
  const error = p.errors[p.path];
  return (
    <Field id={id} label={p.label} required={p.required} error={error} hint={p.hint} wide>
      <textarea
        id={id}
        value={p.value}
        rows={p.rows}
        onChange={(e) => p.onValue(e.target.value)}
        onBlur={() => p.onBlurField(p.path)}
        maxLength={p.maxLength}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </Field>
  );
}
