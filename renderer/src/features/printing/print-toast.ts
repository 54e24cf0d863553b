import './printing.css';

let region: HTMLElement | null = null;

/**
 * A short message at the bottom of the window that does not take the focus from the
 * clerk's next task ("Dicetak ke MejaPDF"); it leaves after a few seconds. Errors stay
 * until clicked, so they are not missed.
 */
export function showPrintToast(text: string, kind: 'success' | 'error' | 'info' = 'success'): void {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.className = 'print-toasts';
    document.body.append(region);
  }
  const toast = document.createElement('div');
  toast.className = `print-toast print-toast--${kind}`;
  toast.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  toast.textContent = text;
  toast.title = 'Klik untuk menutup';
  toast.addEventListener('click', () => toast.remove());
  region.append(toast);
  if (kind !== 'error') window.setTimeout(() => toast.remove(), 6_000);
}
