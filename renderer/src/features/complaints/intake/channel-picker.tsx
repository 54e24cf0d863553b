import type { KeyboardEvent } from 'react';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../../../../../shared/complaints/complaint-enums';

/** 1 = the first channel … 9 = the ninth, 0 = the tenth (SP4N-LAPOR!), as on a phone keypad. */
const keyOf = (index: number) => String((index + 1) % 10);

interface Props {
  value: Channel | '';
  error?: string | undefined;
  onChange(channel: Channel): void;
  onBlur?(): void;
}

/**
 * The channel, chosen first: a radio group the clerk reaches with Tab and answers with one
 * number key (or the arrows). Digits typed anywhere else in the form stay ordinary text.
 */
export function ChannelPicker({ value, error, onChange, onBlur }: Props) {
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.ctrlKey || e.altKey || e.metaKey || !/^[0-9]$/.test(e.key)) return;
    const index = (Number(e.key) + 9) % 10;
    const channel = CHANNELS[index];
    if (!channel) return;
    e.preventDefault();
    onChange(channel);
    document.getElementById(`intake-channel-${channel}`)?.focus();
  }

  return (
    <div className={`field field--wide${error ? ' field--invalid' : ''}`}>
      <span className="field__label" id="intake-channel-label">
        Saluran pengaduan<span className="field__required" aria-hidden> *</span>
        <span className="field__label-hint"> · tekan angka 1–0</span>
      </span>
      <div
        className="choice-grid choice-grid--channels"
        role="radiogroup"
        aria-labelledby="intake-channel-label"
        aria-describedby={error ? 'intake-channel-error' : undefined}
        id="intake-channel"
        onKeyDown={onKeyDown}
      >
        {CHANNELS.map((c, i) => (
          <label key={c} className={`choice${value === c ? ' choice--checked' : ''}`}>
            <input
              type="radio"
              name="intake-channel"
              id={`intake-channel-${c}`}
              value={c}
              checked={value === c}
              // With nothing chosen yet, Tab must land on the first option, not skip the group.
              tabIndex={value === '' ? (i === 0 ? 0 : -1) : undefined}
              onChange={() => onChange(c)}
              onBlur={onBlur}
            />
            <kbd className="choice__key" aria-hidden>{keyOf(i)}</kbd>
            <span>{CHANNEL_LABELS[c]}</span>
          </label>
        ))}
      </div>
      {error ? (
        <div className="field__error" id="intake-channel-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** Puts the cursor on the channel group: on the chosen channel, else on the first one. */
export function focusChannelPicker(): void {
  const checked = document.querySelector<HTMLInputElement>('input[name="intake-channel"]:checked');
  (checked ?? document.getElementById(`intake-channel-${CHANNELS[0]}`))?.focus();
}
