import type { FileDownload } from '../../../shared/contract/file-download';
import { marginsTuple } from '../../../shared/office/document-settings';
import { bodyToPlainText } from '../../../shared/letters/letter-body';
import { LETTER_KIND_LABELS, type LetterContent } from '../../../shared/letters/letter-records';
import { redactIdentity } from '../../../shared/letters/redact-identity';
import { renderDeliveryReceiptPdf } from '../../documents/delivery-receipt-document';
import { renderLetterPdf } from '../../documents/letter-document';
import type { LetterDocumentData, ParafMark } from '../../documents/letter-document-data';
import type { LetterSigner } from '../../documents/letter-signature';
import { renderPublicAnswerHtml, renderPublicAnswerPdf } from '../../documents/public-answer-document';
import { AppError } from '../core/app-error';
import { signedInUser, type CallContext } from '../core/call-context';
import { parseContent } from './letter-content';
import type { LetterService } from './letter-service';
import { deriveSigner } from './letter-signer';
import { routeOf, type LetterRow } from './letter-view';

const pdf = (fileName: string, bytes: Buffer): FileDownload => ({ fileName, mimeType: 'application/pdf', base64: bytes.toString('base64') });

/** "Surat-Jawaban-005-PPM-HM.01-XI-2026.pdf" */
export function letterFileName(row: Pick<LetterRow, 'kind' | 'number' | 'id'>, suffix = ''): string {
  const label = LETTER_KIND_LABELS[row.kind].replace(/\s+/g, '-');
  const number = row.number ? row.number.replace(/[^\p{L}\p{N}.-]+/gu, '-') : `konsep-${row.id}`;
  return `${label}-${number}${suffix}.pdf`;
}

/** The caption beside the QR: where to check it, in words a citizen understands. */
export const verificationCaption = (code: string) =>
  `Keaslian surat ini dapat diperiksa dengan memindai kode QR atau memasukkan kode ${code} pada menu Verifikasi Surat aplikasi Meja Aduan kantor kami.`;

/** The PDFs of a letter: the draft preview, the signed letter, the delivery receipt, the public answer. */
export class LetterDocuments {
  constructor(private readonly letters: LetterService) {}

  /**
   * Paraf marks of the round in route order (the signer does not initial): who initialled
   * which stop and when, an empty box where a paraf is still awaited. The short jabatan is
   * what the paraf column of the agencies' examples prints.
   */
  private async parafs(row: LetterRow): Promise<ParafMark[]> {
    const route = routeOf(row);
    if (route.length < 2) return [];
    const done = await this.letters.db
      .selectFrom('letter_actions')
      .select(['stop_order', 'actor', 'at'])
      .where('letter_id', '=', row.id)
      .where('round', '=', row.round)
      .where('action', 'in', ['ajukan', 'paraf'])
      .execute();
    const ids = route.map((s) => s.positionId).filter((id): id is number => id !== null);
    const short = new Map((await this.letters.db.selectFrom('positions').select(['id', 'short_title']).where('id', 'in', [0, ...ids]).execute()).map((p) => [p.id, p.short_title]));
    return route
      .filter((s) => s.role !== 'penanda-tangan')
      .map((stop) => {
        const mark = done.filter((d) => d.stop_order === stop.order).at(-1);
        return { jabatan: (stop.positionId ? short.get(stop.positionId) : undefined) || stop.actorLabel, name: mark?.actor ?? '', at: mark ? new Date(mark.at) : null };
      });
  }

  private async data(row: LetterRow, content: LetterContent, signed: boolean, ctx: CallContext, fileCopy = false): Promise<LetterDocumentData> {
    const office = await this.letters.office.office();
    const settings = await this.letters.office.documents();
    const signer: LetterSigner =
      signed && row.signer_json
        ? (JSON.parse(row.signer_json) as LetterSigner)
        : await deriveSigner(this.letters.db, this.letters.organisation, content.signing, routeOf(row).at(-1)?.positionId ?? content.signing.signerPositionId, await this.letters.today(ctx));
    const h = content.header;
    // The draft that goes round for wet-ink paraf carries the column; the signed letter only on the file copy, if the office wants it.
    const withParafs = signed ? fileCopy && settings.printParafOnFileCopy : true;
    return {
      kind: row.kind,
      office,
      paper: content.paper,
      marginsCm: marginsTuple(settings.marginsCm),
      letterheadRule: settings.letterheadRule,
      font: content.font,
      number: signed ? row.number : null,
      date: signed ? row.letter_date : null,
      ...(h.place ? { place: h.place } : {}),
      nature: h.nature,
      attachments: h.attachments,
      subject: h.subject,
      to: h.to,
      from: h.from,
      addressee: { name: h.addresseeName, address: h.addresseeAddress },
      copiesTo: h.copiesTo,
      body: content.body,
      signer: { mode: signer.mode, jabatan: signer.jabatan, name: signer.name, ...(signer.onBehalfOf ? { onBehalfOf: signer.onBehalfOf } : {}), ...(signer.intermediate ? { intermediate: signer.intermediate } : {}), ...(signer.rank ? { rank: signer.rank } : {}), ...(signer.nip ? { nip: signer.nip } : {}) },
      parafs: withParafs ? await this.parafs(row) : [],
      ...(signed && row.verification_code
        ? { verification: { code: row.verification_code, qrText: `meja-aduan:surat:${row.verification_code}`, caption: verificationCaption(row.verification_code) } }
        : {}),
      draft: !signed,
      printedAt: ctx.clock.now(),
    };
  }

