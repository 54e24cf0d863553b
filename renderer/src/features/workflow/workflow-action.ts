import type { CallResult } from '../../../../shared/contract/call-result';
import type { CaseWorkflow } from '../../../../shared/workflow/tray';

/**
 * Runs one command of the task panel: on success the panel shows the new state of the run
 * and says what happened; on failure it returns the message and the form keeps everything
 * typed (its draft stays on this PC until a save succeeds).
 */
export type RunAction = (pending: Promise<CallResult<CaseWorkflow>>, successText: string) => Promise<string | null>;
