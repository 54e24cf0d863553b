import { describeDecision, formatStandardTime } from '../../../../shared/sop/sop-diff';
import type { SopDefinition } from '../../../../shared/sop/sop-definition';
import { OUTPUT_KIND_LABELS } from './sop-labels';

/** The SOP as its swimlane table on screen: the acting actor marked ■, others taking part □. */
export function SopTableView({ sop }: { sop: SopDefinition }) {
  return (
    <div className="table-scroll sop-table">
      <table className="table" aria-label="Langkah SOP">
        <thead>
          <tr>
            <th>No</th>
            <th className="sop-table__activity">Kegiatan</th>
            {sop.actors.map((a) => <th key={a.key} className="sop-table__lane">{a.label.replace(/\/(?=\S)/g, '/ ')}</th>)}
            <th>Kelengkapan</th>
            <th>Waktu</th>
            <th>Output</th>
            <th>Keterangan</th>
          </tr>
        </thead>
        <tbody>
          {sop.steps.map((s, i) => (
            <tr key={s.no}>
              <td>{s.no}</td>
              <td className="sop-table__activity">{s.activity}</td>
              {sop.actors.map((a) => {
                const at = s.actors.indexOf(a.key);
                const mark = at < 0 ? '' : at > 0 ? '□' : s.decision ? '◆' : '■';
                return <td key={a.key} className="sop-table__lane" aria-label={at < 0 ? undefined : at === 0 ? `${a.label} bertindak` : `${a.label} ikut serta`}>{mark}</td>;
              })}
              <td>{s.inputs}</td>
              <td className="sop-table__time">{formatStandardTime(s.standardTime)}</td>
              <td>{s.output}<div className="muted">{OUTPUT_KIND_LABELS[s.outputKind]}</div></td>
              <td>
                {s.note ? <div>{s.note}</div> : null}
                {s.decision ? <div><em>{s.decision.question}</em><br />{describeDecision(s)}</div> : null}
                {!s.decision && s.next === null ? <em>Selesai</em> : null}
                {!s.decision && s.next !== null && s.next !== sop.steps[i + 1]?.no ? <div>Lanjut ke {s.next}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
