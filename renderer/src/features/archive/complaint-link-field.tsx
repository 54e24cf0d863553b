import { useState } from 'react';
import { call } from '../../api/client';
import { Field } from '../../components/field';

export interface LinkedComplaint {
  id: number;
  registerNumber: string;
  subject: string;
}

/**
 * The complaint a document belongs to: fixed when the scan brought it (its QR code), else
 * looked up by register number or tracking code, or left empty for a document of no complaint.
 */
export function ComplaintLinkField({ value, fixed, fixedFrom = 'dari kode QR pindaian', onChange, error }: {
  value: LinkedComplaint | null; fixed: boolean; fixedFrom?: string | undefined; onChange(next: LinkedComplaint | null): void; error?: string;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function look() {
    const query = text.trim();
    if (query.length < 2) return;
    const r = await call('complaints.find', { query });
    if (!r.ok) return setProblem(r.error.message);
    const hit = r.value[0];
    if (!hit || r.value.length > 1 && !hit.matchedBy.startsWith('nomor') && !hit.matchedBy.startsWith('kode')) {
      return setProblem(hit ? 'Lebih dari satu pengaduan cocok; ketik nomor register atau kode pelacakan.' : 'Pengaduan tidak ditemukan.');
    }
    setProblem(null);
    setText('');
    onChange({ id: hit.id, registerNumber: hit.registerNumber, subject: hit.subject });
  }

  if (value) {
    return (
      <Field id="archive-form-complaint" label="Pengaduan" error={error}>
        <div className="archive-complaint" id="archive-form-complaint">
          <span><strong>{value.registerNumber}</strong> · {value.subject}</span>
          {fixed ? <span className="muted"> ({fixedFrom})</span> : (
            <button type="button" className="button button--small button--ghost" onClick={() => onChange(null)}>Lepas</button>
          )}
        </div>
      </Field>
    );
  }
  return (
    <Field id="archive-form-complaint" label="Pengaduan (bila ada)" error={problem ?? error} hint="Nomor register atau kode pelacakan, lalu Enter">
      <input id="archive-form-complaint" value={text} onChange={(e) => setText(e.target.value)} onBlur={() => void look()}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void look(); } }} placeholder="mis. 001/ADU/HM.01/XI/2026" />
    </Field>
  );
}
