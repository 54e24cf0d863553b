/** One choice of a multi-select chip group. */
export interface ChipOption<T> {
  value: T;
  label: string;
}

interface Props<T> {
  label: string;
  options: ChipOption<T>[];
  selected: readonly T[];
  onChange(next: T[]): void;
}

/**
 * A row of toggle chips for one filter (status, channel…): nothing pressed means "all",
 * each pressed chip adds its value. Buttons with aria-pressed, so Tab and Space work.
 */
export function ChipGroup<T extends string | number>({ label, options, selected, onChange }: Props<T>) {
  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <div className="chip-group" role="group" aria-label={label}>
      <span className="chip-group__label">{label}</span>
      {options.map((o) => (
        <button key={String(o.value)} type="button" className="chip" aria-pressed={selected.includes(o.value)} onClick={() => toggle(o.value)}>
          {/* The tick is for the eye; aria-pressed already tells a screen reader. */}
          {selected.includes(o.value) ? <span className="chip__tick" aria-hidden>✓ </span> : null}
          {o.label}
        </button>
      ))}
    </div>
  );
}
