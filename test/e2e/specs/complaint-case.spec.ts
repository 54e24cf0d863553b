import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import QRCode from 'qrcode';
import { expect, test } from '../fixtures/app-fixture';
import { CasePage } from '../pages/case-page';
import { ComplaintIntakePage } from '../pages/complaint-intake-page';
import { RegisterPage, callApi, sampleComplaint, seedComplaint } from '../pages/register-page';

/** A one-page PDF written by hand: enough for Chromium's viewer and for the type check. */
function tinyPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length + 35} >>\nstream\nBT /F1 18 Tf 20 100 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test.describe('Halaman kasus pengaduan', () => {
  test('semua bagian, lampiran, tanda terima, dan perjalanan status sampai ditutup lalu dibuka kembali', async ({ app }) => {
    const png = await QRCode.toBuffer('Foto jalan rusak', { width: 160 });
    const photo = await callApi(app, 'complaints.uploadAttachment', { fileName: 'foto-jalan.png', base64: png.toString('base64') });
    const scan = await callApi(app, 'complaints.uploadAttachment', { fileName: 'surat-rt.pdf', base64: tinyPdf('Surat RT 03').toString('base64') });
    const letter = await seedComplaint(app, {
      ...sampleComplaint(2),
      requestedAction: 'Jalan segera diperbaiki sebelum musim hujan.',
      eventPlace: 'Jl. Sam Ratulangi, Palu',
      eventDate: '2026-11-10',
      attachmentIds: [photo.sha256, scan.sha256],
      attachmentNames: ['foto-jalan.png', 'surat-rt.pdf'],
    });
    const register = new RegisterPage(app);
    await register.open();
    const page = await register.openCase(letter.registerNumber);

    await expect(page.fact('Saluran', 'Saluran')).toHaveText('Surat');
    await expect(page.fact('Saluran', 'Bentuk')).toHaveText('Tertulis');
    await expect(page.fact('Saluran', 'Nomor surat')).toHaveText('005/2/RT-03/XI/2026');
    await expect(page.fact('Saluran', 'Tanggal surat')).toHaveText('16 November 2026');
    await expect(page.fact('Saluran', 'Nomor agenda')).toHaveText('AG-102');
    await expect(page.fact('Isi aduan', 'Pokok aduan')).toHaveText(letter.subject);
    await expect(page.fact('Isi aduan', 'Kategori')).toHaveText('Perizinan');
    await expect(page.fact('Isi aduan', 'Tanggal kejadian')).toHaveText('Selasa, 10 November 2026');
    await expect(page.fact('Isi aduan', 'Harapan pelapor')).toHaveText('Jalan segera diperbaiki sebelum musim hujan.');
    await expect(page.fact('Identitas & privasi', 'Nama')).toHaveText('Ni Made Ayu');
    await expect(page.fact('Penyelesaian', 'Diselesaikan di loket')).toHaveText('Tidak');
    await expect(app.getByText(`Diterima Senin, 23 November 2026 pukul 08.`)).toBeVisible();

    // Attachments: the image and the PDF open in the app.
    const attachments = page.section(/^Lampiran \(2\)/);
    await attachments.getByRole('listitem').filter({ hasText: 'foto-jalan.png' }).getByRole('button', { name: 'Lihat' }).click();
    const image = app.getByRole('img', { name: 'Lampiran foto-jalan.png' });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
    await app.keyboard.press('Escape');
    await expect(image).toBeHidden();
    await expect(page.heading).toBeVisible();
    await attachments.getByRole('listitem').filter({ hasText: 'surat-rt.pdf' }).getByRole('button', { name: 'Lihat' }).click();
    await expect(app.getByTitle('Pratinjau surat-rt.pdf')).toBeVisible();
    await app.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();

    // The receipt, previewed and saved, read back.
    await app.getByRole('button', { name: 'Cetak tanda terima' }).click();
    const receipt = app.getByRole('dialog', { name: 'Tanda terima pengaduan' });
    const [download] = await Promise.all([app.waitForEvent('download'), receipt.getByRole('button', { name: 'Simpan PDF' }).click()]);
    const text = execFileSync('pdftotext', ['-layout', await download.path(), '-'], { encoding: 'utf8' });
    expect(text).toContain(letter.registerNumber);
    await receipt.getByRole('button', { name: 'Tutup' }).click();

    // A reason is required (≥ 5 letters): a short one is refused and changes nothing.
    expect(await page.statusButtons()).toEqual(['Verifikasi…', 'Bukan kewenangan…', 'Tolak…']);
    await page.statusActions.getByRole('button', { name: 'Verifikasi…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Ubah status: Diterima → Diverifikasi' });
    await dialog.getByLabel(/Alasan perubahan status/).fill('ok');
    await dialog.getByRole('button', { name: 'Ubah ke Diverifikasi' }).click();
    await expect(dialog.getByText('Tuliskan alasan perubahan status (sekurang-kurangnya 5 huruf).')).toBeVisible();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(page.status()).toHaveText('Diterima');

    await page.changeStatus('Verifikasi…', 'Berkas lengkap dan kewenangan kantor ini', 'Diverifikasi');
    await page.changeStatus('Proses…', 'Didisposisikan ke Bidang Sarana', 'Diproses');
    await page.changeStatus('Tandai dijawab…', 'Surat jawaban dikirim lewat pos', 'Dijawab');
    await page.changeStatus('Tandai selesai…', 'Pelapor menyatakan puas', 'Selesai');
    await page.changeStatus('Tutup…', 'Diarsipkan oleh arsiparis', 'Ditutup');
    expect(await page.statusButtons()).toEqual(['Buka kembali…']);
    await page.changeStatus('Buka kembali…', 'Pelapor datang lagi: jalan rusak kembali', 'Diproses');

    const history = page.history;
    for (const line of [
      'Pengaduan dicatat di register',
      'Status diubah dari Diterima menjadi Diverifikasi',
      'Status diubah dari Diverifikasi menjadi Diproses',
      'Status diubah dari Diproses menjadi Dijawab',
      'Status diubah dari Dijawab menjadi Selesai',
      'Status diubah dari Selesai menjadi Ditutup',
      'Pengaduan dibuka kembali (dari Ditutup menjadi Diproses)',
    ]) {
      await expect(history.getByText(line, { exact: true })).toBeVisible();
    }
    await expect(history.getByText('Alasan: Pelapor datang lagi: jalan rusak kembali')).toBeVisible();
    await expect(history.getByRole('listitem').last()).toContainText('Rina Oktaviani');

    // Esc: back to the register, where the row shows the new status.
    await page.back();
    await expect(register.row(letter.registerNumber).locator('.status-pill')).toHaveText('Diproses');
  });

  test('bukan kewenangan dan ditolak, masing-masing dengan alasan, lalu dapat dibuka kembali', async ({ app }) => {
    const notOurs = await seedComplaint(app, sampleComplaint(0));
    const refused = await seedComplaint(app, sampleComplaint(1));
    const register = new RegisterPage(app);
    await register.open();

    let page = await register.openCase(notOurs.registerNumber);
    await page.changeStatus('Bukan kewenangan…', 'Urusan Dinas PU; diteruskan dengan surat 600/12', 'Bukan kewenangan');
    expect(await page.statusButtons()).toEqual(['Buka kembali…']);
    await expect(page.history.getByText('Alasan: Urusan Dinas PU; diteruskan dengan surat 600/12')).toBeVisible();
    await page.back();

    page = await register.openCase(refused.registerNumber);
    await page.statusActions.getByRole('button', { name: 'Verifikasi…' }).click();
    await app.getByLabel(/Alasan perubahan status/).fill('Identitas sudah dicek');
    await app.getByRole('button', { name: 'Ubah ke Diverifikasi' }).click();
    await expect(page.status()).toHaveText('Diverifikasi');
    await page.changeStatus('Tolak…', 'Isi aduan tidak dapat diverifikasi setelah dua kali dihubungi', 'Ditolak');
    await expect(page.history.getByText('Status diubah dari Diverifikasi menjadi Ditolak')).toBeVisible();
    await page.back();

    await register.toggle('Status', 'Bukan kewenangan');
    await register.toggle('Status', 'Ditolak');
    await register.expectTotal(2);
    expect(new Set(await register.column(8))).toEqual(new Set(['Bukan kewenangan', 'Ditolak']));
  });

  test('menautkan dan menggabungkan: riwayat kedua pengaduan tetap ada', async ({ app }) => {
    const first = await seedComplaint(app, sampleComplaint(0));
    const other = await seedComplaint(app, sampleComplaint(1));
    const duplicate = await seedComplaint(app, sampleComplaint(6, { channel: 'whatsapp', channelDetails: { fromNumber: '081234500006' } }));
    const register = new RegisterPage(app);
    await register.open();
    const page = await register.openCase(first.registerNumber);

    // Link by the other complaint's tracking code.
    const linkDialog = await page.pickOther('Tautkan…', other.trackingCode, other.registerNumber);
    await linkDialog.getByRole('button', { name: `Tautkan ke ${other.registerNumber}` }).click();
    await expect(app.getByText(`Pengaduan ditautkan dengan ${other.registerNumber}.`)).toBeVisible();
    const related = page.section(/^Pengaduan terkait/);
    await expect(related.getByRole('listitem').filter({ hasText: other.registerNumber })).toContainText('Terkait');
    await expect(page.history.getByText(`Ditautkan dengan pengaduan ${other.registerNumber}`)).toBeVisible();

    // Merge into the duplicate (found by its ID), with the reassurance and a reason.
    const mergeDialog = await page.pickOther('Gabungkan ke…', String(duplicate.id), duplicate.registerNumber);
    await expect(mergeDialog.getByText('riwayat kedua pengaduan tetap disimpan')).toBeVisible();
    await mergeDialog.getByRole('button', { name: `Ya, gabungkan ke ${duplicate.registerNumber}` }).click();
    await expect(mergeDialog.getByText('Tuliskan alasan penggabungan.')).toBeVisible();
    await mergeDialog.getByLabel('Alasan penggabungan').fill('Pelapor sama mengirim lagi lewat WhatsApp');
    await mergeDialog.getByRole('button', { name: `Ya, gabungkan ke ${duplicate.registerNumber}` }).click();
    await expect(app.getByText(`Pengaduan ${first.registerNumber} digabung ke ${duplicate.registerNumber}. Riwayat kedua pengaduan tetap tersimpan.`)).toBeVisible();

    // The source keeps its whole history, is closed, and points to the target.
    await expect(page.status()).toHaveText('Ditutup');
    await expect(page.history.getByText('Pengaduan dicatat di register')).toBeVisible();
    await expect(page.history.getByText(`Ditautkan dengan pengaduan ${other.registerNumber}`)).toBeVisible();
    await expect(page.history.getByText(`Digabung ke pengaduan ${duplicate.registerNumber}; riwayatnya tetap tersimpan`)).toBeVisible();
    await expect(page.history.getByText('Alasan: Pelapor sama mengirim lagi lewat WhatsApp')).toBeVisible();
    await expect(related.getByRole('button', { name: 'Gabungkan ke…' })).toBeDisabled();
    await expect(page.statusActions).toHaveCount(0);

    // The target: its own history plus the merge, and the way back to the source.
    await related.getByRole('listitem').filter({ hasText: 'Digabung ke' }).getByRole('button', { name: duplicate.registerNumber }).click();
    await expect(page.heading).toHaveText(`Pengaduan ${duplicate.registerNumber}`);
    await expect(page.history.getByText('Pengaduan dicatat di register')).toBeVisible();
    await expect(page.history.getByText(`Pengaduan ${first.registerNumber} digabungkan ke pengaduan ini`)).toBeVisible();
    await expect(page.section(/^Pengaduan terkait/).getByRole('listitem').filter({ hasText: first.registerNumber })).toContainText('Digabung dari');
  });

  test('identitas rahasia disamarkan, dibuka dengan alasan, dan pembukaannya tercatat', async ({ app }, testInfo) => {
    const secret = await seedComplaint(app, sampleComplaint(3, {
      complainant: { name: 'Andi Pratama', nik: '7271011507850003', phone: '081355551234', address: 'Jl. Hasanuddin No. 5, Palu' },
    }), 'diproses');
    await callApi(app, 'complaints.addConsultation', { complaintId: secret.id, note: 'Pelapor menanyakan perkembangan; dijelaskan sedang diproses.' });
    const register = new RegisterPage(app);
    await register.open();
    await expect(register.row(secret.registerNumber)).toContainText('A*** P*** (rahasia)');
    const page = await register.openCase(secret.registerNumber);

    const identity = page.section('Identitas & privasi');
    await expect(page.fact('Identitas & privasi', 'Nama')).toHaveText('A*** P***');
    await expect(identity).not.toContainText('Andi Pratama');
    await expect(identity).not.toContainText('7271011507850003');
    await expect(page.section(/^Konsultasi \(1\)/)).toContainText('Pelapor menanyakan perkembangan');

    await identity.getByRole('button', { name: 'Buka identitas…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Buka identitas pelapor rahasia' });
    await dialog.getByRole('button', { name: 'Buka identitas' }).click();
    await expect(dialog.getByText('Tuliskan alasan membuka identitas pelapor rahasia.')).toBeVisible();
    await dialog.getByLabel('Alasan membuka identitas').fill('Menghubungi pelapor untuk kelengkapan berkas');
    await dialog.getByRole('button', { name: 'Buka identitas' }).click();
    await expect(page.fact('Identitas & privasi', 'Nama')).toHaveText('Andi Pratama');
    await expect(page.fact('Identitas & privasi', 'NIK')).toHaveText('7271011507850003');
    await expect(identity.getByText('Pembukaan ini sudah tercatat di riwayat')).toBeVisible();
    const reveal = page.history.getByRole('listitem').filter({ hasText: 'Identitas pelapor rahasia dibuka' });
    await expect(reveal).toContainText('Rina Oktaviani');
    await expect(reveal).toContainText('Alasan: Menghubungi pelapor untuk kelengkapan berkas');
    await app.screenshot({ path: testInfo.outputPath('kasus-rahasia.png'), fullPage: true });

    // For this view only: back in the register and in again, it is masked once more.
    await page.back();
    const again = await register.openCase(secret.registerNumber);
    await expect(again.fact('Identitas & privasi', 'Nama')).toHaveText('A*** P***');
    await expect(new CasePage(app).history.getByText('Identitas pelapor rahasia dibuka')).toHaveCount(1);
    expect(fs.existsSync(testInfo.outputPath('kasus-rahasia.png'))).toBe(true);
  });

  test('dibuka langsung dari Pengaduan Baru lewat "Buka di register"', async ({ app }) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('telepon');
    await intake.formChoice('Lisan').check();
    await intake.fillComplainant({ name: 'Hendra Wijaya', phone: '081377778888' });
    await intake.fillComplaint({ subject: 'Izin usaha belum terbit', description: 'Permohonan izin usaha diajukan bulan lalu dan belum ada kabar.' });
    const saved = await intake.save();
    await intake.result.getByRole('button', { name: 'Buka di register' }).click();

    const page = new CasePage(app);
    await expect(page.heading).toHaveText(`Pengaduan ${saved.registerNumber}`);
    await expect(page.fact('Saluran', 'Saluran')).toHaveText('Telepon');
    await expect(page.fact('Isi aduan', 'Pokok aduan')).toHaveText('Izin usaha belum terbit');
    await page.back();
    await expect(new RegisterPage(app).row(saved.registerNumber)).toBeVisible();
  });
});
