import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { CallResult } from '../../../../shared/contract/call-result';
import type { FileDownload } from '../../../../shared/contract/file-download';
import { LETTER_KIND_LABELS, type LetterDetail, type MailSettingsView } from '../../../../shared/letters/letter-records';
import { call } from '../../api/client';
import { useApp } from '../../app/app-context';
import { useNavigation } from '../../app/navigation';
import { Field } from '../../components/field';
import { Notice, type NoticeMessage } from '../../components/notice';
import { saveFile } from '../../lib/save-file';
import { printDocument } from '../printing/print-document';

export interface DeliveryFormProps {
  letter: LetterDetail;
  onRecorded(detail: LetterDetail, text: string): void;
}

const failureText = (r: CallResult<unknown>) => (r.ok ? '' : r.error.fields ? `${r.error.message} ${Object.values(r.error.fields).join(' ')}` : r.error.message);

/** One delivery form: its fields, a line of feedback, the button that records it. */
function DeliveryForm({ label, notice, busy, submitLabel, onSubmit, children, extra }: {
  label: string; notice: NoticeMessage | null; busy: boolean; submitLabel: string; onSubmit(): void; children: ReactNode; extra?: ReactNode;
}) {
  return (
    <form className="letter-delivery__form" aria-label={label} noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}>
      <Notice notice={notice} />
      <div className="form-grid">{children}</div>
      <div className="form-actions">
        {extra}
        <button type="submit" className="button button--primary" disabled={busy}>{busy ? 'Menyimpan…' : submitLabel}</button>
      </div>
    </form>
  );
}

/** Shared plumbing of the forms: a busy flag, a notice, and "record this delivery". */
function useDelivery({ letter, onRecorded }: DeliveryFormProps) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const run = async (pending: Promise<CallResult<LetterDetail>>, text: string) => {
    setBusy(true);
    const r = await pending;
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: failureText(r) });
    setNotice(null);
    onRecorded(r.value, text);
  };
  const file = async (pending: Promise<CallResult<FileDownload>>, then: (f: FileDownload) => void) => {
    const r = await pending;
    if (!r.ok) return setNotice({ kind: 'error', text: failureText(r) });
    then(r.value);
    setNotice({ kind: 'info', text: `${r.value.fileName} disiapkan.` });
  };
  const record = (method: 'langsung' | 'pos' | 'publikasi' | 'whatsapp', recipient: string, proof: string, note = '') =>
    run(call('letters.recordDelivery', { id: letter.id, method, recipient, proof, note }), 'Penyampaian surat tercatat.');
  return { busy, notice, setNotice, run, file, record };
}

/** In person: print the tanda terima for the recipient to sign, then record the handover. */
export function HandOverForm(props: DeliveryFormProps) {
  const { letter } = props;
  const d = useDelivery(props);
  const [name, setName] = useState(letter.content.header.addresseeName.replace(/^(Sdr\.|Sdri\.|Bapak|Ibu)\s+/i, ''));
  const [relation, setRelation] = useState<'sendiri' | 'kuasa'>('sendiri');
  const receipt = () => call('letters.deliveryReceipt', { id: letter.id, recipientName: name, relation });
  const printReceipt = async () => {
    const printed = await printDocument({
      documentKind: 'tanda-terima-penyampaian',
      call: 'letters.deliveryReceipt',
      input: { id: letter.id, recipientName: name, relation },
      title: `Tanda terima surat ${letter.number ?? ''}`.trim(),
      reference: letter.number ?? '',
    });
    d.setNotice(printed.ok ? { kind: 'info', text: printed.method === 'pratinjau' ? 'Pratinjau tanda terima dibuka.' : printed.message } : { kind: 'error', text: printed.message });
  };
  return (
    <DeliveryForm label="Diserahkan langsung" notice={d.notice} busy={d.busy} submitLabel="Catat sudah diserahkan"
      onSubmit={() => (name.trim() ? void d.record('langsung', relation === 'kuasa' ? `${name} (kuasa)` : name, `Tanda terima ditandatangani ${name}`) : d.setNotice({ kind: 'error', text: 'Nama penerima wajib diisi.' }))}
      extra={
        <>
          <button type="button" className="button" disabled={!name.trim()} onClick={() => void printReceipt()}>Cetak tanda terima</button>
          <button type="button" className="button" disabled={!name.trim()} onClick={() => void d.file(receipt(), saveFile)}>Unduh tanda terima</button>
        </>
      }>
      <Field id="delivery-name" label="Nama penerima" required>
        <input id="delivery-name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
      </Field>
      <fieldset className="letter-radios" aria-label="Diterima oleh">
        <legend className="wf-legend">Diterima oleh</legend>
        <label className="wf-check"><input type="radio" name="delivery-relation" checked={relation === 'sendiri'} onChange={() => setRelation('sendiri')} /> Pelapor sendiri</label>
        <label className="wf-check"><input type="radio" name="delivery-relation" checked={relation === 'kuasa'} onChange={() => setRelation('kuasa')} /> Kuasanya</label>
      </fieldset>
    </DeliveryForm>
  );
}

