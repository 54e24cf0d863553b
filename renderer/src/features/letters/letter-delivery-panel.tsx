import { useState, type ComponentType } from 'react';
import { DELIVERY_METHODS, DELIVERY_METHOD_LABELS, type DeliveryMethod, type LetterDetail } from '../../../../shared/letters/letter-records';
import { useApp } from '../../app/app-context';
import { EmailForm, HandOverForm, PostForm, PublicAnswerForm, WhatsAppForm, type DeliveryFormProps } from './delivery-forms';
import { formatMoment } from './letter-format';

const FORMS: Record<DeliveryMethod, ComponentType<DeliveryFormProps>> = {
  langsung: HandOverForm,
  email: EmailForm,
  whatsapp: WhatsAppForm,
  pos: PostForm,
  publikasi: PublicAnswerForm,
};

/**
 * "Penyampaian": how the signed letter reached its addressee — in person with a tanda
 * terima, e-mail, WhatsApp, post, or a public answer — and every delivery recorded so far
 * with its date, recipient and proof. Recording one moves the complaint on.
 */
export function LetterDeliveryPanel({ letter, onRecorded }: { letter: LetterDetail; onRecorded(detail: LetterDetail, text: string): void }) {
  const { office } = useApp();
  const [method, setMethod] = useState<DeliveryMethod>('langsung');
  const Form = FORMS[method];
  return (
    <section className="panel letter-delivery" aria-labelledby="letter-delivery-heading">
      <header className="panel__header">
        <h2 id="letter-delivery-heading">Penyampaian</h2>
        <span className="badge">{letter.deliveries.length === 0 ? 'belum disampaikan' : `${letter.deliveries.length} kali disampaikan`}</span>
      </header>
      {letter.deliveries.length > 0 ? (
        <table className="table letter-deliveries" aria-label="Penyampaian tercatat">
          <thead><tr><th>Cara</th><th>Waktu</th><th>Penerima</th><th>Bukti</th><th>Dicatat oleh</th></tr></thead>
          <tbody>
            {letter.deliveries.map((d) => (
              <tr key={d.id}>
                <td>{DELIVERY_METHOD_LABELS[d.method]}</td>
                <td className="nowrap">{formatMoment(d.deliveredAt, office.timeZone)}</td>
                <td>{d.recipient}</td>
                <td>{d.proof || '—'}{d.note ? <div className="cell-sub">{d.note}</div> : null}</td>
                <td>{d.recordedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {letter.allowed.deliver ? (
        <>
          <div className="letter-radios letter-delivery__methods" role="radiogroup" aria-label="Cara penyampaian">
            {DELIVERY_METHODS.map((m) => (
              <label key={m} className={`letter-method${m === method ? ' letter-method--on' : ''}`}>
                <input type="radio" name="delivery-method" checked={m === method} onChange={() => setMethod(m)} />
                {DELIVERY_METHOD_LABELS[m]}
              </label>
            ))}
          </div>
          <Form key={method} letter={letter} onRecorded={onRecorded} />
        </>
      ) : null}
    </section>
  );
}
