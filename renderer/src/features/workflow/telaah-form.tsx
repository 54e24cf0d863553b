import { useState } from 'react';
import type { TelaahChecklistItem, TelaahRecord } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { ActionError } from './action-error';
import { useWorkflowDraft } from './use-workflow-draft';

interface Props {
  complaintId: number;
  stepNo: number;
  saved: TelaahRecord | null;
  onSaved(record: TelaahRecord): void;
}

/** What a telaah checks first (DOMAIN.md: is it complete, is it ours); the analyst adds more. */
const DEFAULT_CHECKLIST: TelaahChecklistItem[] = [
  { label: 'Identitas pelapor jelas', present: false, note: '' },
  { label: 'Uraian kejadian (apa, di mana, kapan)', present: false, note: '' },
  { label: 'Bukti atau dokumen pendukung', present: false, note: '' },
  { label: 'Termasuk kewenangan instansi', present: false, note: '' },
];

interface Draft {
  checklist: TelaahChecklistItem[];
  analysis: string;
  recommendation: string;
  decision: string;
}

/** Telaah: the completeness checklist, the analysis, the recommendation and the decision. */
export function TelaahForm({ complaintId, stepNo, saved, onSaved }: Props) {
  const [draft, setDraft, clear] = useWorkflowDraft<Draft>('telaah', complaintId, stepNo, {
    checklist: saved?.checklist ?? DEFAULT_CHECKLIST,
    analysis: saved?.analysis ?? '',
    recommendation: saved?.recommendation ?? '',
    decision: saved?.decision ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [newItem, setNewItem] = useState('');

  const setItem = (i: number, patch: Partial<TelaahChecklistItem>) =>
    setDraft({ ...draft, checklist: draft.checklist.map((c, j) => (j === i ? { ...c, ...patch } : c)) });

  async function save() {
    setBusy(true);
    const r = await call('workflow.saveTelaah', { complaintId, stepNo, ...draft });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    clear();
    onSaved(r.value);
  }

  const id = (name: string) => `wf-telaah-${name}-${stepNo}`;
  return (
    <section className="wf-form wf-subform" aria-label="Telaah">
      <h4>Telaah {saved ? <span className="badge badge--ok">tersimpan oleh {saved.savedBy}</span> : null}</h4>
      <table className="wf-checklist">
        <thead>
          <tr><th>Ada</th><th>Kelengkapan</th><th>Keterangan</th></tr>
        </thead>
        <tbody>
          {draft.checklist.map((c, i) => (
            <tr key={`${c.label}-${i}`}>
              <td><input type="checkbox" aria-label={c.label} checked={c.present} onChange={(e) => setItem(i, { present: e.target.checked })} /></td>
              <td>{c.label}</td>
              <td><input className="wf-input" aria-label={`Keterangan ${c.label}`} value={c.note} onChange={(e) => setItem(i, { note: e.target.value })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="wf-inline">
        <label htmlFor={id('butir')} className="visually-hidden">Butir kelengkapan baru</label>
        <input id={id('butir')} className="wf-input" placeholder="Butir kelengkapan lain…" value={newItem} onChange={(e) => setNewItem(e.target.value)} />
        <button
          type="button"
          className="button button--small"
          disabled={!newItem.trim()}
          onClick={() => {
            setDraft({ ...draft, checklist: [...draft.checklist, { label: newItem.trim(), present: false, note: '' }] });
            setNewItem('');
          }}
        >
          Tambah butir
        </button>
      </div>
      <div className="form-grid">
        <div className="field field--wide">
          <label htmlFor={id('analisis')}>Analisis</label>
          <textarea id={id('analisis')} rows={3} value={draft.analysis} onChange={(e) => setDraft({ ...draft, analysis: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('saran')}>Saran/rekomendasi</label>
          <textarea id={id('saran')} rows={2} value={draft.recommendation} onChange={(e) => setDraft({ ...draft, recommendation: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('keputusan')}>Keputusan</label>
          <textarea id={id('keputusan')} rows={2} value={draft.decision} onChange={(e) => setDraft({ ...draft, decision: e.target.value })} />
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>Simpan telaah</button>
      </div>
      <ActionError message={error} />
    </section>
  );
}
