import { CHANNEL_LABELS, SOCIAL_PLATFORMS, type Channel } from '../../../../../shared/complaints/complaint-enums';
import { Field } from '../../../components/field';
import { IntakeInput, intakeFieldId, type FieldBinding } from './intake-field';
import type { ChannelDetailValues } from './intake-form-values';

interface Props extends FieldBinding {
  channel: Channel;
  values: ChannelDetailValues;
  onChange(key: keyof ChannelDetailValues, value: string): void;
}

/**
 * The facts only one channel has: a letter's number and agenda, the platform and account
 * of a social-media post, the SP4N-LAPOR! ticket, the sender's address or number.
 * Required marks follow the rules of complaintIntakeSchema.
 */
export function ChannelDetailsFields({ channel, values, onChange, ...binding }: Props) {
  const bind = (key: keyof ChannelDetailValues) => ({
    ...binding,
    path: `channelDetails.${key}`,
    value: values[key],
    onValue: (v: string) => onChange(key, v),
  });

  const fields = (() => {
    switch (channel) {
      case 'surat':
        return (
          <>
            <IntakeInput {...bind('letterNumber')} label="Nomor surat" required maxLength={100} />
            <IntakeInput {...bind('letterDate')} label="Tanggal surat" type="date" required maxLength={10} />
            <IntakeInput {...bind('letterSender')} label="Pengirim surat" required maxLength={200} wide
              hint="Nama orang atau lembaga seperti tertulis di surat" />
            <IntakeInput {...bind('letterReceivedDate')} label="Tanggal diterima" type="date" required maxLength={10} />
            <IntakeInput {...bind('agendaNumber')} label="Nomor agenda" maxLength={60} hint="Dari buku agenda surat masuk" />
          </>
        );
      case 'media_sosial': {
        const id = intakeFieldId('channelDetails.socialPlatform');
        const error = binding.errors['channelDetails.socialPlatform'];
        return (
          <>
            <Field id={id} label="Platform" required error={error}>
              <select id={id} value={values.socialPlatform} onChange={(e) => onChange('socialPlatform', e.target.value)}
                onBlur={() => binding.onBlurField('channelDetails.socialPlatform')} aria-invalid={!!error}>
                <option value="">— pilih platform —</option>
                {SOCIAL_PLATFORMS.map((p) => (
                  <option key={p} value={p}>{p}</option>
                ))}
              </select>
            </Field>
            <IntakeInput {...bind('socialAccount')} label="Akun pengirim" required maxLength={120} placeholder="@nama_akun" />
            <IntakeInput {...bind('socialLink')} label="Tautan unggahan" type="url" maxLength={500} wide placeholder="https://…" />
          </>
        );
      }
      case 'lapor':
        return (
          <IntakeInput {...bind('laporTrackingId')} label="Nomor tiket SP4N-LAPOR!" required maxLength={40}
            hint="Satu tiket hanya dapat dicatat sekali di register" />
        );
      case 'email':
        return <IntakeInput {...bind('fromAddress')} label="Alamat surel pengirim" type="email" required maxLength={120} wide />;
      case 'whatsapp':
      case 'sms':
        return <IntakeInput {...bind('fromNumber')} label="Nomor pengirim" type="tel" inputMode="tel" required maxLength={30}
          hint="Juga dipakai sebagai telepon pelapor" />;
      case 'telepon':
        return <IntakeInput {...bind('fromNumber')} label="Nomor penelepon" type="tel" inputMode="tel" maxLength={30}
          hint="Juga dipakai sebagai telepon pelapor" />;
      case 'website':
        return <IntakeInput {...bind('websiteLink')} label="Tautan laporan di situs web" type="url" maxLength={500} wide placeholder="https://…" />;
      default:
        return null;
    }
  })();

  if (!fields) return null;
  return (
    <div className="form-grid channel-details" role="group" aria-label={`Data ${CHANNEL_LABELS[channel]}`}>
      {fields}
    </div>
  );
}
