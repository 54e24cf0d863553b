import { useRef, useState, type ReactNode } from 'react';
import { Field } from '../../../components/field';
import { Modal } from '../../../components/modal';
import { Notice } from '../../../components/notice';
import { useInitialFocus } from '../shared/use-initial-focus';

interface Props {
  title: string;
  /** What will happen, in a sentence or two, above the reason box. */
  children?: ReactNode;
  label?: string;
  hint?: string;
  confirmLabel: string;
  danger?: boolean;
  /** The schema's message for the reason typed so far, or undefined when it is acceptable. */
  validate(reason: string): string | undefined;
  /** Sends the change; resolves to an error message to show, or null when done. */
  onConfirm(reason: string): Promise<string | null>;
  onClose(): void;
}

/**
 * Asks for the reason a change needs (status, merge, revealing an identity) before making
 * it. A refused change keeps the dialog open with the reason as typed.
 */
export function ReasonDialog({ title, children, label = 'Alasan', hint, confirmLabel, danger, validate, onConfirm, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useInitialFocus(box);
  const problem = validate(reason);

  async function submit(e: { preventDefault(): void }) {
    e.preventDefault();
    setTried(true);
    if (problem) return;
    setBusy(true);
    const error = await onConfirm(reason);
    setBusy(false);
    if (error) setFailure(error);
  }

  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={submit} aria-label={title} noValidate>
        {children}
        <Notice notice={failure ? { kind: 'error', text: failure } : null} />
        <Field id="reason-text" label={label} required error={tried || reason.length >= 5 ? problem : undefined} hint={hint}>
          <textarea id="reason-text" ref={box} rows={3} maxLength={1000} value={reason}
            aria-invalid={tried && !!problem}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl+Enter confirms from inside the box, where Enter makes a new line.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
            }} />
        </Field>
        <div className="dialog-actions case-dialog-actions">
          <button type="button" className="button" onClick={onClose}>Batal</button>
          <button type="submit" className={`button ${danger ? 'button--danger' : 'button--primary'}`} disabled={busy}>
            {busy ? 'Menyimpan…' : confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
