import { IntakeTextArea, type FieldBinding } from './intake-field';

interface Props extends FieldBinding {
  settled: boolean;
  answer: string;
  onSettled(settled: boolean): void;
  onAnswer(answer: string): void;
}

/**
 * Seed 003 step 5: an oral complaint answered on the spot is recorded with the answer
 * given and closed in the same save, so the register still counts it.
 */
export function CounterSettlementFields({ settled, answer, onSettled, onAnswer, ...binding }: Props) {
  const error = binding.errors.settledAtCounter;
  return (
    <section className={`intake-section intake-settle${settled ? ' intake-settle--on' : ''}`} aria-label="Penyelesaian di loket">
      <label className="check">
        <input type="checkbox" id="intake-settledAtCounter" checked={settled} onChange={(e) => onSettled(e.target.checked)} />
        <span>
          <strong>Selesai di loket</strong>
          <span className="check__hint"> — pengaduan lisan ini sudah dijawab langsung; dicatat dan ditutup sekaligus</span>
        </span>
      </label>
      {error ? <div className="field__error" role="alert">{error}</div> : null}
      {settled ? (
        <div className="form-grid">
          <IntakeTextArea {...binding} path="counterAnswer" label="Jawaban yang diberikan" required rows={3} maxLength={5000}
            value={answer} onValue={onAnswer} hint="Tuliskan jawaban atau penjelasan yang disampaikan kepada pelapor" />
        </div>
      ) : null}
    </section>
  );
}
