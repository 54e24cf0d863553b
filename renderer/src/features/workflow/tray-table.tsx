import { useEffect, useRef, type KeyboardEvent } from 'react';
import { DISPOSITION_URGENCY_LABELS } from '../../../../shared/workflow/disposition-fields';
import type { TrayBox, TrayItem } from '../../../../shared/workflow/tray';
import { useApp } from '../../app/app-context';
import { formatDueAt, lateText } from './workflow-format';

/** What a key on a tray row asks for; the screen decides what each does. */
export type TrayCommand = 'open' | 'read' | 'dispose' | 'return' | 'finish';

/** The letter keys of the tray, shown on its buttons. */
export const TRAY_KEYS: Record<Exclude<TrayCommand, 'open'>, string> = { read: 'B', dispose: 'D', return: 'K', finish: 'S' };

interface Props {
  box: TrayBox;
  items: TrayItem[];
  selected: number;
  onSelect(index: number): void;
  onCommand(command: TrayCommand, item: TrayItem): void;
  emptyText: string;
}

const KEY_COMMANDS: Record<string, TrayCommand> = { b: 'read', d: 'dispose', k: 'return', s: 'finish' };

/**
 * The rows of one tray box. ↑/↓ move, Enter opens, B/D/K/S act on the row under the
 * cursor; focus follows the selection so a leader never needs the mouse.
 */
export function TrayTable({ box, items, selected, onSelect, onCommand, emptyText }: Props) {
  const { office, now } = useApp();
  const zone = office.timeZone;
  const rows = useRef<Array<HTMLTableRowElement | null>>([]);
  const waiting = box === 'masuk' || box === 'dikembalikan';

  useEffect(() => {
    const row = rows.current[selected];
    // Only move focus when it is already in the table: a refresh must not steal it from a form.
    if (row && rows.current.some((r) => r === document.activeElement)) row.focus();
  }, [selected, items]);

  function onKeyDown(e: KeyboardEvent<HTMLTableSectionElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const item = items[selected];
    let next = selected;
    if (e.key === 'ArrowDown') next = Math.min(items.length - 1, selected + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, selected - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'Enter' && item) {
      e.preventDefault();
      return onCommand('open', item);
    } else {
      const command = KEY_COMMANDS[e.key.toLowerCase()];
      if (command && item) {
        e.preventDefault();
        onCommand(command, item);
      }
      return;
    }
    e.preventDefault();
    onSelect(next);
    rows.current[next]?.focus();
  }

  if (items.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <div className="table-scroll wf-tray__scroll">
      <table className="table wf-tray-table" aria-label="Daftar kotak disposisi">
        <thead>
          <tr>
            <th>Pengaduan</th>
            <th>Langkah</th>
            <th>Jabatan</th>
            <th>{waiting ? 'Tenggat' : 'Selesai'}</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {items.map((item, i) => {
            const unread = waiting && item.readAt === null;
            const late = waiting ? lateText(item.overdue, item.lateWorkingMinutes, item.dueAt, now()) : null;
            const classes = ['wf-row', unread ? 'wf-row--unread' : '', late ? 'wf-row--late' : '', i === selected ? 'wf-row--selected' : '']
              .filter(Boolean)
              .join(' ');
            return (
              <tr
                key={`${item.taskId}`}
                ref={(el) => {
                  rows.current[i] = el;
                }}
                className={classes}
                tabIndex={i === selected ? 0 : -1}
                aria-selected={i === selected}
                data-task-id={item.taskId}
                data-register-number={item.registerNumber}
                data-step={item.stepNo}
                onClick={() => onSelect(i)}
                onDoubleClick={() => onCommand('open', item)}
                onFocus={() => i !== selected && onSelect(i)}
              >
                <td>
                  <div className="cell-name">
                    {unread ? <span className="wf-dot" title="Belum dibaca" aria-label="Belum dibaca" /> : null}
                    {item.subject}
                  </div>
                  <div className="cell-sub">
                    {item.registerNumber}
                    {item.urgency && item.urgency !== 'biasa' ? (
                      <span className={`wf-urgency wf-urgency--${item.urgency}`}>{DISPOSITION_URGENCY_LABELS[item.urgency]}</span>
                    ) : null}
                    {item.paused ? <span className="wf-paused">Dihentikan sementara</span> : null}
                  </div>
                </td>
                <td>
                  <div className="wf-activity" title={item.activity}>
                    <span className="wf-step-no">{item.stepNo}</span> {item.activity}
                  </div>
                  {item.reason ? <div className="cell-sub wf-reason">Alasan: {item.reason}</div> : null}
                  {!waiting && item.outcomeText ? <div className="cell-sub">{item.outcomeText}</div> : null}
                </td>
                <td className="nowrap">{item.positionShortTitle}</td>
                <td className="wf-due">
                  {waiting ? (
                    item.dueAt ? (
                      <>
                        <span>{formatDueAt(item.dueAt, zone)}</span>
                        {late ? <div className="wf-late">{late}</div> : null}
                      </>
                    ) : (
                      <span className="muted">tanpa waktu baku</span>
                    )
                  ) : item.doneAt ? (
                    formatDueAt(item.doneAt, zone)
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
