import { useLocalDraft } from '../../lib/use-local-draft';

/**
 * A form of the task panel (disposition, telaah, SK Tim, a return's reason) kept on this PC
 * per complaint and step until it is saved: a leader called away mid-sentence finds it
 * again, and a refused save leaves it as it was.
 */
export function useWorkflowDraft<T>(form: string, complaintId: number, stepNo: number, initial: T) {
  return useLocalDraft<T>(workflowDraftKey(form, complaintId, stepNo), initial);
}

export const workflowDraftKey = (form: string, complaintId: number, stepNo: number) =>
  `meja.draft.workflow.${form}.${complaintId}.${stepNo}`;
