import { useEffect, useRef, type KeyboardEvent } from 'react';
import { LETTER_KIND_LABELS, LETTER_STATE_LABELS, type LetterListRow } from '../../../../shared/letters/letter-records';
import { useApp } from '../../app/app-context';
import { STATE_TONE, formatMoment } from './letter-format';

interface Props {
  rows: LetterListRow[];
  selected: number;
  onSelect(index: number): void;
  onOpen(row: LetterListRow): void;
  emptyText: string;
}

/** The letters of a box. ↑/↓ move, Enter opens; the row waiting for the user is in bold. */
export function LetterList({ rows, selected, onSelect, onOpen, emptyText }: Props) {
  const { office } = useApp();
  const refs = useRef<Array<HTMLTableRowElement | null>>([]);

  useEffect(() => {
    const row = refs.current[selected];
    if (row && refs.current.some((r) => r === document.activeElement)) row.focus();
  }, [selected, rows]);

  function onKeyDown(e: KeyboardEvent<HTMLTableSectionElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    let next = selected;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, selected + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, selected - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if (e.key === 'Enter' && rows[selected]) {
      e.preventDefault();
      return onOpen(rows[selected]);
    } else return;
    e.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  }

  if (rows.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <div className="table-scroll letter-list__scroll">
      <table className="table letter-list" aria-label="Daftar surat">
        <thead>
          <tr>
            <th>Hal</th>
            <th>Jenis</th>
            <th>Pengaduan</th>
            <th>Nomor surat</th>
            <th>Posisi / status</th>
            <th>Diperbarui</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {rows.map((row, i) => (
            <tr
              key={row.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              className={`${row.needsMyAction ? 'letter-row--mine' : ''}${i === selected ? ' wf-row--selected' : ''}`}
              tabIndex={i === selected ? 0 : -1}
              aria-selected={i === selected}
              data-letter-id={row.id}
              onClick={() => onSelect(i)}
              onDoubleClick={() => onOpen(row)}
              onFocus={() => i !== selected && onSelect(i)}
            >
              <td className="cell-name">{row.subject}</td>
              <td className="nowrap">{LETTER_KIND_LABELS[row.kind]}</td>
              <td className="nowrap">{row.complaintRegisterNumber}</td>
              <td className="nowrap">{row.number ?? <span className="muted">belum bernomor</span>}</td>
              <td>
                <span className={`letter-state letter-state--${STATE_TONE[row.state]}`}>{LETTER_STATE_LABELS[row.state]}</span>
                {row.withWhom !== '—' ? <div className="cell-sub">pada {row.withWhom}</div> : null}
                {row.needsMyAction ? <div className="cell-sub letter-row__mine">menunggu tindakan Anda</div> : null}
              </td>
              <td className="nowrap">{formatMoment(row.updatedAt, office.timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
