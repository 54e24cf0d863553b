import { useEffect, useState } from 'react';
import type { LetterDetail, LetterVersion } from '../../../../shared/letters/letter-records';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Modal } from '../../components/modal';
import { Notice } from '../../components/notice';
import { VERSION_REASON_LABELS, formatMoment } from './letter-format';
import { compareContents, type DiffPart, type DiffRow } from './version-diff';

interface Props {
  letter: LetterDetail;
  left: number;
  right: number;
  positionTitle(id: number | null): string;
  onClose(): void;
}

function Parts({ parts }: { parts: DiffPart[] | null }) {
  if (parts === null) return <span className="diff-absent" aria-label="Tidak ada di versi ini">—</span>;
  if (parts.every((p) => p.text.trim() === '')) return <span className="diff-absent">(kosong)</span>;
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'removed' ? <del key={i} className="diff-del">{p.text}</del> : p.kind === 'added' ? <ins key={i} className="diff-ins">{p.text}</ins> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

function Rows({ rows, labelled }: { rows: DiffRow[]; labelled: boolean }) {
  return (
    <>
      {rows.map((row, i) => (
        <tr key={i} className={row.changed ? 'diff-row diff-row--changed' : 'diff-row'}>
          {labelled ? <th scope="row">{row.label}</th> : null}
          <td><Parts parts={row.left} /></td>
          <td><Parts parts={row.right} /></td>
        </tr>
      ))}
    </>
  );
}

/**
 * Two versions side by side in aligned columns: the header fields, then the body line by
 * line, with deleted words struck through in red on the left and inserted words in green
 * on the right.
 */
export function VersionCompareDialog({ letter, left, right, positionTitle, onClose }: Props) {
  const { office } = useApp();
  const [pair, setPair] = useState<[LetterVersion, LetterVersion] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void Promise.all([call('letters.version', { id: letter.id, version: left }), call('letters.version', { id: letter.id, version: right })]).then(([a, b]) => {
      if (!alive) return;
      if (!a.ok) return setFailure(a.error.message);
      if (!b.ok) return setFailure(b.error.message);
      setPair([a.value, b.value]);
    });
    return () => {
      alive = false;
    };
  }, [letter.id, left, right]);

  const result = pair ? compareContents(letter.kind, pair[0].content, pair[1].content, positionTitle) : null;
  const heading = (v: LetterVersion) => (
    <th scope="col">
      Versi {v.version}
      <div className="cell-sub">{VERSION_REASON_LABELS[v.reason]} · {v.createdBy} · {formatMoment(v.createdAt, office.timeZone)}</div>
    </th>
  );
  return (
    <Modal title={`Bandingkan versi ${left} dan ${right}`} onClose={onClose} wide>
      {failure ? <Notice notice={{ kind: 'error', text: failure }} /> : null}
      {!pair || !result ? (
        failure ? null : <p className="muted">Memuat kedua versi…</p>
      ) : (
        <div className="letter-diff" data-testid="version-compare">
          <p className="letter-diff__summary">
            {result.changes === 0 ? 'Kedua versi sama isinya.' : `${result.changes} baris berubah.`}{' '}
            <span className="letter-diff__legend"><del className="diff-del">dihapus</del> <ins className="diff-ins">ditambahkan</ins></span>
          </p>
          <table className="letter-diff__table" aria-label="Kepala surat">
            <colgroup><col className="letter-diff__label" /><col /><col /></colgroup>
            <thead><tr><th scope="col">Kepala surat</th>{heading(pair[0])}{heading(pair[1])}</tr></thead>
            <tbody><Rows rows={result.header} labelled /></tbody>
          </table>
          <table className="letter-diff__table" aria-label="Isi surat">
            <colgroup><col /><col /></colgroup>
            <thead><tr>{heading(pair[0])}{heading(pair[1])}</tr></thead>
            <tbody><Rows rows={result.body} labelled={false} /></tbody>
          </table>
        </div>
      )}
    </Modal>
  );
}
