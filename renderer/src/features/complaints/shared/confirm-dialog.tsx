import { useRef } from 'react';
import { Modal } from '../../../components/modal';
import { useInitialFocus } from './use-initial-focus';
import './complaint-shared.css';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A yes/no question before something that cannot be undone (emptying a half-typed
 * complaint). The safe answer has the focus, so a stray Enter keeps the clerk's work.
 */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel = 'Tidak jadi', danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const safe = useRef<HTMLButtonElement>(null);
  useInitialFocus(safe);
  return (
    <Modal
      title={title}
      onClose={onCancel}
      footer={
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} ref={safe}>
            {cancelLabel}
          </button>
          <button type="button" className={`button ${danger ? 'button--danger' : 'button--primary'}`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      }
    >
      <p className="confirm-dialog__message">{message}</p>
    </Modal>
  );
}
