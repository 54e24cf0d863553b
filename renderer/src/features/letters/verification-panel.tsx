import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LETTER_KIND_LABELS, type LetterVerification } from '../../../../shared/letters/letter-records';
import { formatLongDay } from '../../../../shared/time/indonesian-dates';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/field';
import { formatMoment, hashPrefix } from './letter-format';

/**
 * "Verifikasi Surat": a code typed from a letter, or the text a QR scanner types
 * ("meja-aduan:surat:…"), answered with the register's record — number, date, subject,
 * signer, the signed version and its hash — or a plain red "Tidak terdaftar".
 */
export function VerificationPanel({ onOpenLetter }: { onOpenLetter(id: number): void }) {
  const { office } = useApp();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<LetterVerification | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function verify(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await call('letters.verify', { code });
    setBusy(false);
    if (!r.ok) {
      setResult(null);
      return setFailure(r.error.fields ? Object.values(r.error.fields).join(' ') : r.error.message);
    }
    setFailure(null);
    setResult(r.value);
    input.current?.select();
  }

  return (
    <section className="panel letter-verify" aria-labelledby="letter-verify-heading">
      <header className="panel__header"><h2 id="letter-verify-heading">Verifikasi Surat</h2></header>
      <p className="muted">Ketik kode verifikasi yang tercetak di bawah kode QR surat, atau pindai kode QR dengan pemindai (hasilnya terketik di kotak ini), lalu tekan Enter.</p>
      <form className="letter-verify__form" onSubmit={verify} aria-label="Periksa kode verifikasi">
        <Field id="verify-code" label="Kode verifikasi" error={failure ?? undefined}>
          <input id="verify-code" ref={input} value={code} maxLength={80} autoComplete="off" spellCheck={false} placeholder="mis. 7K2M9QX4TB" onChange={(e) => setCode(e.target.value)} />
        </Field>
        <button type="submit" className="button button--primary" disabled={busy || !code.trim()}>Periksa <kbd>Enter</kbd></button>
      </form>
      {result ? (
        result.registered ? (
          <div className={`letter-verify__card${result.status === 'dibatalkan' ? ' letter-verify__card--cancelled' : ''}`} role="status" data-testid="verify-result">
            <div className="letter-verify__verdict">{result.status === 'dibatalkan' ? 'Terdaftar — DIBATALKAN' : 'Terdaftar'}</div>
            <dl className="letter-signed__facts">
              <dt>Jenis</dt><dd>{result.kind ? LETTER_KIND_LABELS[result.kind] : '—'}</dd>
              <dt>Nomor</dt><dd>{result.number}</dd>
              <dt>Tanggal</dt><dd>{result.letterDate ? formatLongDay(result.letterDate) : '—'}</dd>
              <dt>Hal</dt><dd>{result.subject}</dd>
              <dt>Penanda tangan</dt><dd>{result.signerName}{result.signerJabatan ? `, ${result.signerJabatan}` : ''}</dd>
              <dt>Ditandatangani</dt><dd>{result.signedAt ? formatMoment(result.signedAt, office.timeZone) : '—'}</dd>
              <dt>Versi</dt><dd>Versi {result.signedVersion} · hash <code title={result.contentHash}>{hashPrefix(result.contentHash)}</code></dd>
              <dt>Status</dt><dd>{result.status === 'dibatalkan' ? `Dibatalkan${result.cancelReason ? `: ${result.cancelReason}` : ''}` : 'Berlaku'}</dd>
            </dl>
            {result.letterId ? <button type="button" className="button button--small" onClick={() => onOpenLetter(result.letterId!)}>Buka surat</button> : null}
          </div>
        ) : (
          <div className="letter-verify__card letter-verify__card--unknown" role="alert" data-testid="verify-result">
            <div className="letter-verify__verdict">Tidak terdaftar</div>
            <p>Kode <code>{result.code}</code> tidak ada dalam register surat kantor ini. Surat dengan kode ini tidak dapat dipastikan keasliannya.</p>
          </div>
        )
      ) : null}
    </section>
  );
}
