import { useEffect, useState, type KeyboardEvent } from 'react';
import { mayCall } from '../../../../shared/accounts/call-permissions';
import type { ActorMappingView } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { useSession } from '../../app/session-context';
import { Notice, type NoticeMessage } from '../../components/notice';
import { ActorMappingRow } from './actor-mapping-row';
import { unmappedWarning } from './sop-labels';

type Choices = Record<string, number[]>;

const choicesOf = (view: ActorMappingView): Choices => Object.fromEntries(view.actors.map((a) => [a.key, a.positionIds]));
const sameChoices = (a: Choices, b: Choices) =>
  Object.keys(a).every((k) => [...(a[k] ?? [])].sort().join() === [...(b[k] ?? [])].sort().join());

interface ActorMappingPanelProps {
  code: string;
  /** A saved mapping, so the SOP list can drop (or keep) its warning. */
  onSaved(view: ActorMappingView): void;
}

/**
 * "Pemetaan pelaksana": which of the office's positions act for each actor column of the
 * SOP. Until every `jabatan` actor has one, complaints of this SOP are registered but do
 * not start running (the engine refuses), so the panel says so plainly. A refused save
 * keeps the choices on screen.
 */
export function ActorMappingPanel({ code, onSaved }: ActorMappingPanelProps) {
  const { info } = useSession();
  const readOnly = !mayCall(info.user, 'workflow.saveActorMapping');
  const [view, setView] = useState<ActorMappingView | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    void call('workflow.actorMapping', { code }).then((r) => {
      if (!live) return;
      if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
      setView(r.value);
      setChoices(choicesOf(r.value));
    });
    return () => {
      live = false;
    };
  }, [code]);

  async function save() {
    if (!view || saving || readOnly) return;
    setSaving(true);
    const active = new Set(view.positions.map((p) => p.positionId));
    const actors = view.actors
      .filter((a) => a.kind !== 'sistem')
      .map((a) => ({ key: a.key, positionIds: (choices[a.key] ?? []).filter((id) => active.has(id)) }));
    const r = await call('workflow.saveActorMapping', { code, actors });
    setSaving(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setView(r.value);
    setChoices(choicesOf(r.value));
    onSaved(r.value);
    // The status line under the notice says what the mapping means for new complaints.
    setNotice({ kind: 'success', text: r.value.complete ? 'Pemetaan pelaksana tersimpan.' : `Pemetaan pelaksana tersimpan, tetapi ${r.value.missing.length} pelaksana masih belum dipetakan.` });
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.ctrlKey && e.key === 'Enter') {
      e.preventDefault();
      void save();
    }
  }

  const dirty = view !== null && !sameChoices(choices, choicesOf(view));
  return (
    <section className="panel sop-mapping" aria-labelledby="sop-mapping-title" onKeyDown={onKeyDown}>
      <header className="panel__header">
        <h2 id="sop-mapping-title">Pemetaan pelaksana</h2>
        {readOnly ? <span className="panel__hint">Hanya administrator yang dapat mengubah pemetaan.</span> : <span className="panel__hint">Ctrl+klik = pilih lebih dari satu · Ctrl+Enter = simpan</span>}
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {!view ? (notice ? null : <p className="muted">Memuat pemetaan…</p>) : (
        <>
          {view.complete ? (
            <p className="sop-mapping__status sop-mapping__status--ok">Semua pelaksana jabatan sudah dipetakan; pengaduan baru dengan SOP ini langsung berjalan.</p>
          ) : (
            <p className="sop-mapping__status sop-mapping__status--warn" role="status">
              <strong>{unmappedWarning(view.missing.length)}</strong> ({view.missing.join(', ')}). Pengaduan yang memakai SOP ini tidak mulai berjalan sampai semuanya dipetakan ke jabatan kantor.
            </p>
          )}
          {view.positions.length === 0 ? <p className="muted">Belum ada jabatan aktif. Tambahkan jabatan di layar Organisasi (Alt+6).</p> : null}
          <table className="sop-mapping__table" aria-label="Pelaksana dan jabatan">
            <thead>
              <tr><th>Pelaksana (kolom bagan)</th><th>Jabatan kantor</th><th>Dipilih</th></tr>
            </thead>
            <tbody>
              {view.actors.map((a) => (
                <ActorMappingRow key={a.key} actor={a} positions={view.positions} chosen={choices[a.key] ?? []} readOnly={readOnly}
                  onChange={(ids) => setChoices((c) => ({ ...c, [a.key]: ids }))} />
              ))}
            </tbody>
          </table>
          {readOnly ? null : (
            <div className="form-actions">
              <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()}>{saving ? 'Menyimpan…' : 'Simpan pemetaan'}</button>
              {dirty ? <span className="muted">Ada pilihan yang belum disimpan.</span> : null}
            </div>
          )}
        </>
      )}
    </section>
  );
}
