import type { Kysely, Selectable } from 'kysely';
import { paragraphsToBody } from '../../../shared/letters/letter-body';
import type { SessionUser } from '../../../shared/accounts/account';
import { maskName } from '../../../shared/complaints/identity-mask';
import type { LetterContent, LetterFontChoice, LetterKind } from '../../../shared/letters/letter-records';
import type { OfficeSettings } from '../../../shared/office/office-settings';
import type { SopDefinition } from '../../../shared/sop/sop-definition';
import { formatDay, officeDayOf } from '../../../shared/time/indonesian-dates';
import type { Database } from '../../db/database-schema';
import { letterStepNos } from './letter-route';
import type { StoredRouteStop } from './letter-route';

/**
 * The first draft of a letter, filled in from its complaint so the drafter only writes the
 * answer itself: addressee, subject, the reference to the complaint (date and register
 * number) and, for a nota dinas, the telaah's conclusion.
 */

export type DraftComplaintRow = Pick<
  Selectable<Database['complaints']>,
  'id' | 'register_number' | 'subject' | 'received_at' | 'privacy' | 'complainant_name' | 'complainant_address'
>;

const positionTitle = async (db: Kysely<Database>, id: number | null) =>
  id ? ((await db.selectFrom('positions').select('title').where('id', '=', id).executeTakeFirst())?.title ?? '') : '';

/** Nota dinas Yth.: the position of the first actor after the letter steps who is not on the route (seed 002: Divisi terkait). */
async function notaAddressee(db: Kysely<Database>, definition: SopDefinition | null, route: readonly StoredRouteStop[], mapping: Map<string, number[]>) {
  if (!definition) return '';
  const last = Math.max(0, ...letterStepNos(definition, 'nota-dinas'));
  const onRoute = new Set(route.map((s) => s.actorKey));
  for (const step of definition.steps.filter((s) => s.no > last).sort((a, b) => a.no - b.no)) {
    for (const key of step.actors) {
      const actor = definition.actors.find((a) => a.key === key);
      if (actor?.kind !== 'jabatan' || onRoute.has(key)) continue;
      return (await positionTitle(db, mapping.get(key)?.[0] ?? null)) || actor.label;
    }
  }
  return '';
}

function addressLines(address: string): string[] {
  return address
    .split(/\n|,(?=\s*(?:Kel\.|Kec\.|Kelurahan|Kecamatan|Kab\.|Kabupaten|Kota|RT|Desa))/i)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 4);
}

/**
 * The addressee of a reply: the complainant as the drafter may see him. A confidential
 * identity is written in only for a drafter allowed to open it (the caller records that as
 * a reveal); anyone else gets the masked name, and the address is left for someone who may.
 */
function addressee(complaint: DraftComplaintRow, user: SessionUser): { name: string; address: string[]; revealed: boolean } {
  if (complaint.privacy === 'anonim' || complaint.complainant_name.trim() === '') return { name: 'Pelapor', address: [], revealed: false };
  const mayOpen = user.isAdmin || user.permissions.includes('lihat-identitas-rahasia');
  if (complaint.privacy === 'rahasia' && !mayOpen) return { name: `Sdr. ${maskName(complaint.complainant_name)}`, address: ['(alamat dirahasiakan)'], revealed: false };
  return { name: `Sdr. ${complaint.complainant_name.trim()}`, address: addressLines(complaint.complainant_address), revealed: complaint.privacy === 'rahasia' };
}

export async function firstDraft(
  db: Kysely<Database>,
  kind: LetterKind,
  complaint: DraftComplaintRow,
  route: readonly StoredRouteStop[],
  context: { office: OfficeSettings; font: LetterFontChoice; definition: SopDefinition | null; mapping: Map<string, number[]>; user: SessionUser },
): Promise<{ content: LetterContent; revealedIdentity: boolean }> {
  const signer = route.at(-1) ?? null;
  const received = formatDay(officeDayOf(complaint.received_at, context.office.timeZone));
  const reference = `pengaduan tanggal ${received} dengan nomor register ${complaint.register_number} perihal ${complaint.subject}`;
  const telaah = await db
    .selectFrom('workflow_telaah')
    .select(['analysis', 'recommendation'])
    .where('complaint_id', '=', complaint.id)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const to = kind === 'surat-jawaban' ? addressee(complaint, context.user) : { name: '', address: [], revealed: false };

  const body =
    kind === 'nota-dinas'
      ? [
          `Sehubungan dengan ${reference}, dengan hormat kami sampaikan hal-hal sebagai berikut:`,
          ...(telaah?.analysis ? [`Hasil telaah: ${telaah.analysis}`] : []),
          ...(telaah?.recommendation ? [`Saran tindak lanjut: ${telaah.recommendation}`] : []),
          'Sehubungan dengan hal tersebut, mohon kiranya pengaduan dimaksud dapat ditindaklanjuti dan hasilnya disampaikan kepada kami.',
          'Demikian disampaikan, atas perhatiannya diucapkan terima kasih.',
        ]
      : [
          `Menindaklanjuti ${reference.replace(/^pengaduan/, 'pengaduan Saudara')}, dengan ini kami sampaikan hal-hal sebagai berikut:`,
          '',
          'Demikian kami sampaikan, atas perhatian Saudara kami ucapkan terima kasih.',
        ];

  const content: LetterContent = {
    header: {
      to: kind === 'nota-dinas' ? await notaAddressee(db, context.definition, route, context.mapping) : '',
      from: kind === 'nota-dinas' ? await positionTitle(db, signer?.positionId ?? null) : '',
      addresseeName: to.name,
      addresseeAddress: to.address,
      copiesTo: [],
      nature: 'Biasa',
      attachments: '',
      subject: `${kind === 'nota-dinas' ? 'Tindak lanjut pengaduan' : 'Jawaban atas pengaduan'} ${complaint.subject}`.slice(0, 300),
      place: '',
    },
    body: paragraphsToBody(body),
    signing: { mode: 'langsung', signerPositionId: signer?.positionId ?? null, onBehalfOfPositionId: null, intermediatePositionId: null },
    paper: context.office.paperSize,
    font: context.font,
  };
  return { content, revealedIdentity: to.revealed };
}
