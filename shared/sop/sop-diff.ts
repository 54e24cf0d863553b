import { DURATION_UNIT_LABELS, type SopDefinition, type SopStep, type StandardTime } from './sop-definition';

/** "12 jam", "3 hari kerja", "–" for none: a standard time as the chart's Waktu column prints it. */
export function formatStandardTime(time: StandardTime | null): string {
  return time ? `${time.amount.toLocaleString('id-ID')} ${DURATION_UNIT_LABELS[time.unit]}` : '–';
}

/** "Ya → 5; Tidak → kembali ke 2; Lain → selesai": where a decision's answers lead. */
export function describeDecision(step: SopStep): string {
  if (!step.decision) return '';
  return step.decision.options
    .map((o) => `${o.label} → ${o.goTo === null ? 'selesai' : o.isReturn ? `kembali ke ${o.goTo}` : o.goTo}`)
    .join('; ');
}

function stepFields(step: SopStep): Record<string, string> {
  return {
    kegiatan: step.activity,
    pelaksana: step.actors.join(', '),
    kelengkapan: step.inputs,
    waktu: formatStandardTime(step.standardTime),
    output: step.output,
    jenisOutput: step.outputKind,
    keterangan: step.note,
    berikutnya: step.decision ? describeDecision(step) : step.next === null ? 'selesai' : String(step.next),
  };
}

/**
 * What changed between two versions, field by field, as the audit log records it
 * ("langkah 2.waktu": ["5 menit", "10 menit"]). Steps are matched by number.
 */
export function diffSopDefinitions(before: SopDefinition, after: SopDefinition): Record<string, [string | null, string | null]> {
  const changes: Record<string, [string | null, string | null]> = {};
  const put = (key: string, a: string | null, b: string | null) => {
    if (a !== b) changes[key] = [a, b];
  };
  put('judul', before.title, after.title);
  put('instansi', before.agencyLines.join(' / '), after.agencyLines.join(' / '));
  put('nomorSop', before.sopNumber, after.sopNumber);
  put('tanggalEfektif', before.effectiveDate, after.effectiveDate);
  put('disahkanOleh', before.approvedBy, after.approvedBy);
  put('pelaksana', before.actors.map((a) => a.label).join(', '), after.actors.map((a) => a.label).join(', '));
  const oldSteps = new Map(before.steps.map((s) => [s.no, stepFields(s)]));
  const newSteps = new Map(after.steps.map((s) => [s.no, stepFields(s)]));
  for (const no of new Set([...oldSteps.keys(), ...newSteps.keys()])) {
    const a = oldSteps.get(no);
    const b = newSteps.get(no);
    if (!a || !b) {
      put(`langkah ${no}`, a?.kegiatan ?? null, b?.kegiatan ?? null);
      continue;
    }
    for (const field of Object.keys(a)) put(`langkah ${no}.${field}`, a[field] ?? null, b[field] ?? null);
  }
  return changes;
}
