import { CHANNEL_DETAIL_FIELDS } from '../../../../../shared/complaints/channel-detail-fields';
import type { Channel, ComplaintForm, ComplaintKind, Privacy } from '../../../../../shared/complaints/complaint-enums';
import type { ComplaintIntakeInput } from '../../../../../shared/complaints/complaint-schemas';

/** An attachment already accepted by the main process, known by its content hash. */
export interface UploadedFile {
  sha256: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/** The visit a complaint was started from, kept to say so on screen after a reload. */
export interface GuestOrigin {
  id: number;
  name: string;
  timeIn: string;
}

/**
 * The intake form as the clerk typed it: every field a string (an empty select is ''),
 * so a draft written to this PC reads back exactly. `toIntakeInput` turns it into the
 * call's input; the shared schema then judges it in the form and in the main process.
 */
export interface IntakeFormValues {
  channel: Channel | '';
  form: ComplaintForm | '';
  kind: ComplaintKind;
  categoryId: string;
  subject: string;
  description: string;
  requestedAction: string;
  unitComplained: string;
  eventPlace: string;
  eventDate: string;
  privacy: Privacy;
  complainant: { name: string; nik: string; phone: string; email: string; address: string };
  channelDetails: {
    letterNumber: string;
    letterDate: string;
    letterSender: string;
    letterReceivedDate: string;
    agendaNumber: string;
    socialPlatform: string;
    socialAccount: string;
    socialLink: string;
    laporTrackingId: string;
    fromAddress: string;
    fromNumber: string;
    websiteLink: string;
  };
  guest: GuestOrigin | null;
  settledAtCounter: boolean;
  counterAnswer: string;
  attachments: UploadedFile[];
  relatedIds: number[];
}

export type ComplainantValues = IntakeFormValues['complainant'];
export type ChannelDetailValues = IntakeFormValues['channelDetails'];

export const EMPTY_CHANNEL_DETAILS: ChannelDetailValues = {
  letterNumber: '', letterDate: '', letterSender: '', letterReceivedDate: '', agendaNumber: '',
  socialPlatform: '', socialAccount: '', socialLink: '', laporTrackingId: '', fromAddress: '', fromNumber: '', websiteLink: '',
};

export const EMPTY_INTAKE_FORM: IntakeFormValues = {
  channel: '',
  form: '',
  kind: 'pengaduan',
  categoryId: '',
  subject: '',
  description: '',
  requestedAction: '',
  unitComplained: '',
  eventPlace: '',
  eventDate: '',
  privacy: 'biasa',
  complainant: { name: '', nik: '', phone: '', email: '', address: '' },
  channelDetails: EMPTY_CHANNEL_DETAILS,
  guest: null,
  settledAtCounter: false,
  counterAnswer: '',
  attachments: [],
  relatedIds: [],
};

/**
 * Oral by default where the complainant speaks (at the counter, on the phone), written
 * where a text arrives; the clerk can still switch.
 */
export const DEFAULT_FORM_OF_CHANNEL: Record<Channel, ComplaintForm> = {
  langsung: 'lisan',
  telepon: 'lisan',
  surat: 'tertulis',
  kotak: 'tertulis',
  email: 'tertulis',
  whatsapp: 'tertulis',
  sms: 'tertulis',
  media_sosial: 'tertulis',
  website: 'tertulis',
  lapor: 'tertulis',
};

export const DETAILS_OF_CHANNEL = CHANNEL_DETAIL_FIELDS;

/**
 * The call's input. Fields of other channels are dropped (a letter number typed before
 * the clerk switched to e-mail is not a fact of this complaint), and so is an identity
 * of an anonymous complainant, which the form also clears when Anonim is chosen.
 * An unchosen channel or form is sent as it is so the schema names what is missing.
 */
export function toIntakeInput(v: IntakeFormValues): ComplaintIntakeInput {
  const shown = v.channel ? DETAILS_OF_CHANNEL[v.channel] : [];
  const details = { ...EMPTY_CHANNEL_DETAILS };
  for (const key of shown) details[key] = v.channelDetails[key];
  const anonymous = v.privacy === 'anonim';
  const settled = v.form === 'lisan' && v.settledAtCounter;
  return {
    channel: v.channel as Channel,
    form: v.form as ComplaintForm,
    kind: v.kind,
    categoryId: v.categoryId === '' ? null : Number(v.categoryId),
    subject: v.subject,
    description: v.description,
    requestedAction: v.requestedAction,
    unitComplained: v.unitComplained,
    eventPlace: v.eventPlace,
    eventDate: v.eventDate,
    privacy: v.privacy,
    complainant: anonymous
      ? { name: '', nik: '', address: '', phone: v.complainant.phone, email: v.complainant.email }
      : v.complainant,
    channelDetails: details,
    // An anonymous complaint is not tied to the guest book, whose visit names the visitor.
    guestVisitId: anonymous ? null : (v.guest?.id ?? null),
    settledAtCounter: settled,
    counterAnswer: settled ? v.counterAnswer : '',
    attachmentIds: v.attachments.map((a) => a.sha256),
    attachmentNames: v.attachments.map((a) => a.fileName),
    relatedIds: v.relatedIds,
  };
}

/** True when emptying the form would throw away something the clerk typed or attached. */
export function hasContent(v: IntakeFormValues): boolean {
  const texts = [
    v.subject, v.description, v.requestedAction, v.unitComplained, v.eventPlace, v.eventDate, v.counterAnswer,
    ...Object.values(v.complainant), ...Object.values(v.channelDetails),
  ];
  return texts.some((t) => t.trim() !== '') || v.attachments.length > 0 || v.guest !== null;
}

/**
 * A draft read back from this PC's storage, completed with today's defaults: drafts
 * written by an older version may lack a field, and the nested groups are merged so
 * one missing key does not leave an input uncontrolled.
 */
export function completeDraft(stored: Partial<IntakeFormValues>): IntakeFormValues {
  return {
    ...EMPTY_INTAKE_FORM,
    ...stored,
    complainant: { ...EMPTY_INTAKE_FORM.complainant, ...stored.complainant },
    channelDetails: { ...EMPTY_CHANNEL_DETAILS, ...stored.channelDetails },
    attachments: Array.isArray(stored.attachments) ? stored.attachments : [],
    relatedIds: Array.isArray(stored.relatedIds) ? stored.relatedIds : [],
  };
}
