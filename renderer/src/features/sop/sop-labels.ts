import type { ActorKind, StepOutputKind } from '../../../../shared/sop/sop-definition';

export const OUTPUT_KIND_LABELS: Record<StepOutputKind, string> = {
  catatan: 'Catatan',
  disposisi: 'Lembar disposisi',
  telaah: 'Telaahan',
  'nota-dinas': 'Nota dinas',
  'surat-jawaban': 'Surat jawaban',
  'sk-tim': 'SK Tim',
  'tanda-terima': 'Tanda terima',
  'catatan-konsultasi': 'Catatan konsultasi',
  'penyampaian-jawaban': 'Penyampaian jawaban',
  arsip: 'Arsip',
};

/** What an actor column asks of the office's mapping, as its badge says. */
export const ACTOR_MAPPING_KIND_LABELS: Record<ActorKind, string> = {
  jabatan: 'Jabatan · wajib',
  publik: 'Publik · opsional',
  sistem: 'Sistem · tidak dipetakan',
};

/** The warning on an SOP whose `jabatan` actors are not all mapped: its complaints do not start running. */
export function unmappedWarning(count: number): string {
  return `Belum dapat dipakai: ${count} pelaksana belum dipetakan`;
}
