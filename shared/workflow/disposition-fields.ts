/**
 * The fields of a lembar disposisi (DOMAIN.md): its urgency (sifat) and the instruction
 * boxes a leader ticks. Shared by the disposition form, the engine and the printed slip.
 */
export const DISPOSITION_URGENCIES = ['sangat-segera', 'segera', 'rahasia', 'biasa'] as const;
export type DispositionUrgency = (typeof DISPOSITION_URGENCIES)[number];

export const DISPOSITION_URGENCY_LABELS: Record<DispositionUrgency, string> = {
  'sangat-segera': 'Sangat Segera',
  segera: 'Segera',
  rahasia: 'Rahasia',
  biasa: 'Biasa',
};

/** The tick boxes of "Dengan hormat harap"; free text goes beside them. */
export const DISPOSITION_INSTRUCTIONS = [
  'tanggapan-dan-saran',
  'proses-lebih-lanjut',
  'koordinasi-konfirmasikan',
  'untuk-diketahui',
] as const;
export type DispositionInstruction = (typeof DISPOSITION_INSTRUCTIONS)[number];

export const DISPOSITION_INSTRUCTION_LABELS: Record<DispositionInstruction, string> = {
  'tanggapan-dan-saran': 'Tanggapan dan saran',
  'proses-lebih-lanjut': 'Proses lebih lanjut',
  'koordinasi-konfirmasikan': 'Koordinasi/konfirmasikan',
  'untuk-diketahui': 'Untuk diketahui',
};

/**
 * Sifat as a deadline (DOMAIN.md, time rules): "sangat segera" the same day (24 hours),
 * "segera" 2 × 24 hours; "biasa" and "rahasia" follow the step's standard time.
 */
export const DISPOSITION_URGENCY_HOURS: Partial<Record<DispositionUrgency, number>> = {
  'sangat-segera': 24,
  segera: 48,
};