/** By e-mail through the office's SMTP account, the signed PDF attached. */
export function EmailForm(props: DeliveryFormProps) {
  const { letter } = props;
  const { office } = useApp();
  const { navigate } = useNavigation();
  const d = useDelivery(props);
  const [mail, setMail] = useState<MailSettingsView | null>(null);
  const [to, setTo] = useState('');
  const [subject, setSubject] = useState(`${LETTER_KIND_LABELS[letter.kind]} nomor ${letter.number ?? ''}`);
  const [message, setMessage] = useState(
    `Dengan hormat,\n\nbersama ini kami sampaikan ${LETTER_KIND_LABELS[letter.kind].toLowerCase()} nomor ${letter.number ?? ''} perihal ${letter.content.header.subject} sebagaimana terlampir.\n\nHormat kami,\n${office.nameLines.at(-1) ?? ''}`,
  );
  useEffect(() => void call('letters.mailSettings', {}).then((r) => r.ok && setMail(r.value)), []);
  const ready = mail && mail.host && mail.fromAddress;
  return (
    <>
      {mail && !ready ? (
        <p className="notice notice--error letter-delivery__setup">
          Server surel kantor belum diatur.{' '}
          <button type="button" className="button button--small" onClick={() => navigate('pengaturan')}>Atur di Pengaturan → Surat</button>
        </p>
      ) : null}
      <DeliveryForm label="Surel" notice={d.notice} busy={d.busy} submitLabel="Kirim surel"
        onSubmit={() => void d.run(call('letters.sendEmail', { id: letter.id, to, subject, message }), `Surel terkirim kepada ${to}.`)}>
        <Field id="delivery-email" label="Kepada (alamat surel)" required>
          <input id="delivery-email" type="email" value={to} maxLength={200} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Field id="delivery-email-subject" label="Judul" required>
          <input id="delivery-email-subject" value={subject} maxLength={300} onChange={(e) => setSubject(e.target.value)} />
        </Field>
        <Field id="delivery-email-message" label="Pesan" wide hint="PDF surat yang ditandatangani dilampirkan otomatis">
          <textarea id="delivery-email-message" rows={6} value={message} maxLength={5000} onChange={(e) => setMessage(e.target.value)} />
        </Field>
      </DeliveryForm>
    </>
  );
}

