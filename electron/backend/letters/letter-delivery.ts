import nodemailer from 'nodemailer';
import type { LetterDetail, WhatsAppDelivery } from '../../../shared/letters/letter-records';
import { AppError } from '../core/app-error';
import type { CallContext } from '../core/call-context';
import type { LetterDocuments } from './letter-documents';
import type { LetterFlow } from './letter-flow';
import type { LetterSettings } from './letter-settings';

/** "0812 3456 7890" → "6281234567890", as wa.me wants it. */
export const whatsAppNumber = (phone: string) => phone.replace(/\D/g, '').replace(/^0/, '62');

/**
 * Sending the signed reply: by e-mail through the office's SMTP account (the PDF attached,
 * the server's message id kept as proof), or prepared for WhatsApp Desktop/Web (the link
 * with the message; the clerk attaches the PDF and then records it).
 */
export class LetterDelivery {
  constructor(
    private readonly settings: LetterSettings,
    private readonly flow: LetterFlow,
    private readonly documents: LetterDocuments,
  ) {}

  async sendEmail(input: { id: number; to: string; subject: string; message: string }, ctx: CallContext): Promise<LetterDetail> {
    // Checked before sending: a message that left cannot be called back when recording it fails.
    await this.flow.requireDeliverable(input.id, ctx);
    const mail = await this.settings.mail();
    if (!mail.host || !mail.fromAddress) throw new AppError('CONFLICT', 'Server surel kantor belum diatur (Pengaturan → Surat → Surel).');
    const { fileName, bytes } = await this.documents.signedPdfBytes(input.id, ctx);
    const transport = nodemailer.createTransport({
      host: mail.host,
      port: mail.port,
      secure: mail.secure,
      ...(mail.username ? { auth: { user: mail.username, pass: mail.password } } : {}),
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    let messageId: string;
    try {
      const info = await transport.sendMail({
        from: mail.fromName ? { name: mail.fromName, address: mail.fromAddress } : mail.fromAddress,
        to: input.to,
        subject: input.subject,
        text: input.message,
        attachments: [{ filename: fileName, content: bytes, contentType: 'application/pdf' }],
      });
      messageId = info.messageId;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new AppError('CONFLICT', `Surel tidak terkirim: ${reason}. Periksa sambungan internet dan pengaturan server surel; tidak ada yang dicatat.`);
    } finally {
      transport.close();
    }
    return this.flow.recordDelivery({ id: input.id, method: 'email', recipient: input.to, proof: `Message-ID ${messageId}`, note: input.subject }, ctx);
  }

  async prepareWhatsApp(input: { id: number; phone: string; message: string }, ctx: CallContext): Promise<WhatsAppDelivery> {
    await this.flow.requireDeliverable(input.id, ctx);
    const { fileName, bytes } = await this.documents.signedPdfBytes(input.id, ctx);
    const number = whatsAppNumber(input.phone);
    return {
      url: `https://wa.me/${number}?text=${encodeURIComponent(input.message)}`,
      message: input.message,
      pdfFileName: fileName,
      pdfBase64: bytes.toString('base64'),
    };
  }
}
