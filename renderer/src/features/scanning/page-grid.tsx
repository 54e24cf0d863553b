import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Rotation, ScanPageView } from '../../../../shared/scanning/scanning';

interface Props {
  pages: ScanPageView[];
  disabled: boolean;
  onEdit(pages: { id: string; rotation: Rotation }[]): void;
}

const turn = (r: Rotation): Rotation => (((r + 90) % 360) as Rotation);

/**
 * The pages before saving, as thumbnails in order. Each has buttons to move it left or right,
 * turn it a quarter and delete it; from the keyboard, ←/→ go between pages, Ctrl+←/→ move the
 * page, R turns it and Delete removes it. The backend keeps the order; this only asks.
 */
export function PageGrid({ pages, disabled, onEdit }: Props) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLLIElement>());

  useEffect(() => {
    if (focusId) refs.current.get(focusId)?.focus();
  }, [focusId, pages]);

  const current = () => pages.map((p) => ({ id: p.id, rotation: p.rotation }));
  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= pages.length) return;
    const next = current();
    [next[index], next[target]] = [next[target]!, next[index]!];
    setFocusId(pages[index]!.id);
    onEdit(next);
  }
  function rotate(index: number) {
    onEdit(current().map((p, i) => (i === index ? { ...p, rotation: turn(p.rotation) } : p)));
  }
  function remove(index: number) {
    const neighbour = pages[index + 1] ?? pages[index - 1];
    setFocusId(neighbour?.id ?? null);
    onEdit(current().filter((_, i) => i !== index));
  }
  function onKey(e: KeyboardEvent, index: number) {
    if (disabled || e.target !== e.currentTarget) return;
    const key = e.key;
    if ((key === 'ArrowLeft' || key === 'ArrowRight') && (e.ctrlKey || e.altKey)) move(index, key === 'ArrowLeft' ? -1 : 1);
    else if (key === 'ArrowLeft' || key === 'ArrowRight') setFocusId(pages[index + (key === 'ArrowLeft' ? -1 : 1)]?.id ?? pages[index]!.id);
    else if (key === 'r' || key === 'R') rotate(index);
    else if (key === 'Delete' || key === 'Backspace') remove(index);
    else return;
    e.preventDefault();
  }

  if (pages.length === 0) return <p className="muted scan-pages__empty">Belum ada halaman. Tekan Pindai, impor berkas, atau ambil dari folder pindai.</p>;
  return (
    <ol className="scan-pages" aria-label="Halaman pindaian">
      {pages.map((page, index) => (
        <li
          key={page.id}
          ref={(el) => {
            if (el) refs.current.set(page.id, el);
            else refs.current.delete(page.id);
          }}
          className="scan-page"
          tabIndex={0}
          aria-label={`Halaman ${index + 1}: ${page.label}${page.rotation ? `, diputar ${page.rotation}°` : ''}`}
          onKeyDown={(e) => onKey(e, index)}
          onFocus={(e) => e.target === e.currentTarget && setFocusId(page.id)}
        >
          <div className="scan-page__picture">
            <img src={page.thumbnail} alt="" style={{ transform: `rotate(${page.rotation}deg)` }} />
          </div>
          <div className="scan-page__caption">
            <strong>{index + 1}</strong> <span title={page.label}>{page.label}</span>
            {page.qr && page.qr.length > 0 ? <span className="scan-page__qr" title={page.qr.join('\n')}>QR</span> : null}
          </div>
          <div className="scan-page__tools">
            <button type="button" className="button button--small" disabled={disabled || index === 0} onClick={() => move(index, -1)} aria-label={`Geser halaman ${index + 1} ke kiri`} title="Geser ke kiri (Ctrl+←)">←</button>
            <button type="button" className="button button--small" disabled={disabled || index === pages.length - 1} onClick={() => move(index, 1)} aria-label={`Geser halaman ${index + 1} ke kanan`} title="Geser ke kanan (Ctrl+→)">→</button>
            <button type="button" className="button button--small" disabled={disabled} onClick={() => rotate(index)} aria-label={`Putar halaman ${index + 1}`} title="Putar 90° (R)">⟳</button>
            <button type="button" className="button button--small button--danger" disabled={disabled} onClick={() => remove(index)} aria-label={`Hapus halaman ${index + 1}`} title="Hapus (Delete)">Hapus</button>
          </div>
        </li>
      ))}
    </ol>
  );
}
