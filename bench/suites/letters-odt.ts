import type { LetterDocumentData } from '../../electron/documents/letter-document-data';
import { letterSignatureLines } from '../../electron/documents/letter-signature';
import type { LetterBlock, LetterInline, LetterParagraph } from '../../shared/letters/letter-body';
import { formatDay } from '../../shared/time/indonesian-dates';

/**
 * The same letter as a flat OpenDocument text (.fodt), for the LibreOffice side of the
 * letters benchmark: what an office does today is open its Word/Writer template and export
 * a PDF. Equivalent content, built from the same LetterDocumentData: the letterhead (logo,
 * name lines, address, contacts, double rule), the header fields, the addressee, the body
 * with its marks, lists and ruled tables, the signature block, the Tembusan, the QR code
 * with its caption and the paraf table; the same page size, margins and typeface, and
 * "- n -" at the top of page 2 onward. Not a showcase of ODF, just a fair workload.
 */

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const FONT_NAMES = { arial: 'Liberation Sans', times: 'Liberation Serif', bookman: 'TeX Gyre Bonum' } as const;

function spans(content: readonly LetterInline[] | undefined): string {
  return (content ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '<text:line-break/>';
      const marks = new Set((n.marks ?? []).map((m) => m.type));
      const style = `${marks.has('bold') ? 'B' : ''}${marks.has('italic') ? 'I' : ''}${marks.has('underline') ? 'U' : ''}`;
      return style ? `<text:span text:style-name="T${style}">${xml(n.text)}</text:span>` : xml(n.text);
    })
    .join('');
}

const para = (p: LetterParagraph, style = 'Body') => `<text:p text:style-name="${p.attrs?.textAlign === 'center' ? 'Center' : style}">${spans(p.content)}</text:p>`;

function blocks(content: readonly LetterBlock[]): string {
  return content
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return para(b);
        case 'bulletList':
        case 'orderedList':
          return `<text:list text:style-name="${b.type === 'orderedList' ? 'LNum' : 'LBul'}">${b.content.map((item) => `<text:list-item>${blocks(item.content)}</text:list-item>`).join('')}</text:list>`;
        case 'table': {
          const columns = Math.max(...b.content.map((r) => r.content.reduce((n, c) => n + (c.attrs?.colspan ?? 1), 0)));
          const rows = b.content.map((r) => {
            const cells = r.content.map((c) => {
              const span = c.attrs?.colspan ?? 1;
              const style = c.type === 'tableHeader' ? 'CellHead' : 'Cell';
              const covered = '<table:covered-table-cell/>'.repeat(span - 1);
              return `<table:table-cell table:style-name="Ruled"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''} office:value-type="string">${c.content.map((p) => para(p, style)).join('')}</table:table-cell>${covered}`;
            });
            return `<table:table-row>${cells.join('')}</table:table-row>`;
          });
          return `<table:table table:style-name="Tbl"><table:table-column table:number-columns-repeated="${columns}"/>${rows.join('')}</table:table>`;
        }
      }
    })
    .join('\n');
}

const image = (png: Buffer, widthCm: number, heightCm: number) =>
  `<draw:frame draw:style-name="Img" text:anchor-type="as-char" svg:width="${widthCm}cm" svg:height="${heightCm}cm"><draw:image><office:binary-data>${png.toString('base64')}</office:binary-data></draw:image></draw:frame>`;

function letterhead(data: LetterDocumentData, logo: Buffer | null): string {
  const names = data.office.nameLines.map((line, i, all) => `<text:p text:style-name="${i === all.length - 1 ? 'KopName' : 'KopParent'}">${xml(line.toLocaleUpperCase('id-ID'))}</text:p>`);
  const contact = [data.office.phone && `Telepon ${data.office.phone}`, data.office.website && `Laman ${data.office.website}`, data.office.email && `Surel ${data.office.email}`].filter(Boolean).join('  ·  ');
  const text = `${names.join('')}<text:p text:style-name="KopSmall">${xml(data.office.address)}</text:p><text:p text:style-name="KopSmall">${xml(contact)}</text:p>`;
  const logoCell = logo ? `<text:p text:style-name="Center">${image(logo, 2.1, 2.6)}</text:p>` : '<text:p/>';
  return `<table:table table:style-name="Kop"><table:table-column table:style-name="KopSide"/><table:table-column table:style-name="KopMid"/><table:table-column table:style-name="KopSide"/>
<table:table-row><table:table-cell office:value-type="string">${logoCell}</table:table-cell><table:table-cell office:value-type="string">${text}</table:table-cell><table:table-cell office:value-type="string"><text:p/></table:table-cell></table:table-row></table:table>
<text:p text:style-name="Rule"/>`;
}

