import { memo } from 'react';
import type { ComplaintListRow } from '../../../../../shared/complaints/complaint';
import type { OfficeTimeZone } from '../../../../../shared/office/time-zones';
import { REGISTER_COLUMNS } from './register-columns';

interface Props {
  index: number;
  /** Undefined while its page is on its way: the row shows "Memuat…" and cannot be opened. */
  row: ComplaintListRow | undefined;
  selected: boolean;
  /** Distance from the top of the list, in pixels. */
  top: number;
  height: number;
  zone: OfficeTimeZone;
  onActivate(index: number, row: ComplaintListRow | undefined): void;
}

export const registerRowId = (index: number) => `register-row-${index}`;

/**
 * One line of the register. Memoised: when the list scrolls, rows that stay in view are
 * not rendered again, only moved, so a long scroll costs the new rows and nothing more.
 */
export const RegisterRow = memo(function RegisterRow({ index, row, selected, top, height, zone, onActivate }: Props) {
  return (
    <div
      id={registerRowId(index)}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      data-loaded={row ? 'true' : 'false'}
      data-register-number={row?.registerNumber}
      className={`register-row${selected ? ' register-row--selected' : ''}${row ? '' : ' register-row--loading'}`}
      style={{ height, transform: `translateY(${top}px)` }}
      onClick={() => onActivate(index, row)}
    >
      {REGISTER_COLUMNS.map((c) => (
        <div key={c.key} role="gridcell" className={`register-cell${c.className ? ' ' + c.className : ''}`}
          title={row ? c.title(row, zone) || undefined : undefined}>
          {row ? c.render(row, zone) : c.key === 'subject' ? <span className="muted">Memuat…</span> : null}
        </div>
      ))}
    </div>
  );
});
