import { CHANNEL_DETAIL_FIELDS } from '../../../../../shared/complaints/channel-detail-fields';
import type { ChannelDetails, ComplaintDetail } from '../../../../../shared/complaints/complaint';
import { CHANNEL_LABELS, COMPLAINT_FORM_LABELS } from '../../../../../shared/complaints/complaint-enums';
import { formatDay } from '../../../../../shared/time/indonesian-dates';
import { CaseSection, Facts } from './case-section';

type DetailKey = keyof ChannelDetails;

const DETAIL_LABELS: Record<DetailKey, string> = {
  letterNumber: 'Nomor surat',
  letterDate: 'Tanggal surat',
  letterSender: 'Pengirim surat',
  letterReceivedDate: 'Tanggal surat diterima',
  agendaNumber: 'Nomor agenda',
  socialPlatform: 'Platform',
  socialAccount: 'Akun pengirim',
  socialLink: 'Tautan unggahan',
  laporTrackingId: 'Nomor tiket SP4N-LAPOR!',
  fromAddress: 'Alamat surel pengirim',
  fromNumber: 'Nomor pengirim',
  websiteLink: 'Tautan',
};

const CHANNEL_FIELDS = CHANNEL_DETAIL_FIELDS;

const DATE_FIELDS: DetailKey[] = ['letterDate', 'letterReceivedDate'];

/** "Saluran": how the complaint came in, with the facts of its channel (a letter's agenda number, a LAPOR! ticket…). */
export function ChannelSection({ detail }: { detail: ComplaintDetail }) {
  const details = detail.channelDetails;
  const expected = CHANNEL_FIELDS[detail.channel];
  // Facts of another channel (e.g. a sender's number on a letter) are shown too, after the expected ones.
  const extra = (Object.keys(details) as DetailKey[]).filter((k) => !expected.includes(k) && details[k]);
  const value = (k: DetailKey) => {
    const v = details[k] ?? '';
    return v && DATE_FIELDS.includes(k) ? formatDay(v) : v;
  };
  return (
    <CaseSection id="case-channel" title="Saluran">
      <Facts
        items={[
          ['Saluran', CHANNEL_LABELS[detail.channel]],
          ['Bentuk', COMPLAINT_FORM_LABELS[detail.form]],
          ...(detail.channel === 'langsung' || detail.guestVisitId !== null
            ? ([['Kunjungan buku tamu', detail.guestVisitId !== null ? `Kunjungan no. ${detail.guestVisitId}` : 'Tidak tertaut ke buku tamu']] as [string, string][])
            : []),
          ...[...expected, ...extra].map((k): [string, string] => [DETAIL_LABELS[k], value(k)]),
        ]}
      />
    </CaseSection>
  );
}
