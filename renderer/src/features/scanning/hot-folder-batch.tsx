import { useCallback, useEffect, useState } from 'react';
import type { HotFolderBatch as Batch } from '../../../../shared/scanning/scanning';
import { call } from '../../api/client';

interface Props {
  disabled: boolean;
  onTake(names: string[]): Promise<boolean>;
}

/**
 * The files a scan-to-folder copier has left in the office's folder, offered as one batch.
 * Hidden when no folder is set up.
 */
export function HotFolderBatch({ disabled, onTake }: Props) {
  const [batch, setBatch] = useState<Batch | null>(null);
  const load = useCallback(async () => {
    const r = await call('scanner.hotFolderFiles', {});
    if (r.ok) setBatch(r.value);
  }, []);
  useEffect(() => void load(), [load]);

  if (!batch || !batch.enabled) return null;
  const names = batch.files.map((f) => f.name);
  return (
    <section className="scan-hot-folder" aria-label="Folder pindai">
      <div>
        <strong>Folder pindai:</strong>{' '}
        {batch.problem ?? (names.length === 0 ? 'tidak ada berkas baru.' : `${names.length} berkas menunggu — ${names.join(', ')}`)}
      </div>
      <span className="scan-hot-folder__tools">
        <button type="button" className="button button--small" disabled={disabled} onClick={() => void load()}>Periksa lagi</button>
        <button type="button" className="button button--small" disabled={disabled || names.length === 0}
          onClick={() => void onTake(names).then(() => load())}>
          Ambil {names.length > 0 ? `${names.length} berkas` : 'berkas'}
        </button>
      </span>
    </section>
  );
}
