export interface NoticeMessage {
  kind: 'success' | 'error' | 'info';
  text: string;
}

/** One line of feedback above a form or list: saved, refused, recognised. */
export function Notice({ notice, onDismiss }: { notice: NoticeMessage | null; onDismiss?: () => void }) {
  if (!notice) return null;
  return (
    <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {onDismiss ? (
        <button type="button" className="notice__close" onClick={onDismiss} aria-label="Tutup pesan">
          ✕
        </button>
      ) : null}
    </div>
  );
}
