import type { LetterBlock, LetterInline, LetterParagraph } from '../../shared/letters/letter-body';
import { formatDate, formatDay } from '../../shared/time/indonesian-dates';
import { orderedMarker } from './letter-body-content';
import type { PublicAnswerData } from './public-answer-document';

/**
 * The public answer as one HTML page for the office's website: complete (doctype, lang,
 * charset), self-contained (styles inline, the logo as a data URL, no link, script, font
 * or image from elsewhere, so it can be pasted into any CMS and works offline), and every
 * text escaped, so a "<" in a complaint never becomes markup.
 */

export const PUBLIC_ANSWER_TITLE = 'JAWABAN ATAS PENGADUAN MASYARAKAT';
export const PUBLIC_ANSWER_NOTE =
  'Identitas pelapor dirahasiakan sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. ' +
  'Pelapor dapat mengenali pengaduannya dari kode pelacakan di atas.';

/** "Kode pelacakan … · Surat Nomor … tanggal …", the line under the title (PDF and HTML). */
export function publicAnswerReference(data: Pick<PublicAnswerData, 'trackingCode' | 'letterNumber' | 'letterDate'>): string {
  return [
    data.trackingCode && `Kode pelacakan ${data.trackingCode}`,
    data.letterNumber && `Surat Nomor ${data.letterNumber}${data.letterDate ? ` tanggal ${formatDay(data.letterDate)}` : ''}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Only a PNG or JPEG data URL from the settings (the schema allows nothing else) becomes an <img>. */
const SAFE_LOGO = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;

function inline(content: readonly LetterInline[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>';
      let html = escapeHtml(node.text);
      const marks = new Set((node.marks ?? []).map((m) => m.type));
      if (marks.has('bold')) html = `<strong>${html}</strong>`;
      if (marks.has('italic')) html = `<em>${html}</em>`;
      if (marks.has('underline')) html = `<u>${html}</u>`;
      return html;
    })
    .join('');
}

function paragraph(p: LetterParagraph): string {
  const align = p.attrs?.textAlign;
  return `<p${align && align !== 'justify' ? ` style="text-align:${align}"` : ''}>${inline(p.content)}</p>`;
}

/** Ordered lists spell their markers out (1., a., 1)) as the printed letter does, rather than trusting CSS counters. */
function blocks(content: readonly LetterBlock[], depth: number): string {
  return content
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return paragraph(block);
        case 'bulletList':
          return `<ul>${block.content.map((item) => `<li>${blocks(item.content, depth + 1)}</li>`).join('')}</ul>`;
        case 'orderedList': {
          const start = block.attrs?.start ?? 1;
          const items = block.content.map(
            (item, i) => `<li><span class="marker">${escapeHtml(orderedMarker(start - 1 + i, depth))}</span><div>${blocks(item.content, depth + 1)}</div></li>`,
          );
          return `<ol>${items.join('')}</ol>`;
        }
        case 'table': {
          const rows = block.content.map((row) => {
            const cells = row.content.map((cell) => {
              const tag = cell.type === 'tableHeader' ? 'th' : 'td';
              const span = [cell.attrs?.colspan && cell.attrs.colspan > 1 ? ` colspan="${cell.attrs.colspan}"` : '', cell.attrs?.rowspan && cell.attrs.rowspan > 1 ? ` rowspan="${cell.attrs.rowspan}"` : ''].join('');
              return `<${tag}${span}>${cell.content.map(paragraph).join('')}</${tag}>`;
            });
            return `<tr>${cells.join('')}</tr>`;
          });
          return `<table>${rows.join('')}</table>`;
        }
      }
    })
    .join('\n');
}

const STYLE = [
  'body{font-family:Arial,"Liberation Sans",Helvetica,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a;background:#fff}',
  'header{display:flex;align-items:center;gap:1rem;border-bottom:4px double #222;padding-bottom:.6rem}',
  'header img{width:64px;height:auto}header .names{flex:1;text-align:center;text-transform:uppercase}header .office{font-size:1.15rem;font-weight:bold}',
  'header .contact{font-size:.8rem;text-transform:none}',
  'h1{font-size:1.15rem;text-align:center;margin:1.5rem 0 .2rem}.ref{text-align:center;color:#555;font-size:.9rem;margin-top:0}',
  'p{text-align:justify;margin:.4rem 0}ol,ul{margin:.4rem 0;padding-left:1.6rem}ol{list-style:none;padding-left:0}',
  'ol>li{display:flex;gap:.4rem}ol>li>.marker{min-width:1.6rem}ol>li>div{flex:1}li p{margin:0 0 .3rem}',
  'table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.95rem}th,td{border:1px solid #444;padding:.2rem .4rem;text-align:left;vertical-align:top}th{background:#eee}',
  'th p,td p{margin:0;text-align:left}.signed{margin:1.5rem 0 0 50%}.note{font-size:.8rem;color:#555;font-style:italic;margin-top:2rem}',
].join('\n');

/** A complete page with no external resource, ready to paste into the office's website. */
export function renderPublicAnswerHtml(data: PublicAnswerData): string {
  const names = data.office.nameLines.filter((l) => l.trim());
  const last = names.length - 1;
  const nameHtml = names.map((line, i) => `<div${i === last ? ' class="office"' : ''}>${escapeHtml(line)}</div>`).join('');
  const contact = [data.office.address, data.office.phone && `Telepon ${data.office.phone}`, data.office.website && `Laman ${data.office.website}`, data.office.email && `Surel ${data.office.email}`]
    .filter(Boolean)
    .map((s) => escapeHtml(String(s)))
    .join(' · ');
  const logo = SAFE_LOGO.test(data.office.logoDataUrl) ? `<img src="${data.office.logoDataUrl}" alt="Logo ${escapeHtml(names[last] ?? '')}">` : '';
  const body = data.body
    ? blocks(data.body.content, 0)
    : data.paragraphs.filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n');
  const signed = [`Diterbitkan ${formatDate(data.publishedAt, data.office.timeZone)}`, data.signerJabatan.trim(), names[last] ?? '']
    .filter(Boolean)
    .map(escapeHtml)
    .join('<br>');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(PUBLIC_ANSWER_TITLE)} — ${escapeHtml(data.trackingCode)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<header>${logo}<div class="names">${nameHtml}<div class="contact">${contact}</div></div></header>
<main>
<h1>${escapeHtml(PUBLIC_ANSWER_TITLE)}</h1>
<p class="ref">${escapeHtml(publicAnswerReference(data))}</p>
<p><strong>Hal:</strong> ${escapeHtml(data.subject)}</p>
${body}
<p class="signed">${signed}</p>
<p class="note">${escapeHtml(PUBLIC_ANSWER_NOTE)}</p>
</main>
</body>
</html>
`;
}
