import { useCallback, useMemo, useRef, useState } from 'react';
import type { Channel, ComplaintForm, ComplaintKind, Privacy } from '../../../../../shared/complaints/complaint-enums';
import { complaintIntakeSchema } from '../../../../../shared/complaints/complaint-schemas';
import { fieldErrors } from '../../../lib/schema-errors';
import { useLocalDraft } from '../../../lib/use-local-draft';
import {
  DEFAULT_FORM_OF_CHANNEL,
  EMPTY_INTAKE_FORM,
  completeDraft,
  toIntakeInput,
  type ChannelDetailValues,
  type ComplainantValues,
  type IntakeFormValues,
  type UploadedFile,
} from './intake-form-values';

/** Where the draft of the complaint being typed lives on this PC. */
export const COMPLAINT_DRAFT_KEY = 'meja.draft.complaint';

type ContentKey = 'categoryId' | 'subject' | 'description' | 'requestedAction' | 'unitComplained' | 'eventPlace' | 'eventDate';

const valueAt = (v: IntakeFormValues, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), v);

/**
 * The state of the intake form: the values (written to this PC as a draft on every
 * change), the shared schema's verdict, and which messages to show — a field's message
 * once the clerk typed in it and left, every message after a save attempt, as in the
 * guest book. Server messages sit on the field they name until that field changes.
 */
export function useIntakeForm() {
  const [raw, setRaw, clearDraft] = useLocalDraft<IntakeFormValues>(COMPLAINT_DRAFT_KEY, EMPTY_INTAKE_FORM);
  const values = useMemo(() => completeDraft(raw), [raw]);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  // The identity typed before Anonim was chosen: kept in memory only (never in the
  // draft), so a mistaken click can be undone without storing what anonymity removes.
  const identityStash = useRef<{ identity: Pick<ComplainantValues, 'name' | 'nik' | 'address'>; guest: IntakeFormValues['guest'] } | null>(null);

  const update = useCallback(
    (fn: (v: IntakeFormValues) => IntakeFormValues, ...paths: string[]) => {
      setRaw((prev) => fn(completeDraft(prev)));
      if (paths.length > 0) {
        setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !paths.some((p) => k === p || k.startsWith(p + '.')))));
      }
    },
    [setRaw],
  );

  const input = useMemo(() => toIntakeInput(values), [values]);
  const localErrors = useMemo(() => fieldErrors(complaintIntakeSchema, input), [input]);
  const typed = (path: string) => touched.has(path) && String(valueAt(values, path) ?? '') !== '';
  const errors: Record<string, string> = Object.fromEntries(
    Object.entries({ ...localErrors, ...serverErrors }).filter(([path]) => submitted || path in serverErrors || typed(path)),
  );

  return {
    values,
    input,
    errors,
    localErrors,
    onBlurField: (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path))),
    markSubmitted: () => setSubmitted(true),
    setServerErrors,
    replace: (next: IntakeFormValues) => {
      identityStash.current = null;
      setServerErrors({});
      setRaw(next);
    },

    setChannel: (channel: Channel) =>
      update((v) => (v.channel === channel ? v : { ...v, channel, form: DEFAULT_FORM_OF_CHANNEL[channel] }), 'channel', 'form', 'channelDetails'),
    setForm: (form: ComplaintForm) => update((v) => ({ ...v, form }), 'form', 'settledAtCounter'),
    setKind: (kind: ComplaintKind) => update((v) => ({ ...v, kind }), 'kind'),
    setContent: (key: ContentKey, value: string) => update((v) => ({ ...v, [key]: value }), key),

    // Computed from the values on screen rather than in an updater: it also moves the
    // identity in and out of the stash, which must happen exactly once per click.
    setPrivacy: (privacy: Privacy) => {
      const c = values.complainant;
      let complainant = c;
      let guest = values.guest;
      if (privacy === 'anonim' && values.privacy !== 'anonim') {
        // The guest-book visit names the visitor, so an anonymous complaint is not linked to it.
        if (c.name || c.nik || c.address || guest) identityStash.current = { identity: { name: c.name, nik: c.nik, address: c.address }, guest };
        complainant = { ...c, name: '', nik: '', address: '' };
        guest = null;
      } else if (privacy !== 'anonim' && values.privacy === 'anonim' && identityStash.current && !c.name && !c.nik && !c.address) {
        complainant = { ...c, ...identityStash.current.identity };
        guest = identityStash.current.guest;
        identityStash.current = null;
      }
      update(() => ({ ...values, privacy, complainant, guest }), 'complainant', 'privacy');
    },

    setComplainant: (key: keyof ComplainantValues, value: string) =>
      update((v) => ({ ...v, complainant: { ...v.complainant, [key]: value } }), `complainant.${key}`),

    /**
     * A sender's number or address is usually the complainant's contact too: while the
     * contact field still follows it (empty or equal), it is kept in step.
     */
    setDetail: (key: keyof ChannelDetailValues, value: string) =>
      update((v) => {
        const details = { ...v.channelDetails, [key]: value };
        const c = { ...v.complainant };
        if (key === 'fromNumber' && c.phone === v.channelDetails.fromNumber) c.phone = value;
        if (key === 'fromAddress' && c.email === v.channelDetails.fromAddress) c.email = value;
        return { ...v, channelDetails: details, complainant: c };
      }, `channelDetails.${key}`, 'complainant.phone', 'complainant.email'),

    setSettled: (settledAtCounter: boolean) => update((v) => ({ ...v, settledAtCounter }), 'settledAtCounter', 'counterAnswer'),
    setCounterAnswer: (counterAnswer: string) => update((v) => ({ ...v, counterAnswer }), 'counterAnswer'),
    toggleRelated: (id: number, linked: boolean) =>
      update((v) => ({ ...v, relatedIds: linked ? [...new Set([...v.relatedIds, id])] : v.relatedIds.filter((r) => r !== id) }), 'relatedIds'),
    addAttachment: (file: UploadedFile) =>
      update((v) => (v.attachments.some((a) => a.sha256 === file.sha256) ? v : { ...v, attachments: [...v.attachments, file] }), 'attachmentIds'),
    removeAttachment: (sha256: string) =>
      update((v) => ({ ...v, attachments: v.attachments.filter((a) => a.sha256 !== sha256) }), 'attachmentIds'),

    /** Empties the form and forgets its draft, for the next complainant. */
    reset: () => {
      clearDraft();
      identityStash.current = null;
      setTouched(new Set());
      setSubmitted(false);
      setServerErrors({});
    },
  };
}
