import { useState } from 'react';
import { officeDayOf } from '../../../../shared/time/indonesian-dates';
import { TEAM_MEMBER_ROLE_LABELS, TEAM_MEMBER_ROLES, type TeamMemberRole, type TeamRecord } from '../../../../shared/workflow/tray';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { useSession } from '../../app/session-context';
import { ActionError } from './action-error';
import { useWorkflowDraft } from './use-workflow-draft';

interface Props {
  complaintId: number;
  stepNo: number;
  saved: TeamRecord | null;
  onSaved(record: TeamRecord): void;
  onPrint(record: TeamRecord): void;
}

interface Member {
  name: string;
  nip: string;
  position: string;
  role: TeamMemberRole;
}

interface Draft {
  number: string;
  subject: string;
  tasks: string;
  term: { from: string; to: string };
  decidedOn: string;
  signerPositionId: number | null;
  members: Member[];
  copiesTo: string;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const NEW_MEMBER: Member = { name: '', nip: '', position: '', role: 'anggota' };

/** SK Tim (seed 004 step 6): the decree's number, the members with their roles, the tasks, the term. */
export function TeamForm({ complaintId, stepNo, saved, onSaved, onPrint }: Props) {
  const { office, now } = useApp();
  const { info } = useSession();
  const today = officeDayOf(now(), office.timeZone);
  const [draft, setDraft, clear] = useWorkflowDraft<Draft>('sk-tim', complaintId, stepNo, {
    number: saved?.number ?? '',
    subject: saved?.subject ?? '',
    tasks: saved?.tasks.join('\n') ?? 'Melakukan klarifikasi kepada pelapor dan pihak terkait\nMenyusun laporan hasil penanganan pengaduan',
    term: saved?.term ?? { from: today, to: today },
    decidedOn: saved?.decidedOn ?? today,
    signerPositionId: saved?.signer.positionId ?? info.positions[0]?.id ?? null,
    members: saved?.members.map((m) => ({ name: m.name, nip: m.nip, position: m.position, role: m.role })) ?? [{ ...NEW_MEMBER, role: 'ketua' }],
    copiesTo: saved?.copiesTo.join('\n') ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setMember = (i: number, patch: Partial<Member>) =>
    setDraft({ ...draft, members: draft.members.map((m, j) => (j === i ? { ...m, ...patch } : m)) });

  async function save() {
    if (draft.signerPositionId === null) return setError('Pilih jabatan penandatangan SK.');
    setBusy(true);
    const r = await call('workflow.saveTeam', {
      complaintId,
      stepNo,
      ...(saved ? { teamId: saved.id } : {}),
      number: draft.number,
      subject: draft.subject,
      tasks: lines(draft.tasks),
      term: draft.term,
      decidedOn: draft.decidedOn,
      signerPositionId: draft.signerPositionId,
      members: draft.members.map((m) => ({ ...m, positionId: null })),
      copiesTo: lines(draft.copiesTo),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error.fields ? Object.values(r.error.fields)[0] ?? r.error.message : r.error.message);
    setError(null);
    clear();
    onSaved(r.value);
  }

  const id = (name: string) => `wf-team-${name}-${stepNo}`;
  return (
    <section className="wf-form wf-subform" aria-label="SK Tim">
      <h4>SK Tim penanganan pengaduan {saved ? <span className="badge badge--ok">tersimpan</span> : null}</h4>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={id('nomor')}>Nomor SK <span className="field__required">*</span></label>
          <input id={id('nomor')} value={draft.number} onChange={(e) => setDraft({ ...draft, number: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('penandatangan')}>Ditandatangani oleh</label>
          <select id={id('penandatangan')} value={draft.signerPositionId ?? ''} onChange={(e) => setDraft({ ...draft, signerPositionId: Number(e.target.value) || null })}>
            {info.positions.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
          </select>
        </div>
        <div className="field field--wide">
          <label htmlFor={id('perihal')}>Perihal tim</label>
          <input id={id('perihal')} value={draft.subject} onChange={(e) => setDraft({ ...draft, subject: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('dari')}>Masa tugas dari</label>
          <input id={id('dari')} type="date" value={draft.term.from} onChange={(e) => setDraft({ ...draft, term: { ...draft.term, from: e.target.value } })} />
        </div>
        <div className="field">
          <label htmlFor={id('sampai')}>sampai</label>
          <input id={id('sampai')} type="date" value={draft.term.to} onChange={(e) => setDraft({ ...draft, term: { ...draft.term, to: e.target.value } })} />
        </div>
      </div>
      <table className="wf-members" aria-label="Anggota tim">
        <thead>
          <tr><th>Nama</th><th>NIP</th><th>Jabatan</th><th>Kedudukan dalam tim</th><th /></tr>
        </thead>
        <tbody>
          {draft.members.map((m, i) => (
            <tr key={i}>
              <td><input className="wf-input" aria-label={`Nama anggota ${i + 1}`} value={m.name} onChange={(e) => setMember(i, { name: e.target.value })} /></td>
              <td><input className="wf-input" aria-label={`NIP anggota ${i + 1}`} value={m.nip} onChange={(e) => setMember(i, { nip: e.target.value })} /></td>
              <td><input className="wf-input" aria-label={`Jabatan anggota ${i + 1}`} value={m.position} onChange={(e) => setMember(i, { position: e.target.value })} /></td>
              <td>
                <select aria-label={`Kedudukan anggota ${i + 1}`} value={m.role} onChange={(e) => setMember(i, { role: e.target.value as TeamMemberRole })}>
                  {TEAM_MEMBER_ROLES.map((r) => <option key={r} value={r}>{TEAM_MEMBER_ROLE_LABELS[r]}</option>)}
                </select>
              </td>
              <td>
                <button type="button" className="button button--small button--ghost" aria-label={`Hapus anggota ${i + 1}`}
                  onClick={() => setDraft({ ...draft, members: draft.members.filter((_, j) => j !== i) })}>✕</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--small" onClick={() => setDraft({ ...draft, members: [...draft.members, NEW_MEMBER] })}>Tambah anggota</button>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={id('tugas')}>Tugas tim (satu per baris)</label>
          <textarea id={id('tugas')} rows={3} value={draft.tasks} onChange={(e) => setDraft({ ...draft, tasks: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={id('tembusan')}>Tembusan (satu per baris)</label>
          <textarea id={id('tembusan')} rows={3} value={draft.copiesTo} onChange={(e) => setDraft({ ...draft, copiesTo: e.target.value })} />
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>Simpan SK Tim</button>
        {saved ? <button type="button" className="button" onClick={() => onPrint(saved)}>Cetak SK Tim</button> : null}
      </div>
      <ActionError message={error} />
    </section>
  );
}
