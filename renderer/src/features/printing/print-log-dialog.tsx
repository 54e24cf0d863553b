import { useEffect, useState } from 'react';
import {
  DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, PRINT_METHOD_LABELS, PRINT_PAPER_LABELS, PRINT_STATUS_LABELS, type DocumentKind,
} from '../../../../shared/printing/printing-enums';
import type { PrintLogPage } from '../../../../shared/printing/printing-records';
import { formatLongDate, formatTime } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Modal } from '../../components/modal';
import { Notice, type NoticeMessage } from '../../components/notice';
import { officeToday } from '../../lib/dates';
import './printing.css';

const PAGE_SIZE = 50;

interface Filter {
  from: string;
  to: string;
  documentKind: DocumentKind | '';
  printedBy: string;
}

/**
 * "Log cetak": every print — what, where, when and by whom — newest first, by office day,
 * kind of document and clerk. Failed prints stay in the log with the reason the clerk was
 * given, so "did my receipt print?" has an answer.
 */
export function PrintLogDialog({ onClose }: { onClose(): void }) {
  const { office, now } = useApp();
  const today = officeToday(now(), office.timeZone);
  const [filter, setFilter] = useState<Filter>({ from: today, to: today, documentKind: '', printedBy: '' });
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<PrintLogPage | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  useEffect(() => {
    let alive = true;
    const range = filter.from && filter.to ? { range: { from: filter.from, to: filter.to } } : {};
    void call('printing.log', {
      ...range,
      ...(filter.documentKind ? { documentKind: filter.documentKind } : {}),
      ...(filter.printedBy ? { printedBy: filter.printedBy } : {}),
      offset,
      limit: PAGE_SIZE,
    }).then((r) => {
      if (!alive) return;
      if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
      setNotice(null);
      setPage(r.value);
    });
    return () => {
      alive = false;
    };
  }, [filter, offset]);

  const change = (next: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setOffset(0);
  };
  const shownTo = page ? Math.min(offset + PAGE_SIZE, page.total) : 0;

  return (
    <Modal title="Log cetak" onClose={onClose} wide>
      <div className="print-log">
        <div className="print-log__filters">
          <div className="field">
            <label htmlFor="print-log-from">Dari tanggal</label>
            <input id="print-log-from" type="date" value={filter.from} onChange={(e) => change({ from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="print-log-to">Sampai tanggal</label>
            <input id="print-log-to" type="date" value={filter.to} onChange={(e) => change({ to: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="print-log-kind">Jenis dokumen</label>
            <select id="print-log-kind" value={filter.documentKind} onChange={(e) => change({ documentKind: e.target.value as DocumentKind | '' })}>
              <option value="">Semua jenis</option>
              {DOCUMENT_KINDS.map((k) => <option key={k} value={k}>{DOCUMENT_KIND_LABELS[k]}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="print-log-user">Petugas</label>
            <select id="print-log-user" value={filter.printedBy} onChange={(e) => change({ printedBy: e.target.value })}>
              <option value="">Semua petugas</option>
              {(page?.printedBy ?? []).map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </div>
          <button type="button" className="button" onClick={() => change({ from: '', to: '' })}>Semua tanggal</button>
        </div>
        <Notice notice={notice} />
        {page && page.rows.length === 0 ? (
          <div className="empty">Belum ada cetakan pada pilihan ini.</div>
        ) : page ? (
          <div className="table-scroll">
            <table className="table" aria-label="Log cetak">
              <thead>
                <tr>
                  <th>Waktu</th><th>Dokumen</th><th>Printer</th><th>Salinan</th><th>Cara</th><th>Status</th><th>Petugas</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {formatLongDate(r.printedAt, office.timeZone)}
                      <div className="cell-sub">{formatTime(r.printedAt, office.timeZone)}</div>
                    </td>
                    <td>
                      <div className="cell-name">{r.title}</div>
                      <div className="cell-sub">
                        {DOCUMENT_KIND_LABELS[r.documentKind]}
                        {r.reference ? ` · ${r.reference}` : ''}
                      </div>
                    </td>
                    <td>
                      {r.printer || 'Dipilih di dialog'}
                      <div className="cell-sub">
                        {[r.paper ? PRINT_PAPER_LABELS[r.paper] : null, r.pages ? `${r.pages} hlm.` : null, r.jobId].filter(Boolean).join(' · ')}
                      </div>
                    </td>
                    <td>{r.copies}</td>
                    <td>{PRINT_METHOD_LABELS[r.method]}</td>
                    <td>
                      <span className={r.status === 'gagal' ? 'print-log__failed' : undefined}>{PRINT_STATUS_LABELS[r.status]}</span>
                      {r.error ? <div className="cell-sub">{r.error}</div> : null}
                    </td>
                    <td>{r.printedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {page && page.total > 0 ? (
          <div className="print-log__pager">
            <span className="muted">{offset + 1}–{shownTo} dari {page.total} cetakan</span>
            <span className="panel__tools">
              <button type="button" className="button button--small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>Sebelumnya</button>
              <button type="button" className="button button--small" disabled={shownTo >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>Berikutnya</button>
            </span>
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
