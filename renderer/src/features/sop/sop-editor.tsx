import { useMemo, useState } from 'react';
import { ACTOR_KINDS, type ActorKind, type SopDefinition } from '../../../../shared/sop/sop-definition';
import { checkSopDefinition } from '../../../../shared/sop/sop-check';
import type { SopVersion } from '../../../../shared/sop/sop-records';
import { call } from '../../api/client';
import type { NoticeMessage } from '../../components/notice';
import { addActor, addStepAfter, moveStep, removeActor, removeStep, updateStep } from './sop-draft';
import { SopStepEditor } from './sop-step-editor';

const ACTOR_KIND_LABELS: Record<ActorKind, string> = { jabatan: 'Jabatan', publik: 'Publik (pelapor)', sistem: 'Sistem' };

interface SopEditorProps {
  base: SopVersion;
  onSaved(version: SopVersion): void;
  onCancel(): void;
  onNotice(n: NoticeMessage): void;
}

/**
 * The SOP editor: header, actor columns and every step with its arrows. The draft is
 * checked as it is typed with the same rules the main process applies on save; a save
 * is a new version with a change note, never an edit of the version complaints run under.
 */
export function SopEditor({ base, onSaved, onCancel, onNotice }: SopEditorProps) {
  const [draft, setDraft] = useState<SopDefinition>(() => structuredClone(base.definition));
  const [changeNote, setChangeNote] = useState('');
  const [newActor, setNewActor] = useState('');
  const [saving, setSaving] = useState(false);
  const check = useMemo(() => checkSopDefinition(draft), [draft]);
  const problems = check.ok ? [] : check.problems;

  async function save() {
    setSaving(true);
    const r = await call('sop.save', { baseVersionId: base.id, definition: draft, changeNote });
    setSaving(false);
    if (!r.ok) return onNotice({ kind: 'error', text: r.error.message });
    onNotice({ kind: 'success', text: `Tersimpan sebagai versi ${r.value.version}. Pengaduan yang sedang berjalan tetap memakai versi lamanya.` });
    onSaved(r.value);
  }

  const setHeader = (field: 'title' | 'sopNumber' | 'effectiveDate' | 'approvedBy') => (value: string) => setDraft({ ...draft, [field]: value });

  return (
    <section className="panel sop-editor" aria-label="Ubah SOP">
      <header className="panel__header">
        <h2>Ubah SOP · dari versi {base.version}</h2>
        <div className="panel__tools">
          <button type="button" className="button" onClick={onCancel}>Batal</button>
        </div>
      </header>
      <div className="form-grid">
        {([['title', 'Nama SOP', 200], ['sopNumber', 'Nomor SOP', 80], ['effectiveDate', 'Tanggal efektif', 40], ['approvedBy', 'Disahkan oleh', 200]] as const).map(([field, label, max]) => (
          <div className="field" key={field}>
            <label htmlFor={`sop-${field}`}>{label}</label>
            <input id={`sop-${field}`} value={draft[field]} maxLength={max} onChange={(e) => setHeader(field)(e.target.value)} />
          </div>
        ))}
      </div>

      <h3>Pelaksana (kolom bagan)</h3>
      <p className="muted">Pemetaan pelaksana ke jabatan kantor dilakukan saat SOP dijalankan; di sini cukup nama kolomnya.</p>
      <ul className="sop-actors">
        {draft.actors.map((a, i) => (
          <li key={a.key}>
            <input aria-label={`Nama pelaksana ${i + 1}`} value={a.label} maxLength={80}
              onChange={(e) => setDraft({ ...draft, actors: draft.actors.map((x) => (x.key === a.key ? { ...x, label: e.target.value } : x)) })} />
            <select aria-label={`Jenis pelaksana ${i + 1}`} value={a.kind}
              onChange={(e) => setDraft({ ...draft, actors: draft.actors.map((x) => (x.key === a.key ? { ...x, kind: e.target.value as ActorKind } : x)) })}>
              {ACTOR_KINDS.map((k) => <option key={k} value={k}>{ACTOR_KIND_LABELS[k]}</option>)}
            </select>
            <button type="button" className="button button--small button--ghost" disabled={draft.actors.length === 1} onClick={() => setDraft(removeActor(draft, a.key))}>Hapus</button>
          </li>
        ))}
      </ul>
      <form className="sop-actors__add" onSubmit={(e) => { e.preventDefault(); if (newActor.trim()) { setDraft(addActor(draft, newActor.trim())); setNewActor(''); } }}>
        <input aria-label="Pelaksana baru" placeholder="Pelaksana baru, mis. Kepala Seksi Pelayanan" value={newActor} maxLength={80} onChange={(e) => setNewActor(e.target.value)} />
        <button type="submit" className="button button--small" disabled={draft.actors.length >= 10}>Tambah pelaksana</button>
      </form>

      <h3>Langkah</h3>
      {draft.steps.map((_, i) => (
        <SopStepEditor key={i} sop={draft} index={i}
          onChange={(patch) => setDraft(updateStep(draft, i, patch))}
          onMove={(delta) => setDraft(moveStep(draft, i, delta))}
          onRemove={() => setDraft(removeStep(draft, i))}
          onAddAfter={() => setDraft(addStepAfter(draft, i))} />
      ))}

      <div className="sop-editor__save">
        {problems.length > 0 ? (
          <div className="notice notice--error" role="alert">
            <strong>Belum dapat disimpan:</strong>
            <ul>{problems.slice(0, 8).map((p, i) => <li key={i}>{p.message}</li>)}</ul>
          </div>
        ) : null}
        <label htmlFor="sop-change-note">Catatan perubahan</label>
        <input id="sop-change-note" value={changeNote} maxLength={300} placeholder="mis. Waktu langkah 2 menjadi 10 menit" onChange={(e) => setChangeNote(e.target.value)} />
        <button type="button" className="button button--primary" disabled={saving || problems.length > 0 || changeNote.trim() === ''} onClick={() => void save()}>
          {saving ? 'Menyimpan…' : 'Simpan sebagai versi baru'}
        </button>
      </div>
    </section>
  );
}
