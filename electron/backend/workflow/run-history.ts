import { DISPOSITION_URGENCY_LABELS } from '../../../shared/workflow/disposition-fields';
import type { RunEvent } from '../../../shared/workflow/run-events';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import { findStep } from '../../../shared/workflow/sop-navigation';
import type { WorkflowHistoryEntry } from '../../../shared/workflow/tray';

/** A run's events as the case page and the progress desk list them, in plain Indonesian. */
export function runHistory(definition: SopDefinition, title: string, events: readonly RunEvent[], positionName: (id: number) => string): WorkflowHistoryEntry[] {
  const optionLabel = (stepNo: number, key: string | null) =>
    key ? findStep(definition, stepNo)?.decision?.options.find((o) => o.key === key)?.label ?? key : null;
  const withNotes = (text: string, notes: string) => (notes ? `${text}. Catatan: ${notes}` : text);
  return events.map((e) => {
    let text: string;
    switch (e.type) {
      case 'started':
        text = `Masuk alur SOP ${title} (versi ${e.sopVersion}), mulai langkah ${e.stepNo}`;
        break;
      case 'task-read':
        text = `Langkah ${e.stepNo} dibuka${e.positionId ? ` oleh ${positionName(e.positionId)}` : ''}`;
        break;
      case 'step-completed': {
        const option = optionLabel(e.stepNo, e.optionKey);
        const to = e.toStepNo === null ? 'alur selesai' : `diteruskan ke langkah ${e.toStepNo}`;
        const who = e.onBehalfOfPublic ? ' (dicatat atas nama pelapor)' : '';
        text = withNotes(`Langkah ${e.stepNo} selesai${who}${option ? ` — ${option}` : ''}${e.closedEarly ? ' (ditutup lebih awal oleh pemberi disposisi)' : ''}; ${to}`, e.notes);
        break;
      }
      case 'part-done':
        text = withNotes(
          e.declinedReason
            ? `${positionName(e.positionId)} mengembalikan bagiannya pada langkah ${e.stepNo}: ${e.declinedReason}`
            : `${positionName(e.positionId)} menyelesaikan bagiannya pada langkah ${e.stepNo}`,
          e.notes,
        );
        break;
      case 'disposed':
        text = withNotes(
          `Langkah ${e.stepNo}: didisposisikan kepada ${e.recipients.map(positionName).join(', ')} (${DISPOSITION_URGENCY_LABELS[e.urgency]})`,
          e.notes,
        );
        break;
      case 'returned':
        text = `Langkah ${e.stepNo} dikembalikan ke langkah ${e.toStepNo}: ${e.reason}`;
        break;
      case 'paused':
        text = `Jam proses dihentikan sementara: ${e.reason}`;
        break;
      case 'resumed':
        text = 'Jam proses dilanjutkan';
        break;
      case 'returned-above':
        text = `Dikembalikan ke tingkat atas karena bukan kewenangan: ${e.reason}`;
        break;
      case 'finished':
        text = 'Alur SOP selesai';
        break;
      case 'reopened':
        text = `Dibuka kembali pada langkah ${e.stepNo}: ${e.reason}`;
        break;
    }
    return { at: e.at, text, by: e.by.name };
  });
}
