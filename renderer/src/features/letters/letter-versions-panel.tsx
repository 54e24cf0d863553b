import { useState } from 'react';
import type { LetterDetail } from '../../../../shared/letters/letter-records';
import { useApp } from '../../app/app-context';
import { VERSION_REASON_LABELS, formatMoment, hashPrefix } from './letter-format';
import { VersionCompareDialog } from './version-compare-dialog';

/**
 * Every version of the letter (newest first) with why it was made, by whom, when and its
 * content hash; two of them can be compared side by side. The latest two are preselected,
 * which is what a reviewer usually wants: "what changed since I returned it?".
 */
export function LetterVersionsPanel({ letter, positionTitle }: { letter: LetterDetail; positionTitle(id: number | null): string }) {
  const { office } = useApp();
  const versions = [...letter.versions].reverse();
  const [left, setLeft] = useState<number | null>(versions[1]?.version ?? null);
  const [right, setRight] = useState<number | null>(versions[0]?.version ?? null);
  const [comparing, setComparing] = useState(false);

  if (versions.length === 0) return <p className="muted">Belum ada versi: versi pertama dibuat saat konsep diajukan untuk paraf.</p>;
  const pick = (id: string, label: string, value: number | null, set: (v: number) => void) => (
    <span className="letter-compare__pick">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}
      </select>
    </span>
  );
  return (
    <div className="letter-versions">
      <table className="table letter-versions__table" aria-label="Versi surat">
        <thead>
          <tr><th>Versi</th><th>Keterangan</th><th>Oleh dan waktu</th><th>Hash</th></tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} data-version={v.version}>
              <td className="nowrap"><strong>{v.version}</strong>{v.version === letter.signedVersion ? <span className="badge letter-badge--signed">ditandatangani</span> : null}</td>
              <td>
                {VERSION_REASON_LABELS[v.reason]}
                {v.note ? <div className="cell-sub">{v.note}</div> : null}
              </td>
              <td>
                {v.createdBy}
                <div className="cell-sub">{formatMoment(v.createdAt, office.timeZone)}</div>
              </td>
              <td><code title={v.contentHash}>{hashPrefix(v.contentHash)}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 ? (
        <div className="letter-compare" role="group" aria-label="Bandingkan versi">
          {pick('letter-compare-left', 'Versi', left, setLeft)}
          {pick('letter-compare-right', 'dengan versi', right, setRight)}
          <button type="button" className="button button--small" disabled={left === null || right === null || left === right} onClick={() => setComparing(true)}>
            Bandingkan
          </button>
        </div>
      ) : null}
      {comparing && left !== null && right !== null ? (
        <VersionCompareDialog letter={letter} left={Math.min(left, right)} right={Math.max(left, right)} positionTitle={positionTitle} onClose={() => setComparing(false)} />
      ) : null}
    </div>
  );
}