function fields(rows: readonly [string, string][]): string {
  const body = rows.map(([label, value]) => `<table:table-row><table:table-cell><text:p>${xml(label)}</text:p></table:table-cell><table:table-cell><text:p>:</text:p></table:table-cell><table:table-cell><text:p>${xml(value)}</text:p></table:table-cell></table:table-row>`);
  return `<table:table table:style-name="Fields"><table:table-column table:style-name="FLabel"/><table:table-column table:style-name="FColon"/><table:table-column table:style-name="FValue"/>${body.join('')}</table:table>`;
}

function header(data: LetterDocumentData): string {
  const date = data.date ? formatDay(data.date) : '';
  if (data.kind === 'nota-dinas') {
    return `<text:p text:style-name="Title">NOTA DINAS</text:p><text:p text:style-name="Center">Nomor ${xml(data.number ?? '')}</text:p>
${fields([['Yth.', data.to ?? ''], ['Dari', data.from ?? ''], ['Tembusan', data.copiesTo.join('; ')], ['Tanggal', date], ['Sifat', data.nature], ['Lampiran', data.attachments || '–'], ['Hal', data.subject]])}<text:p text:style-name="Rule"/>`;
  }
  const addressee = data.addressee ?? { name: '', address: [] };
  return `<text:p text:style-name="Right">${xml(data.place ?? 'Palu')}, ${xml(date)}</text:p>
${fields([['Nomor', data.number ?? ''], ['Sifat', data.nature], ['Lampiran', data.attachments || '–'], ['Hal', data.subject]])}
<text:p text:style-name="Body">Yth. ${xml(addressee.name)}</text:p>${addressee.address.map((l) => `<text:p text:style-name="Indent">${xml(l)}</text:p>`).join('')}<text:p text:style-name="Indent">di Tempat</text:p><text:p/>`;
}

function closing(data: LetterDocumentData, qr: Buffer | null): string {
  const lines = letterSignatureLines(data.signer).map((l) => `<text:p text:style-name="Sign">${xml(l)}</text:p>`).join('');
  const signer = data.signer;
  const sign = `${lines}<text:p text:style-name="Sign"/><text:p text:style-name="Sign"/><text:p text:style-name="Sign"/><text:p text:style-name="SignName">${xml(signer.name)}</text:p>${signer.rank ? `<text:p text:style-name="Sign">${xml(signer.rank)}</text:p>` : ''}${signer.nip ? `<text:p text:style-name="Sign">NIP ${xml(signer.nip)}</text:p>` : ''}`;
  const copies = data.kind === 'surat-jawaban' && data.copiesTo.length ? `<text:p text:style-name="Small">Tembusan:</text:p>${data.copiesTo.map((c, i) => `<text:p text:style-name="Small">${i + 1}. ${xml(c)}</text:p>`).join('')}` : '';
  const verification = data.verification && qr ? `<text:p text:style-name="Small">${image(qr, 2.3, 2.3)} ${xml(data.verification.caption)} Kode verifikasi: ${xml(data.verification.code)}</text:p>` : '';
  const parafRows = data.parafs.map((p, i) => `<table:table-row>${[`${i + 1}.`, p.jabatan, p.name, p.at ? p.at.toISOString().slice(0, 10) : ''].map((v) => `<table:table-cell table:style-name="Ruled"><text:p text:style-name="Tiny">${xml(v)}</text:p></table:table-cell>`).join('')}</table:table-row>`);
  const parafs = data.parafs.length ? `<table:table table:style-name="Paraf"><table:table-column table:number-columns-repeated="4"/><table:table-row>${['No', 'Jabatan', 'Paraf', 'Tgl'].map((h) => `<table:table-cell table:style-name="Ruled"><text:p text:style-name="Tiny">${h}</text:p></table:table-cell>`).join('')}</table:table-row>${parafRows.join('')}</table:table>` : '';
  return `${sign}<text:p/>${copies}${verification}${parafs}`;
}

