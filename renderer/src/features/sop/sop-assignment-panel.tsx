import { useState } from 'react';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../../../shared/complaints/complaint-enums';
import type { SopAssignment, SopSummary } from '../../../../shared/sop/sop-records';
import { call } from '../../api/client';
import type { NoticeMessage } from '../../components/notice';

interface AssignmentProps {
  sops: SopSummary[];
  assignment: SopAssignment;
  onSaved(): void;
  onNotice(n: NoticeMessage): void;
}

/** Which SOP a new complaint runs under: the default, and another one for some channels. */
export function SopAssignmentPanel({ sops, assignment, onSaved, onNotice }: AssignmentProps) {
  const [value, setValue] = useState<SopAssignment>(assignment);
  const [saving, setSaving] = useState(false);
  const setChannel = (channel: Channel, code: string) => {
    const channels = { ...value.channels };
    if (code) channels[channel] = code;
    else delete channels[channel];
    setValue({ ...value, channels });
  };

  async function save() {
    setSaving(true);
    const r = await call('sop.setAssignment', value);
    setSaving(false);
    if (!r.ok) return onNotice({ kind: 'error', text: r.error.message });
    onNotice({ kind: 'success', text: 'Pemakaian SOP tersimpan; berlaku untuk pengaduan baru.' });
    onSaved();
  }

  const options = sops.map((s) => <option key={s.code} value={s.code}>{s.title}</option>);
  return (
    <section className="panel" aria-label="Pemakaian SOP">
      <header className="panel__header"><h2>Pemakaian SOP</h2></header>
      {sops.length === 0 ? <p className="muted">Pasang atau impor SOP terlebih dahulu.</p> : (
        <>
          <div className="field">
            <label htmlFor="sop-default">SOP bawaan kantor</label>
            <select id="sop-default" value={value.defaultCode ?? ''} onChange={(e) => setValue({ ...value, defaultCode: e.target.value || null })}>
              <option value="">(belum dipilih)</option>
              {options}
            </select>
          </div>
          <table className="sop-channels">
            <tbody>
              {CHANNELS.map((ch) => (
                <tr key={ch}>
                  <th scope="row"><label htmlFor={`sop-channel-${ch}`}>{CHANNEL_LABELS[ch]}</label></th>
                  <td>
                    <select id={`sop-channel-${ch}`} value={value.channels[ch] ?? ''} onChange={(e) => setChannel(ch, e.target.value)}>
                      <option value="">Sama dengan bawaan</option>
                      {options}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()}>Simpan pemakaian SOP</button>
          </div>
        </>
      )}
    </section>
  );
}
