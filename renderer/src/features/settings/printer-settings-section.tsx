import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  DOCUMENT_KIND_LABELS, MAX_PRINT_COPIES, PRINT_METHOD_LABELS, PRINT_METHODS, PRINT_PAPER_LABELS, PRINT_PAPERS,
  PRINTER_STATE_LABELS, type PrintMethod, type PrintPaper,
} from '../../../../shared/printing/printing-enums';
import type { PrinterListing, PrintSetting, PrintSettingsView } from '../../../../shared/printing/printing-records';
import { savePrintSettingsSchema } from '../../../../shared/printing/printing-schemas';
import { call } from '../../api/client';
import { useSession } from '../../app/session-context';
import { Notice, type NoticeMessage } from '../../components/notice';
import { fieldErrors } from '../../lib/schema-errors';
import { PrintLogDialog } from '../printing/print-log-dialog';
import '../printing/printing.css';

/** What the printer list says about this PC, in one line. */
function listingLine(listing: PrinterListing | null): string {
  if (!listing) return 'Membaca daftar printer…';
  if (!listing.available) return listing.problem ?? 'Printer komputer ini tidak dapat dibaca.';
  if (listing.printers.length === 0) return 'Belum ada printer terpasang di komputer ini; dokumen dicetak lewat dialog.';
  const fallback = listing.printers.find((p) => p.isDefault);
  return `${listing.printers.length} printer ditemukan · printer bawaan sistem: ${fallback ? fallback.name : 'belum ada'}`;
}

/**
 * "Printer dan kertas": for each kind of document, the printer (or the system default),
 * the paper in its tray, the copies, and whether it prints straight away or through the
 * dialog. Receipts can go to the counter's printer while letters go to the sekretariat's.
 * The print log opens from here. Only an administrator saves.
 */
export function PrinterSettingsSection() {
  const { info } = useSession();
  const admin = info.user.isAdmin;
  const [rows, setRows] = useState<PrintSetting[] | null>(null);
  const [view, setView] = useState<PrintSettingsView | null>(null);
  const [listing, setListing] = useState<PrinterListing | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saving, setSaving] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  const errors = useMemo(() => (rows ? fieldErrors(savePrintSettingsSchema, { kinds: rows }) : {}), [rows]);

  const loadPrinters = useCallback(async () => {
    setListing(null);
    const r = await call('printing.printers', {});
    setListing(r.ok ? r.value : { available: false, problem: r.error.message, printers: [] });
  }, []);

  useEffect(() => {
    void call('printing.settings', {}).then((r) => {
      if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
      setView(r.value);
      setRows(r.value.kinds);
    });
    void loadPrinters();
  }, [loadPrinters]);

  const update = (index: number, next: Partial<PrintSetting>) => setRows((all) => all && all.map((row, i) => (i === index ? { ...row, ...next } : row)));

  async function save() {
    if (!rows) return;
    const first = Object.values(errors)[0];
    if (first) return setNotice({ kind: 'error', text: first });
    setSaving(true);
    const r = await call('printing.saveSettings', { kinds: rows });
    setSaving(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setView(r.value);
    setRows(r.value.kinds);
    setNotice({ kind: 'success', text: 'Pengaturan cetak tersimpan.' });
  }

  const fallback = listing?.printers.find((p) => p.isDefault)?.name;
  return (
    <section className="panel print-settings" aria-labelledby="print-settings-title">
      <header className="panel__header">
        <h2 id="print-settings-title">Printer dan kertas</h2>
        <div className="panel__tools">
          <button type="button" className="button button--small" onClick={() => void loadPrinters()}>Muat ulang daftar printer</button>
          <button type="button" className="button button--small" onClick={() => setLogOpen(true)}>Log cetak</button>
        </div>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <p className="print-settings__status" data-testid="printer-status">
        <span>{listingLine(listing)}</span>
        {view && !view.direct.available && listing?.available !== false ? <span className="muted">{view.direct.problem}</span> : null}
      </p>
      {rows ? (
        <div className="table-scroll">
          <table className="table" aria-label="Pengaturan cetak per jenis dokumen">
            <thead>
              <tr><th>Dokumen</th><th>Printer</th><th>Kertas</th><th>Salinan</th><th>Cara cetak</th><th>Bolak-balik</th></tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const label = DOCUMENT_KIND_LABELS[row.documentKind];
                const missing = row.printer !== null && listing?.available && !listing.printers.some((p) => p.name === row.printer);
                return (
                  <tr key={row.documentKind}>
                    <td className="print-settings__kind">{label}</td>
                    <td>
                      <select aria-label={`Printer untuk ${label}`} value={row.printer ?? ''} disabled={!admin}
                        onChange={(e) => update(i, { printer: e.target.value === '' ? null : e.target.value })}>
                        <option value="">Printer bawaan sistem{fallback ? ` (${fallback})` : ''}</option>
                        {(listing?.printers ?? []).map((p) => (
                          <option key={p.name} value={p.name}>
                            {p.name}{p.description ? ` — ${p.description}` : ''}{p.state === 'berhenti' || !p.accepting ? ` (${PRINTER_STATE_LABELS.berhenti})` : ''}
                          </option>
                        ))}
                        {row.printer !== null && !(listing?.printers ?? []).some((p) => p.name === row.printer) ? (
                          <option value={row.printer}>{row.printer}{missing ? ' (tidak ditemukan di komputer ini)' : ''}</option>
                        ) : null}
                      </select>
                    </td>
                    <td>
                      <select aria-label={`Kertas untuk ${label}`} value={row.paper} disabled={!admin} onChange={(e) => update(i, { paper: e.target.value as PrintPaper })}>
                        {PRINT_PAPERS.map((p) => <option key={p} value={p}>{PRINT_PAPER_LABELS[p]}</option>)}
                      </select>
                    </td>
                    <td>
                      <input type="number" aria-label={`Salinan untuk ${label}`} min={1} max={MAX_PRINT_COPIES} value={row.copies} disabled={!admin}
                        aria-invalid={errors[`kinds.${i}.copies`] ? true : undefined}
                        onChange={(e) => update(i, { copies: e.target.value === '' ? 0 : Number(e.target.value) })} />
                    </td>
                    <td>
                      <select aria-label={`Cara cetak untuk ${label}`} value={row.method} disabled={!admin} onChange={(e) => update(i, { method: e.target.value as PrintMethod })}>
                        {PRINT_METHODS.map((m) => <option key={m} value={m}>{PRINT_METHOD_LABELS[m]}</option>)}
                      </select>
                    </td>
                    <td>
                      <input type="checkbox" aria-label={`Bolak-balik untuk ${label}`} checked={row.duplex} disabled={!admin} onChange={(e) => update(i, { duplex: e.target.checked })} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {admin ? (
        <div className="form-actions">
          <button type="button" className="button button--primary" disabled={saving || !rows} onClick={() => void save()}>
            {saving ? 'Menyimpan…' : 'Simpan pengaturan cetak'}
          </button>
          <span className="muted">
            “{PRINT_METHOD_LABELS.langsung}” mencetak tanpa dialog; bila layanan cetak komputer ini tidak berjalan, dokumen dicetak lewat dialog.
          </span>
        </div>
      ) : (
        <p className="muted">Hanya administrator yang dapat mengubah pengaturan cetak.</p>
      )}
      {logOpen ? <PrintLogDialog onClose={() => setLogOpen(false)} /> : null}
    </section>
  );
}
