import { intakeFieldId } from './intake-field';

/** The element a schema path points at; a radio group answers with its chosen (or first) option. */
function elementOf(path: string): HTMLElement | null {
  if (path.startsWith('attachment')) return document.getElementById('intake-attachments')?.closest('.attachments')?.querySelector('button') ?? null;
  const el = document.getElementById(intakeFieldId(path));
  if (el?.getAttribute('role') === 'radiogroup') {
    return el.querySelector<HTMLInputElement>('input:checked') ?? el.querySelector<HTMLInputElement>('input');
  }
  return el;
}

/** Puts the cursor on the first field (in screen order) among those named by `paths`. */
export function focusIntakeField(paths: string[]): void {
  requestAnimationFrame(() => {
    const elements = paths.map(elementOf).filter((el): el is HTMLElement => el !== null);
    elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    elements[0]?.focus();
  });
}
