import { useRef, useState } from 'react';
import type { ArchiveEntrySummary, ArchiveLoan } from '../../../../shared/archive/archive-records';
import { lendSchema } from '../../../../shared/archive/archive-schemas';
import { addDays } from '../../../../shared/archive/retention';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { Notice } from '../../components/notice';
import { officeToday } from '../../lib/dates';
import { fieldErrors } from '../../lib/schema-errors';
import { useInitialFocus } from '../complaints/shared/use-initial-focus';

/** Lending the paper folder: who takes it, for what, until when (a week by default). */
export function LendDialog({ entry, onLent, onClose }: { entry: ArchiveEntrySummary; onLent(loan: ArchiveLoan): void; onClose(): void }) {
  const { office, now } = useApp();
  const [borrowerName, setBorrowerName] = useState('');
  const [borrowerUnit, setBorrowerUnit] = useState('');
  const [purpose, setPurpose] = useState('');
  const [dueBack, setDueBack] = useState(addDays(officeToday(now(), office.timeZone), 7));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useInitialFocus(first);

  async function lend() {
    const input = { entryId: entry.id, borrowerName, borrowerUnit, purpose, dueBack };
    const found = fieldErrors(lendSchema, input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const r = await call('archive.lend', input);
    if (!r.ok) {
      setErrors(r.error.fields ?? {});
      return setProblem(r.error.message);
    }
    onLent(r.value);
  }

  return (
    <Modal title={`Pinjamkan berkas ${entry.serialNumber}`} onClose={onClose}
      footer={<div className="form-actions"><button type="button" className="button button--primary" onClick={() => void lend()}>Catat peminjaman</button><button type="button" className="button" onClick={onClose}>Batal</button></div>}>
      <form className="form-grid" onSubmit={(e) => { e.preventDefault(); void lend(); }}>
        <Notice notice={problem ? { kind: 'error', text: problem } : null} onDismiss={() => setProblem(null)} />
        <Field id="lend-name" label="Nama peminjam" required error={errors.borrowerName}>
          <input id="lend-name" ref={first} value={borrowerName} maxLength={120} onChange={(e) => setBorrowerName(e.target.value)} />
        </Field>
        <Field id="lend-unit" label="Unit peminjam" required error={errors.borrowerUnit}>
          <input id="lend-unit" value={borrowerUnit} maxLength={150} onChange={(e) => setBorrowerUnit(e.target.value)} />
        </Field>
        <Field id="lend-purpose" label="Keperluan" required error={errors.purpose} wide>
          <input id="lend-purpose" value={purpose} maxLength={500} onChange={(e) => setPurpose(e.target.value)} />
        </Field>
        <Field id="lend-due" label="Kembali paling lambat" required error={errors.dueBack}>
          <input id="lend-due" type="date" value={dueBack} onChange={(e) => setDueBack(e.target.value)} />
        </Field>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Modal>
  );
}
