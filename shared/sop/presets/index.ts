import type { Channel } from '../../complaints/complaint-enums';
import { sopDefinitionSchema, type SopDefinition } from '../sop-definition';
import { SOP_000_KEMENKO_POLHUKAM } from './sop-000-kemenko-polhukam';
import { SOP_001_LAPOR } from './sop-001-lapor';
import { SOP_002_KEMENKUMHAM_BABEL } from './sop-002-kemenkumham-babel';
import { SOP_003_DINAS_KUKM_SULTENG } from './sop-003-dinas-kukm-sulteng';
import { SOP_004_IMIGRASI_BELAKANG_PADANG } from './sop-004-imigrasi-belakang-padang';

/** One of the five seed SOPs the application ships, ready to install in an office. */
export interface SopPreset {
  /** The seed's number ("001"), as DOMAIN.md and the seeds folder name it. */
  id: string;
  /** One line for the list: whose SOP it is and what it covers. */
  summary: string;
  /** Channels this SOP was written for: offered as their assignment when it is installed. */
  suggestedChannels: readonly Channel[];
  definition: SopDefinition;
}

// Parsed once here so every preset carries its defaults exactly as a saved SOP would.
const preset = (id: string, summary: string, suggestedChannels: readonly Channel[], raw: unknown): SopPreset => ({
  id, summary, suggestedChannels, definition: sopDefinitionSchema.parse(raw),
});

export const SOP_PRESETS: readonly SopPreset[] = [
  preset('000', 'Kemenko Polhukam: masyarakat menanyakan progres pengaduan', [], SOP_000_KEMENKO_POLHUKAM),
  preset('001', 'Biro Komunikasi dan Pelayanan Publik: pengaduan melalui SP4N-LAPOR!', ['lapor'], SOP_001_LAPOR),
  preset('002', 'Kanwil Kemenkumham Kep. Bangka Belitung: nota dinas naik, jawaban turun', [], SOP_002_KEMENKUMHAM_BABEL),
  preset('003', 'Dinas Koperasi dan UKM Sulawesi Tengah: buku tamu, lisan atau tertulis, surat jawaban', [], SOP_003_DINAS_KUKM_SULTENG),
  preset('004', 'Kantor Imigrasi Belakang Padang: pengaduan via media sosial dan SMS', ['media_sosial', 'sms'], SOP_004_IMIGRASI_BELAKANG_PADANG),
];

export function findSopPreset(id: string): SopPreset | undefined {
  return SOP_PRESETS.find((p) => p.id === id);
}
