interface ChoiceRowProps<T extends string> {
  path: string;
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | '';
  error?: string | undefined;
  required?: boolean;
  onChange(value: T): void;
  onBlur?(): void;
}

/** A short radio group on one line (Lisan/Tertulis, the kind): arrows move, Space picks. */
export function ChoiceRow<T extends string>({ path, label, options, labels, value, error, required, onChange, onBlur }: ChoiceRowProps<T>) {
  const id = `intake-${path}`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <span className="field__label" id={`${id}-label`}>
        {label}
        {required ? <span className="field__required" aria-hidden> *</span> : null}
      </span>
      <div className="choice-row" role="radiogroup" aria-labelledby={`${id}-label`} id={id}
        aria-describedby={error ? `${id}-error` : undefined}>
        {options.map((o, i) => (
          <label key={o} className={`choice${value === o ? ' choice--checked' : ''}`}>
            <input type="radio" name={id} id={`${id}-${o}`} value={o} checked={value === o} onChange={() => onChange(o)} onBlur={onBlur}
              tabIndex={value === '' ? (i === 0 ? 0 : -1) : undefined} />
            <span>{labels[o]}</span>
          </label>
        ))}
      </div>
      {error ? <div className="field__error" id={`${id}-error`} role="alert">{error}</div> : null}
    </div>
  );
}
