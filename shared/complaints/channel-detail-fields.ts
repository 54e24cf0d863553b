import type { ChannelDetails } from './complaint';
import type { Channel } from './complaint-enums';

/** The facts each channel carries: what the intake form asks and the case page shows. */
export const CHANNEL_DETAIL_FIELDS: Record<Channel, (keyof ChannelDetails)[]> = {
  langsung: [],
  telepon: ['fromNumber'],
  surat: ['letterNumber', 'letterDate', 'letterSender', 'letterReceivedDate', 'agendaNumber'],
  kotak: [],
  email: ['fromAddress'],
  whatsapp: ['fromNumber'],
  sms: ['fromNumber'],
  media_sosial: ['socialPlatform', 'socialAccount', 'socialLink'],
  website: ['websiteLink'],
  lapor: ['laporTrackingId'],
};
