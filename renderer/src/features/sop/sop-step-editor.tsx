import {
  DURATION_UNIT_LABELS,
  DURATION_UNITS,
  STEP_OUTPUT_KINDS,
  type DurationUnit,
  type SopDefinition,
  type SopStep,
  type StepOutputKind,
} from '../../../../shared/sop/sop-definition';
import { OUTPUT_KIND_LABELS } from './sop-labels';

interface StepEditorProps {
  sop: SopDefinition;
  index: number;
  onChange(patch: Partial<SopStep>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  onAddAfter(): void;
}

/** The step a select means: a number, or '' for "selesai" (the procedure ends). */
const targetValue = (no: number | null) => (no === null ? '' : String(no));
const parseTarget = (value: string) => (value === '' ? null : Number(value));

function unusedKey(taken: string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`pilihan-${n}`)) n++;
  return `pilihan-${n}`;
}

/** One row of the SOP table in the editor: every column of the chart plus its arrows. */
export function SopStepEditor({ sop, index, onChange, onMove, onRemove, onAddAfter }: StepEditorProps) {
  const step = sop.steps[index]!;
  const id = (field: string) => `sop-step-${index}-${field}`;
  const targets = sop.steps.filter((s) => s.no !== step.no);
  const toggleActor = (key: string, on: boolean) =>
    onChange({ actors: on ? [...step.actors, key] : step.actors.filter((k) => k !== key) });

  return (
    <fieldset className="sop-step" aria-label={`Langkah ${step.no}`}>
      <legend>Langkah {step.no}</legend>
      <div className="sop-step__tools">
        <button type="button" className="button button--small" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Naikkan langkah ${step.no}`}>↑</button>
        <button type="button" className="button button--small" onClick={() => onMove(1)} disabled={index === sop.steps.length - 1} aria-label={`Turunkan langkah ${step.no}`}>↓</button>
        <button type="button" className="button button--small" onClick={onAddAfter}>Sisipkan langkah sesudahnya</button>
        <button type="button" className="button button--small button--danger" onClick={onRemove} disabled={sop.steps.length === 1}>Hapus langkah</button>
      </div>
      <label htmlFor={id('activity')}>Kegiatan</label>
      <textarea id={id('activity')} rows={2} value={step.activity} maxLength={500} onChange={(e) => onChange({ activity: e.target.value })} />
      <div className="sop-step__actors" role="group" aria-label={`Pelaksana langkah ${step.no}`}>
        <span>Pelaksana (yang pertama dicentang bertindak):</span>
        {sop.actors.map((a) => (
          <label key={a.key} className="sop-check">
            <input type="checkbox" checked={step.actors.includes(a.key)} onChange={(e) => toggleActor(a.key, e.target.checked)} /> {a.label}
          </label>
        ))}
      </div>
      <div className="sop-step__grid">
        <div>
          <label htmlFor={id('inputs')}>Kelengkapan</label>
          <input id={id('inputs')} value={step.inputs} maxLength={200} onChange={(e) => onChange({ inputs: e.target.value })} />
        </div>
        <div>
          <label htmlFor={id('time')}>Waktu</label>
          <span className="sop-step__time">
            <input id={id('time')} type="number" min={0} step="any" value={step.standardTime?.amount ?? ''} placeholder="–"
              onChange={(e) => onChange({
                standardTime: e.target.value === '' ? null : { amount: Number(e.target.value), unit: step.standardTime?.unit ?? 'menit', workingTime: step.standardTime?.workingTime ?? true },
              })} />
            <select aria-label={`Satuan waktu langkah ${step.no}`} value={step.standardTime?.unit ?? 'menit'} disabled={!step.standardTime}
              onChange={(e) => step.standardTime && onChange({ standardTime: { ...step.standardTime, unit: e.target.value as DurationUnit } })}>
              {DURATION_UNITS.map((u) => <option key={u} value={u}>{DURATION_UNIT_LABELS[u]}</option>)}
            </select>
          </span>
        </div>
        <div>
          <label htmlFor={id('output')}>Output</label>
          <input id={id('output')} value={step.output} maxLength={200} onChange={(e) => onChange({ output: e.target.value })} />
        </div>
        <div>
          <label htmlFor={id('kind')}>Jenis output</label>
          <select id={id('kind')} value={step.outputKind} onChange={(e) => onChange({ outputKind: e.target.value as StepOutputKind })}>
            {STEP_OUTPUT_KINDS.map((k) => <option key={k} value={k}>{OUTPUT_KIND_LABELS[k]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={id('note')}>Keterangan</label>
          <input id={id('note')} value={step.note} maxLength={300} onChange={(e) => onChange({ note: e.target.value })} />
        </div>
        {step.decision ? null : (
          <div>
            <label htmlFor={id('next')}>Langkah berikutnya</label>
            <select id={id('next')} value={targetValue(step.next)} onChange={(e) => onChange({ next: parseTarget(e.target.value) })}>
              {targets.map((s) => <option key={s.no} value={s.no}>{s.no}. {s.activity.slice(0, 50) || '(belum diisi)'}</option>)}
              <option value="">Selesai (akhir prosedur)</option>
            </select>
          </div>
        )}
      </div>
      <label className="sop-check">
        <input type="checkbox" checked={step.decision !== null}
          onChange={(e) => onChange({
            decision: e.target.checked
              ? { question: '', options: [{ key: 'ya', label: 'Ya', goTo: step.next, isReturn: false }, { key: 'tidak', label: 'Tidak', goTo: targets[0]?.no ?? null, isReturn: true }] }
              : null,
          })} />
        Langkah ini sebuah keputusan
      </label>
      {step.decision ? (
        <div className="sop-step__decision">
          <label htmlFor={id('question')}>Pertanyaan keputusan</label>
          <input id={id('question')} value={step.decision.question} maxLength={200}
            onChange={(e) => onChange({ decision: { ...step.decision!, question: e.target.value } })} />
          {step.decision.options.map((o, j) => {
            const setOption = (patch: Partial<typeof o>) =>
              onChange({ decision: { ...step.decision!, options: step.decision!.options.map((x, k) => (k === j ? { ...x, ...patch } : x)) } });
            return (
              <div className="sop-step__option" key={j}>
                <input aria-label={`Pilihan ${j + 1} langkah ${step.no}`} value={o.label} maxLength={80} onChange={(e) => setOption({ label: e.target.value })} />
                <span aria-hidden>→</span>
                <select aria-label={`Tujuan pilihan ${j + 1} langkah ${step.no}`} value={targetValue(o.goTo)} onChange={(e) => setOption({ goTo: parseTarget(e.target.value) })}>
                  {targets.map((s) => <option key={s.no} value={s.no}>langkah {s.no}</option>)}
                  <option value="">selesai</option>
                </select>
                <label className="sop-check"><input type="checkbox" checked={o.isReturn} onChange={(e) => setOption({ isReturn: e.target.checked })} /> dikembalikan</label>
                <button type="button" className="button button--small button--ghost" disabled={step.decision!.options.length <= 2}
                  onClick={() => onChange({ decision: { ...step.decision!, options: step.decision!.options.filter((_, k) => k !== j) } })}>Hapus</button>
              </div>
            );
          })}
          <button type="button" className="button button--small" disabled={step.decision.options.length >= 5}
            onClick={() => onChange({ decision: { ...step.decision!, options: [...step.decision!.options, { key: unusedKey(step.decision!.options.map((x) => x.key)), label: '', goTo: null, isReturn: false }] } })}>
            Tambah pilihan
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