const STYLES = `<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{W}cm" fo:page-height="{H}cm" fo:margin-left="{ML}cm" fo:margin-top="{MT}cm" fo:margin-right="{MR}cm" fo:margin-bottom="{MB}cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style></style:page-layout>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.21cm"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Indent" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.85cm"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="KopParent" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12.5pt"/></style:style>
<style:style style:name="KopName" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="KopSmall" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.5pt solid #000000" fo:padding-bottom="0.05cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="2pt"/></style:style>
<style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:margin-left="8cm" fo:keep-with-next="always"/></style:style>
<style:style style:name="SignName" style:family="paragraph"><style:paragraph-properties fo:margin-left="8cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Tiny" style:family="paragraph"><style:text-properties fo:font-size="7pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="CellHead" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="TI" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="TU" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<style:style style:name="TBI" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{CW}cm" table:align="margins"/></style:style>
<style:style style:name="Paraf" style:family="table"><style:table-properties style:width="9cm" table:align="left"/></style:style>
<style:style style:name="Kop" style:family="table"><style:table-properties style:width="{CW}cm" table:align="margins"/></style:style>
<style:style style:name="KopSide" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
<style:style style:name="KopMid" style:family="table-column"><style:table-column-properties style:column-width="{KM}cm"/></style:style>
<style:style style:name="Fields" style:family="table"><style:table-properties style:width="{CW}cm" table:align="margins"/></style:style>
<style:style style:name="FLabel" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
<style:style style:name="FColon" style:family="table-column"><style:table-column-properties style:column-width="0.3cm"/></style:style>
<style:style style:name="FValue" style:family="table-column"><style:table-column-properties style:column-width="{FV}cm"/></style:style>
<style:style style:name="Ruled" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.07cm"/></style:style>
<style:style style:name="Img" style:family="graphic"><style:graphic-properties style:vertical-pos="middle" style:vertical-rel="line"/></style:style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.64cm" fo:text-indent="-0.64cm" fo:margin-left="0.64cm"/></style:list-level-properties></text:list-level-style-number><text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.28cm" fo:text-indent="-0.64cm" fo:margin-left="1.28cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:list-style style:name="LBul"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.64cm" fo:text-indent="-0.64cm" fo:margin-left="0.64cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>`;

/** The flat ODT of the letter; `qr` and `logo` are PNG images (the QR of `verification.qrText`, the office logo). */
export function letterFodt(data: LetterDocumentData, images: { qr: Buffer | null; logo: Buffer | null }): string {
  const [width, height] = data.paper === 'F4' ? [21.5, 33] : [21, 29.7];
  const [ml, mt, mr, mb] = data.marginsCm ?? [3, 2, 2, 2.5];
  const contentWidth = width - ml - mr;
  const styles = STYLES.replace('{W}', String(width)).replace('{H}', String(height)).replace('{ML}', String(ml)).replace('{MT}', String(mt)).replace('{MR}', String(mr)).replace('{MB}', String(mb))
    .replaceAll('{CW}', contentWidth.toFixed(2)).replace('{KM}', (contentWidth - 4.6).toFixed(2)).replace('{FV}', (contentWidth - 2.5).toFixed(2));
  const font = FONT_NAMES[data.font];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="115%"/><style:text-properties style:font-name="${font}" fo:font-size="11pt" fo:language="id" fo:country="ID"/></style:default-style></office:styles>
${styles}
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:header><text:p text:style-name="Center">- <text:page-number text:select-page="current"/> -</text:p></style:header><style:header-first><text:p/></style:header-first></style:master-page></office:master-styles>
<office:body><office:text>
${letterhead(data, images.logo)}
${header(data)}
${blocks(data.body.content)}
${closing(data, images.qr)}
</office:text></office:body></office:document>
`;
}