/** WhatsApp: open the chat with the message (WhatsApp Desktop or Web), attach the PDF, then record it. */
export function WhatsAppForm(props: DeliveryFormProps) {
  const { letter } = props;
  const d = useDelivery(props);
  const [phone, setPhone] = useState('');
  const [message, setMessage] = useState(`Yth. ${letter.content.header.addresseeName || 'Bapak/Ibu'}, bersama ini kami sampaikan surat nomor ${letter.number ?? ''} perihal ${letter.content.header.subject}. PDF surat kami lampirkan.`);
  const [prepared, setPrepared] = useState(false);

  async function prepare() {
    const r = await call('letters.prepareWhatsApp', { id: letter.id, phone, message });
    if (!r.ok) return d.setNotice({ kind: 'error', text: failureText(r) });
    window.open(r.value.url, '_blank', 'noopener');
    saveFile({ fileName: r.value.pdfFileName, mimeType: 'application/pdf', base64: r.value.pdfBase64 });
    setPrepared(true);
    d.setNotice({ kind: 'info', text: `WhatsApp dibuka dan ${r.value.pdfFileName} diunduh: lampirkan PDF itu di percakapan, kirim, lalu tekan "Sudah dikirim".` });
  }

  return (
    <DeliveryForm label="WhatsApp" notice={d.notice} busy={d.busy} submitLabel="Sudah dikirim"
      onSubmit={() => (prepared ? void d.record('whatsapp', phone, 'Dikirim lewat WhatsApp dengan PDF terlampir', message) : void prepare())}
      extra={<button type="button" className="button" onClick={() => void prepare()}>Buka WhatsApp dan unduh PDF</button>}>
      <Field id="delivery-wa-phone" label="Nomor WhatsApp" required hint="Contoh 0812 3456 7890">
        <input id="delivery-wa-phone" inputMode="tel" value={phone} maxLength={20} onChange={(e) => { setPhone(e.target.value); setPrepared(false); }} />
      </Field>
      <Field id="delivery-wa-message" label="Pesan" wide>
        <textarea id="delivery-wa-message" rows={3} value={message} maxLength={3000} onChange={(e) => setMessage(e.target.value)} />
      </Field>
    </DeliveryForm>
  );
}

/** By post or courier: the address and the receipt (resi) number. */
export function PostForm(props: DeliveryFormProps) {
  const h = props.letter.content.header;
  const d = useDelivery(props);
  const [address, setAddress] = useState([h.addresseeName, ...h.addresseeAddress].filter(Boolean).join(', '));
  const [resi, setResi] = useState('');
  const [courier, setCourier] = useState('');
  return (
    <DeliveryForm label="Pos" notice={d.notice} busy={d.busy} submitLabel="Catat pengiriman"
      onSubmit={() => void d.record('pos', address, resi ? `Resi ${resi}` : '', courier)}>
      <Field id="delivery-post-address" label="Dikirim kepada" required wide>
        <input id="delivery-post-address" value={address} maxLength={300} onChange={(e) => setAddress(e.target.value)} />
      </Field>
      <Field id="delivery-post-resi" label="Nomor resi">
        <input id="delivery-post-resi" value={resi} maxLength={100} onChange={(e) => setResi(e.target.value)} />
      </Field>
      <Field id="delivery-post-courier" label="Jasa pengiriman">
        <input id="delivery-post-courier" value={courier} maxLength={100} placeholder="Pos Indonesia, JNE, …" onChange={(e) => setCourier(e.target.value)} />
      </Field>
    </DeliveryForm>
  );
}

/** A public answer (website, press release): PDF and HTML without the complainant's identity, then the address it was published at. */
export function PublicAnswerForm(props: DeliveryFormProps) {
  const { letter } = props;
  const d = useDelivery(props);
  const [url, setUrl] = useState('');
  return (
    <DeliveryForm label="Jawaban publik" notice={d.notice} busy={d.busy} submitLabel="Catat sudah dipublikasikan"
      onSubmit={() => void d.record('publikasi', url, url)}
      extra={
        <>
          <button type="button" className="button" onClick={() => void d.file(call('letters.publicAnswer', { id: letter.id, format: 'pdf' }), saveFile)}>Unduh PDF</button>
          <button type="button" className="button" onClick={() => void d.file(call('letters.publicAnswer', { id: letter.id, format: 'html' }), saveFile)}>Unduh HTML</button>
        </>
      }>
      <p className="field--wide muted">Identitas pelapor (nama, NIK, telepon, surel, alamat) dihapus dari kedua berkas.</p>
      <Field id="delivery-public-url" label="Alamat publikasi (URL)" required wide>
        <input id="delivery-public-url" value={url} maxLength={300} placeholder="https://…" onChange={(e) => setUrl(e.target.value)} />
      </Field>
    </DeliveryForm>
  );
}
