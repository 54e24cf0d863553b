import type { Kysely } from 'kysely';
import type { CallResult } from '../../../shared/contract/call-result';
import { bodyToPlainText, paragraphsToBody } from '../../../shared/letters/letter-body';
import type { LetterDetail } from '../../../shared/letters/letter-records';
import type { Database } from '../../db/database-schema';
import type { ManualClock } from '../core/clock';
import type { Dispatch } from '../core/dispatcher';

/**
 * Two reply letters in the demo office (seed 003), drafted by the Kepala Bidang Koperasi for
 * complaints the Kepala Dinas disposed to him: one waiting for the Kepala Dinas' paraf, one
 * initialled, signed by the Sekretaris, numbered and handed over at the counter. Every
 * action goes through the dispatcher as the official who takes it, so the SOP runs, the
 * trays and the complaints' statuses move with the letters as they would in the office.
 */

/** Answers that read right whatever the demo complaint was about (the runs picked depend on the demo's dates). */
const ANSWERS: string[][] = [
  [
    'Berdasarkan hasil penelaahan bidang terkait, permasalahan yang Saudara sampaikan telah kami periksa bersama pihak yang bersangkutan.',
    'Penyelesaiannya dijadwalkan paling lambat pada minggu kedua Desember 2026, dan hasilnya akan kami sampaikan kepada Saudara.',
    'Apabila dalam waktu tersebut permasalahan belum selesai, Saudara dapat menghubungi petugas pelayanan pada jam kerja.',
  ],
  [
    'Berdasarkan hasil klarifikasi dengan pihak terkait, permasalahan yang Saudara sampaikan telah kami tindak lanjuti.',
    'Kami telah meminta pihak terkait memperbaiki prosedur pelayanannya agar kejadian serupa tidak terulang.',
  ],
];

const CLOSING = 'Demikian kami sampaikan, atas perhatian Saudara kami ucapkan terima kasih.';

export async function seedDemoLetters(
  dispatch: Dispatch,
  db: Kysely<Database>,
  clock: ManualClock,
  now: Date,
  session: (username: string) => Promise<string>,
): Promise<void> {
  const positions = await db.selectFrom('positions').select(['id', 'short_title']).execute();
  const pos = (title: string) => positions.find((p) => p.short_title === title)?.id ?? 0;
  // The two runs furthest along before the draft reply (seed 003 steps 6–8), brought to the Bidang Koperasi.
  const candidates = await db
    .selectFrom('workflow_tasks')
    .select(['complaint_id', 'step_no', 'position_id'])
    .where('step_no', 'in', [6, 7, 8])
    .where('done_at', 'is', null)
    .orderBy('step_no', 'desc')
    .orderBy('complaint_id')
    .execute();
  const picked = [...new Map(candidates.map((c) => [c.complaint_id, c])).values()].filter((c) => c.step_no < 8 || c.position_id === pos('Kabid Koperasi')).slice(0, 2);
  if (picked.length === 0) return;

  // Sessions opened at today's time: the seed clock replays the past, so they never go idle.
  clock.set(now);
  const tokens = new Map<string, string>();
  for (const user of ['kasubag.umum', 'kadis', 'kabid.koperasi', 'sekretaris', 'petugas']) tokens.set(user, await session(user));
  const call = async <T>(user: string, name: string, input: unknown): Promise<T | null> => {
    const result = (await dispatch(name, { input, session: tokens.get(user) })) as CallResult<T>;
    return result.ok ? result.value : null;
  };
  const at = (minutesAgo: number) => clock.set(new Date(now.getTime() - minutesAgo * 60_000));

  for (const [i, { complaint_id: complaintId, step_no: stepNo }] of picked.entries()) {
    const delivered = i === 1;
    at(delivered ? 7 * 60 : 150);
    if (stepNo === 6) await call('kasubag.umum', 'workflow.dispose', { complaintId, stepNo: 6, recipients: [pos('Kadis')], instructions: ['untuk-diketahui'] });
    at(delivered ? 6 * 60 + 30 : 120);
    if (stepNo <= 7) {
      await call('kadis', 'workflow.dispose', {
        complaintId, stepNo: 7, recipients: [pos('Kabid Koperasi')], urgency: 'segera', instructions: ['tanggapan-dan-saran', 'proses-lebih-lanjut'],
        note: 'Siapkan surat jawaban kepada pelapor.',
      });
    }
    at(delivered ? 6 * 60 : 90);
    const created = await call<LetterDetail>('kabid.koperasi', 'letters.create', { complaintId, kind: 'surat-jawaban' });
    if (!created) continue;
    // Keep the filled-in opening ("Menindaklanjuti pengaduan Saudara tanggal …"), write the answer.
    const [opening = ''] = bodyToPlainText(created.content.body).split('\n');
    // Seed 003: the Sekretaris signs as PPID, on behalf of the Kepala Dinas.
    const content = { ...created.content, signing: { ...created.content.signing, mode: 'an' as const }, body: paragraphsToBody([opening, ...(ANSWERS[i] ?? []), CLOSING]) };
    at(delivered ? 5 * 60 + 40 : 75);
    await call('kabid.koperasi', 'letters.saveDraft', { id: created.id, content, savedAt: created.savedAt });
    at(delivered ? 5 * 60 + 30 : 60);
    let letter = await call<LetterDetail>('kabid.koperasi', 'letters.submit', { id: created.id, note: 'Mohon koreksi dan paraf.' });
    if (!letter || !delivered) continue;
    at(4 * 60);
    letter = await call<LetterDetail>('kadis', 'letters.paraf', { id: letter.id, version: letter.currentVersion, note: 'Setuju.' });
    if (!letter) continue;
    at(3 * 60);
    letter = await call<LetterDetail>('sekretaris', 'letters.sign', { id: letter.id, version: letter.currentVersion });
    if (!letter) continue;
    at(60);
    await call('petugas', 'letters.recordDelivery', {
      id: letter.id, method: 'langsung', recipient: letter.content.header.addresseeName.replace(/^Sdr\. /, ''),
      proof: 'Tanda terima ditandatangani penerima', note: 'Diserahkan di loket pelayanan.',
    });
  }
  clock.set(now);
}
