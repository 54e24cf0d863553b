/** 'auto' follows the suggested visit until the clerk picks one (or none) themselves. */
export type VisitChoice = 'auto' | 'none' | number;

/** The unsaved consultation note of one complaint, kept on this PC until it is saved. */
export interface ConsultationDraft {
  note: string;
  visit: VisitChoice;
}

export const EMPTY_CONSULTATION_DRAFT: ConsultationDraft = { note: '', visit: 'auto' };

/** Where the unsaved note of one complaint is kept in local storage. */
export const consultationDraftKey = (complaintId: number) => `meja.draft.consultation.${complaintId}`;

/** True when this PC holds an unsaved consultation note for the complaint. */
export function hasConsultationDraft(complaintId: number): boolean {
  try {
    const raw = localStorage.getItem(consultationDraftKey(complaintId));
    return raw !== null && ((JSON.parse(raw) as Partial<ConsultationDraft>).note ?? '').trim() !== '';
  } catch {
    return false;
  }
}
