import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { SopListing, SopVersion } from '../../../../shared/sop/sop-records';
import { MAX_SOP_FILE_CHARS } from '../../../../shared/sop/sop-schemas';
import { call } from '../../api/client';
import { Notice, type NoticeMessage } from '../../components/notice';
import { ActorMappingPanel } from './actor-mapping-panel';
import { SopAssignmentPanel } from './sop-assignment-panel';
import { SopDetail } from './sop-detail';
import { SopEditor } from './sop-editor';
import { unmappedWarning } from './sop-labels';
import { useMappingStatus } from './use-mapping-status';
import './sop.css';

/**
 * "SOP" (Alt+7): the office's SOPs and the five shipped examples, install, view, edit
 * (a save is a new version), which SOP each channel uses, import and export as JSON,
 * the printed swimlane chart, and which office positions act for each actor of an SOP.
 */
export function SopScreen() {
  const [listing, setListing] = useState<SopListing | null>(null);
  const [selected, setSelected] = useState<SopVersion | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const mapping = useMappingStatus(listing?.sops);

  const reload = useCallback(async () => {
    const r = await call('sop.list', {});
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setListing(r.value);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  // The screen opens on the office's default SOP (or its only one), not on an empty panel.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !listing || listing.sops.length === 0) return;
    opened.current = true;
    const first = listing.sops.find((s) => s.code === listing.assignment.defaultCode) ?? listing.sops[0]!;
    void open(first.latestVersionId);
  });

  async function open(versionId: number) {
    const r = await call('sop.get', { versionId });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setEditing(false);
    setSelected(r.value);
  }

  async function install(presetId: string) {
    const r = await call('sop.installPreset', { presetId });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNotice({ kind: 'success', text: `SOP "${r.value.title}" terpasang sebagai versi 1.` });
    await reload();
    setSelected(r.value);
  }

  async function importFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_SOP_FILE_CHARS) return setNotice({ kind: 'error', text: 'Berkas SOP terlalu besar (maks. 1 MB).' });
    const r = await call('sop.import', { fileName: file.name, text: await file.text() });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNotice({ kind: 'success', text: `SOP "${r.value.title}" diimpor sebagai versi ${r.value.version}.` });
    await reload();
    setSelected(r.value);
  }

  const openPresets = listing?.presets.filter((p) => p.installedVersionId === null) ?? [];
  return (
    <div className="sop-screen">
      <aside className="sop-screen__side">
        <section className="panel" aria-label="SOP kantor">
          <header className="panel__header">
            <h2>SOP kantor</h2>
            <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" aria-label="Berkas SOP (JSON)" onChange={(e) => void importFile(e)} />
            <button type="button" className="button button--small" onClick={() => fileInput.current?.click()}>Impor JSON…</button>
          </header>
          {listing && listing.sops.length === 0 ? <p className="muted">Belum ada SOP. Pasang salah satu contoh di bawah atau impor berkas SOP.</p> : null}
          <ul className="sop-list">
            {listing?.sops.map((s) => (
              <li key={s.code}>
                <button type="button" className={`sop-list__item${selected?.code === s.code ? ' sop-list__item--active' : ''}`} onClick={() => void open(s.latestVersionId)}>
                  <strong>{s.title}</strong>
                  <span className="muted">Versi {s.latestVersion} · {s.stepCount} langkah</span>
                  {mapping.missing[s.code] ? <span className="sop-list__warning">{unmappedWarning(mapping.missing[s.code]!)}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
        {openPresets.length > 0 ? (
          <section className="panel" aria-label="Contoh SOP">
            <header className="panel__header"><h2>Contoh SOP</h2></header>
            <ul className="sop-list">
              {openPresets.map((p) => (
                <li key={p.id} className="sop-preset">
                  <div>
                    <strong>{p.title}</strong>
                    <div className="muted">{p.summary} · {p.stepCount} langkah</div>
                  </div>
                  <button type="button" className="button button--small" onClick={() => void install(p.id)} aria-label={`Pasang contoh SOP ${p.id}: ${p.title}`}>Pasang</button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {listing ? <SopAssignmentPanel key={JSON.stringify(listing.assignment) + listing.sops.length} sops={listing.sops} assignment={listing.assignment} onSaved={() => void reload()} onNotice={setNotice} /> : null}
      </aside>
      <div className="sop-screen__main">
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        {selected && editing ? (
          <SopEditor base={selected} onNotice={setNotice} onCancel={() => setEditing(false)}
            onSaved={(v) => { setEditing(false); setSelected(v); void reload(); }} />
        ) : selected ? (
          <>
            <SopDetail version={selected} onOpenVersion={(id) => void open(id)} onEdit={() => setEditing(true)} onNotice={setNotice} />
            {/* Keyed by the latest version: a new version may bring a new actor column. */}
            <ActorMappingPanel key={`${selected.code}:${listing?.sops.find((s) => s.code === selected.code)?.latestVersion ?? 0}`}
              code={selected.code} onSaved={mapping.update} />
          </>
        ) : (
          <section className="panel"><p className="muted">Pilih SOP di sebelah kiri untuk melihat tabel langkahnya.</p></section>
        )}
      </div>
    </div>
  );
}
