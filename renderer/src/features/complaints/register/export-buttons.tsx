import { useEffect, useState } from 'react';
import type { ComplaintFilterInput } from '../../../../../shared/complaints/complaint-schemas';
import { call } from '../../../api/client';
import type { NoticeMessage } from '../../../components/notice';
import { saveFile } from '../../../lib/save-file';
import { formatCount } from './register-format';

type Format = 'csv' | 'xlsx';

interface Props {
  filter: ComplaintFilterInput;
  total: number | null;
  onNotice(notice: NoticeMessage): void;
}

/**
 * "Ekspor CSV" / "Ekspor XLSX" of exactly the rows the register shows (same filter, same
 * order). The backend builds the file in one call, so progress is a running bar with the
 * seconds elapsed: a clerk exporting a year of complaints sees the app is working.
 */
export function ExportButtons({ filter, total, onNotice }: Props) {
  const [busy, setBusy] = useState<{ format: Format; startedAt: number } | null>(null);
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    if (!busy) return;
    setSeconds(0);
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - busy.startedAt) / 1000)), 500);
    return () => clearInterval(timer);
  }, [busy]);

  async function run(format: Format) {
    setBusy({ format, startedAt: Date.now() });
    const r = await call('complaints.export', { filter, format });
    setBusy(null);
    if (!r.ok) return onNotice({ kind: 'error', text: r.error.message });
    saveFile(r.value);
    onNotice({ kind: 'success', text: `Ekspor ${format.toUpperCase()} tersimpan: ${r.value.fileName}` });
  }

  const empty = total === 0;
  return (
    <div className="export-buttons">
      <button type="button" className="button" disabled={busy !== null || empty} onClick={() => void run('csv')}>Ekspor CSV</button>
      <button type="button" className="button" disabled={busy !== null || empty} onClick={() => void run('xlsx')}>Ekspor XLSX</button>
      {busy ? (
        <div className="export-progress" role="status">
          <span className="export-progress__bar" aria-hidden />
          Menyiapkan {busy.format.toUpperCase()}
          {total !== null ? ` (${formatCount(total)} pengaduan)` : ''}… {seconds} detik
        </div>
      ) : null}
    </div>
  );
}