  /** The draft as it will print (KONSEP across it, no number yet): a version, or the editor's unsaved content. */
  async preview(input: { id: number; version?: number | undefined; content?: LetterContent | undefined }, ctx: CallContext): Promise<FileDownload> {
    signedInUser(ctx);
    const row = await this.letters.row(input.id);
    const content = input.content ?? (input.version ? (await this.letters.version({ id: row.id, version: input.version })).content : parseContent(row.content_json));
    return pdf(letterFileName(row, '-pratinjau'), await renderLetterPdf(await this.data(row, content, false, ctx)));
  }

  private async signedRow(id: number): Promise<LetterRow> {
    const row = await this.letters.row(id);
    if (!row.number || !row.letter_date) throw new AppError('CONFLICT', 'Surat belum ditandatangani; gunakan pratinjau konsep.');
    return row;
  }

  /**
   * The signed letter: number, date, verification QR, printed from the signed version. The
   * file copy (arsip) carries the paraf column when the document settings say so.
   */
  async signedPdf(id: number, ctx: CallContext, fileCopy = false): Promise<FileDownload> {
    signedInUser(ctx);
    const row = await this.signedRow(id);
    const signed = row.signed_version ? await this.letters.version({ id: row.id, version: row.signed_version }) : null;
    const content = signed?.content ?? parseContent(row.content_json);
    return pdf(letterFileName(row, fileCopy ? '-arsip' : ''), await renderLetterPdf(await this.data(row, content, true, ctx, fileCopy)));
  }

  async signedPdfBytes(id: number, ctx: CallContext): Promise<{ fileName: string; bytes: Buffer }> {
    const file = await this.signedPdf(id, ctx);
    return { fileName: file.fileName, bytes: Buffer.from(file.base64, 'base64') };
  }

  async deliveryReceipt(input: { id: number; recipientName: string; relation: 'sendiri' | 'kuasa' }, ctx: CallContext): Promise<FileDownload> {
    const row = await this.signedRow(input.id);
    const content = parseContent(row.content_json);
    const complaint = await this.letters.db.selectFrom('complaints').select('register_number').where('id', '=', row.complaint_id).executeTakeFirstOrThrow();
    const office = await this.letters.office.letterheadOffice();
    const bytes = await renderDeliveryReceiptPdf({
      office, paper: content.paper, letterNumber: row.number ?? '', letterDate: row.letter_date ?? '', subject: content.header.subject,
      complaintRegisterNumber: complaint.register_number, recipientName: input.recipientName, relation: input.relation,
      addressee: content.header.addresseeName || content.header.to, handedOverBy: ctx.actor, handedOverAt: ctx.clock.now(),
    });
    return pdf(letterFileName(row, '-tanda-terima'), bytes);
  }

  async publicAnswer(input: { id: number; format: 'pdf' | 'html' }, ctx: CallContext): Promise<FileDownload> {
    const row = await this.signedRow(input.id);
    const content = parseContent(row.content_json);
    const c = await this.letters.db
      .selectFrom('complaints')
      .select(['tracking_code', 'complainant_name', 'complainant_nik', 'complainant_phone', 'complainant_email', 'complainant_address'])
      .where('id', '=', row.complaint_id)
      .executeTakeFirstOrThrow();
    const identity = { name: c.complainant_name, nik: c.complainant_nik, phone: c.complainant_phone, email: c.complainant_email, address: c.complainant_address };
    const signer = JSON.parse(row.signer_json ?? '{}') as Partial<LetterSigner>;
    const acting = signer.mode === 'plt' ? 'Plt. ' : signer.mode === 'plh' ? 'Plh. ' : '';
    const data = {
      office: await this.letters.office.letterheadOffice(),
      paper: content.paper,
      trackingCode: c.tracking_code,
      letterNumber: row.number ?? '',
      letterDate: row.letter_date ?? '',
      subject: redactIdentity(content.header.subject, identity),
      paragraphs: bodyToPlainText(content.body).split('\n').map((p) => redactIdentity(p, identity)),
      signerJabatan: `${acting}${signer.jabatan ?? ''}`,
      publishedAt: ctx.clock.now(),
    };
    if (input.format === 'html') {
      const name = letterFileName(row, '-jawaban-publik').replace(/\.pdf$/, '.html');
      return { fileName: name, mimeType: 'text/html;charset=utf-8', base64: Buffer.from(renderPublicAnswerHtml(data), 'utf8').toString('base64') };
    }
    return pdf(letterFileName(row, '-jawaban-publik'), await renderPublicAnswerPdf(data));
  }
}
