import { PROGRAM_MESSAGE } from '../../../electron/backend/attachments/detect-file-type';
import type { Channel } from '../../../shared/complaints/complaint-enums';
import { expect, test } from '../fixtures/app-fixture';
import { ComplaintIntakePage, samplePdf, samplePhoto } from '../pages/complaint-intake-page';
import { GuestBookPage } from '../pages/guest-book-page';

const COMPLAINT = {
  subject: 'Izin usaha mikro belum terbit',
  description: 'Permohonan izin usaha mikro diajukan 2 Oktober 2026 dan sampai hari ini belum ada kabar dari dinas.',
  requestedAction: 'Mohon kepastian kapan izin terbit',
  unitComplained: 'Bidang UKM',
  eventPlace: 'Kantor Dinas, loket 2',
  eventDate: '2026-10-02',
  category: 'Perizinan',
};

test.describe('Pengaduan baru: setiap saluran', () => {
  test('datang langsung dari buku tamu: identitas pengunjung terisi, tanda terima memuat kode pelacakan', async ({ app }, testInfo) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Siti Rahmawati', phone: '0812 3456 7890', nik: '7271014506900001', address: 'Jl. Sam Ratulangi No. 12, Palu' });
    const visit = await book.openVisit('Siti Rahmawati');
    await visit.getByRole('button', { name: 'Buat pengaduan' }).click();

    const intake = new ComplaintIntakePage(app);
    await intake.ready();
    await expect(app.getByText('Dari buku tamu: Siti Rahmawati, masuk 08.00 WIB')).toBeVisible();
    await expect(intake.channel('langsung')).toBeChecked();
    await expect(intake.formChoice('Lisan')).toBeChecked();
    await expect(intake.field('Nama pelapor')).toHaveValue('Siti Rahmawati');
    await expect(intake.field('NIK')).toHaveValue('7271014506900001');
    await expect(intake.field('Telepon / HP')).toHaveValue('081234567890');
    await expect(intake.field('Alamat')).toHaveValue('Jl. Sam Ratulangi No. 12, Palu');
    await intake.fillComplaint(COMPLAINT);
    await intake.snapshot(testInfo, 'privasi-biasa.png');

    const saved = await intake.save();
    await expect(intake.result).toContainText('Pengaduan tercatat di register.');
    await expect(intake.result).toContainText('Diterima');
    await expect(intake.result.getByRole('button', { name: 'Cetak tanda terima' })).toBeFocused();
    await intake.snapshot(testInfo, 'hasil.png');
    const receipt = await intake.expectReceiptWithCode(saved, testInfo.outputPath('tanda-terima.pdf'));
    expect(receipt).toContain(saved.registerNumber);
    expect(receipt).toContain('Rina Oktaviani');

    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored.channel).toBe('langsung');
    expect(stored.guestVisitId).not.toBeNull();
    expect(stored.complainant.nik).toBe('7271014506900001');
    expect(stored.categoryName).toBe('Perizinan');

    await intake.result.getByRole('button', { name: 'Buka di register' }).click();
    await expect(app.getByRole('button', { name: /Register Pengaduan/ })).toHaveAttribute('aria-current', 'page');
  });

  test('telepon: angka 2 memilih saluran, nomor penelepon menjadi telepon pelapor', async ({ app }) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('telepon');
    await expect(intake.formChoice('Lisan')).toBeChecked();
    await intake.field('Nomor penelepon').fill('0451 421234');
    await expect(intake.field('Telepon / HP')).toHaveValue('0451 421234');
    await intake.fillComplainant({ name: 'Budi Santoso' });
    await intake.fillComplaint(COMPLAINT);
    const saved = await intake.save();
    await intake.expectReceiptWithCode(saved);
    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored.channelDetails.fromNumber).toBe('0451421234');
    expect(stored.complainant.phone).toBe('0451421234');
    expect(stored.form).toBe('lisan');
  });

  test('surat: data surat wajib; tanggal diterima tidak boleh sebelum tanggal surat', async ({ app }, testInfo) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('surat');
    await expect(intake.formChoice('Tertulis')).toBeChecked();
    await intake.fillComplainant({ name: 'Koperasi Maju Bersama' });
    await intake.fillComplaint(COMPLAINT);
    await intake.pressSave();
    await expect(app.getByText('Periksa isian yang ditandai merah (4).')).toBeVisible();
    await expect(app.getByText('Nomor surat wajib diisi untuk pengaduan lewat surat.')).toBeVisible();
    await expect(app.getByText('Pengirim surat wajib diisi.')).toBeVisible();
    await expect(intake.field('Nomor surat')).toBeFocused();
    await expect(intake.result).toBeHidden();
    await intake.snapshot(testInfo, 'surat-galat.png');

    await intake.field('Nomor surat').fill('045/KMB/XI/2026');
    await intake.field('Tanggal surat').fill('2026-11-20');
    await intake.field('Pengirim surat').fill('Ketua Koperasi Maju Bersama');
    await intake.field('Tanggal diterima').fill('2026-11-19');
    await intake.field('Nomor agenda').fill('AG-1187');
    await intake.pressSave();
    await expect(app.getByText('Tanggal diterima tidak boleh sebelum tanggal surat.')).toBeVisible();
    await intake.field('Tanggal diterima').fill('2026-11-23');
    const saved = await intake.save();
    await intake.expectReceiptWithCode(saved);
    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored.channelDetails).toMatchObject({
      letterNumber: '045/KMB/XI/2026', letterDate: '2026-11-20', letterSender: 'Ketua Koperasi Maju Bersama',
      letterReceivedDate: '2026-11-23', agendaNumber: 'AG-1187',
    });
  });

  test('media sosial: platform, akun, dan tautan yang benar', async ({ app }) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('media_sosial');
    await intake.field('Platform').selectOption('Instagram');
    await intake.field('Akun pengirim').fill('@warga_palu');
    await intake.field('Tautan unggahan').fill('instagram.com/p/Cx123');
    await intake.field('Akun pengirim').focus();
    await expect(app.getByText('Tautan harus diawali http:// atau https://.')).toBeVisible();
    await intake.field('Tautan unggahan').fill('https://instagram.com/p/Cx123');
    await intake.fillComplainant({ name: 'Warga Palu' });
    await intake.fillComplaint(COMPLAINT);
    const saved = await intake.save();
    await intake.expectReceiptWithCode(saved);
    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored.channelDetails).toMatchObject({ socialPlatform: 'Instagram', socialAccount: '@warga_palu', socialLink: 'https://instagram.com/p/Cx123' });
  });

  const simpleChannels: { channel: Channel; title: string; fill(intake: ComplaintIntakePage): Promise<void>; stored: Record<string, string> }[] = [
    { channel: 'kotak', title: 'kotak pengaduan', fill: async () => {}, stored: {} },
    {
      channel: 'email', title: 'surel: alamat pengirim menjadi surel pelapor',
      fill: async (intake) => {
        await intake.field('Alamat surel pengirim').fill('dewi.kartika@contoh.id');
        await expect(intake.field('Surel')).toHaveValue('dewi.kartika@contoh.id');
      },
      stored: { fromAddress: 'dewi.kartika@contoh.id' },
    },
    { channel: 'whatsapp', title: 'WhatsApp', fill: (intake) => intake.field('Nomor pengirim').fill('+62 812-9876-5432'), stored: { fromNumber: '081298765432' } },
    { channel: 'sms', title: 'SMS', fill: (intake) => intake.field('Nomor pengirim').fill('085211112222'), stored: { fromNumber: '085211112222' } },
    {
      channel: 'website', title: 'situs web',
      fill: (intake) => intake.field('Tautan laporan di situs web').fill('https://dinas.contoh.go.id/pengaduan/991'),
      stored: { websiteLink: 'https://dinas.contoh.go.id/pengaduan/991' },
    },
  ];
  for (const c of simpleChannels) {
    test(`${c.title}: tercatat tertulis, tanda terima memuat kode pelacakan`, async ({ app }) => {
      const intake = new ComplaintIntakePage(app);
      await intake.open();
      await intake.pickChannel(c.channel);
      await expect(intake.formChoice('Tertulis')).toBeChecked();
      await c.fill(intake);
      await intake.fillComplainant({ name: 'Dewi Kartika' });
      await intake.fillComplaint(COMPLAINT);
      const saved = await intake.save();
      await intake.expectReceiptWithCode(saved);
      const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
      expect(stored.channel).toBe(c.channel);
      expect(stored.form).toBe('tertulis');
      expect(stored.channelDetails).toMatchObject(c.stored);
    });
  }

  test('SP4N-LAPOR!: tiket yang sudah tercatat ditolak dengan pesan jelas, isian tetap', async ({ app }) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('lapor');
    await intake.field('Nomor tiket SP4N-LAPOR!').fill('LPR-2611-0042');
    await intake.fillComplainant({ name: 'Rahmat Hidayat' });
    await intake.fillComplaint(COMPLAINT);
    const first = await intake.save();
    await intake.expectReceiptWithCode(first);

    await intake.next();
    await intake.pickChannel('lapor');
    await intake.field('Nomor tiket SP4N-LAPOR!').fill('lpr-2611-0042');
    await intake.fillComplainant({ name: 'Rahmat Hidayat' });
    await intake.fillComplaint({ ...COMPLAINT, subject: 'Tiket yang sama dicatat dua kali' });
    await intake.pressSave();
    const message = `Tiket SP4N-LAPOR! LPR-2611-0042 sudah tercatat sebagai pengaduan ${first.registerNumber}.`;
    await expect(app.getByRole('alert').filter({ hasText: message })).toHaveCount(2); // the notice and the field
    await expect(intake.field('Nomor tiket SP4N-LAPOR!')).toBeFocused();
    await expect(intake.result).toBeHidden();
    await expect(intake.field('Pokok aduan')).toHaveValue('Tiket yang sama dicatat dua kali');
    await expect(intake.field('Uraian')).toHaveValue(COMPLAINT.description);

    await intake.field('Nomor tiket SP4N-LAPOR!').fill('LPR-2611-0043');
    const second = await intake.save();
    expect(second.registerNumber).not.toBe(first.registerNumber);
    await intake.expectReceiptWithCode(second);
  });
});

test.describe('Pengaduan baru: kerahasiaan, loket, lampiran, draf, duplikat', () => {
  test('anonim: nama, NIK, dan alamat disembunyikan dan tidak disimpan; kontak boleh', async ({ app }, testInfo) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('kotak');
    await intake.fillComplainant({ name: 'Andi Wijaya', nik: '7271011203850002', address: 'Jl. Hasanuddin 4', phone: '081355551234' });
    await intake.privacy('Anonim').check();
    await expect(intake.field('Nama pelapor')).toHaveCount(0);
    await expect(intake.field('NIK')).toHaveCount(0);
    await expect(intake.field('Alamat')).toHaveCount(0);
    await expect(app.getByText('Nama, NIK, dan alamat tidak disimpan', { exact: false })).toBeVisible();
    await expect(intake.field('Telepon / HP')).toHaveValue('081355551234');

    // A mistaken click is undone without retyping; back to Anonim clears again.
    await intake.privacy('Biasa').check();
    await expect(intake.field('Nama pelapor')).toHaveValue('Andi Wijaya');
    await intake.privacy('Anonim').check();
    await intake.fillComplaint(COMPLAINT);
    await intake.snapshot(testInfo, 'privasi-anonim.png');

    const saved = await intake.save();
    await expect(intake.result).toContainText('Anonim');
    const receipt = await intake.expectReceiptWithCode(saved);
    expect(receipt).not.toContain('Andi Wijaya');
    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored.privacy).toBe('anonim');
    expect(stored.complainant).toMatchObject({ name: '', nik: '', address: '', phone: '081355551234' });
    // Nothing of the identity is left in the draft on this PC either.
    expect(await app.evaluate(() => localStorage.getItem('meja.draft.complaint') ?? '')).not.toContain('Andi Wijaya');
  });

  test('anonim dari buku tamu: kunjungan tidak ditautkan, kembali ke Biasa memulihkan identitas dan tautan', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Hendra Gunawan', phone: '081211223344', nik: '7271011203850002' });
    await book.row('Hendra Gunawan').getByRole('button', { name: 'Buat pengaduan untuk Hendra Gunawan' }).click();
    const intake = new ComplaintIntakePage(app);
    await intake.ready();
    await intake.privacy('Anonim').check();
    await expect(app.getByText('Dari buku tamu:', { exact: false })).toHaveCount(0);
    await intake.privacy('Biasa').check();
    await expect(app.getByText('Dari buku tamu: Hendra Gunawan, masuk 08.00 WIB')).toBeVisible();
    await expect(intake.field('NIK')).toHaveValue('7271011203850002');
    await intake.privacy('Anonim').check();
    await intake.fillComplaint(COMPLAINT);
    const saved = await intake.save();
    await intake.expectReceiptWithCode(saved);
    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored.guestVisitId).toBeNull();
    expect(stored.complainant).toMatchObject({ name: '', nik: '', phone: '081211223344' });
  });

  test('rahasia: identitas disimpan tetapi disamarkan di layar dan tanda terima', async ({ app }, testInfo) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('whatsapp');
    await intake.field('Nomor pengirim').fill('081377778888');
    await intake.privacy('Rahasia').check();
    await expect(app.getByText('Identitas disimpan, tetapi disamarkan di semua layar', { exact: false })).toBeVisible();
    await intake.fillComplainant({ name: 'Yohanes Kambu', nik: '9171010101800003' });
    await intake.fillComplaint({ ...COMPLAINT, category: 'Pungutan liar', subject: 'Pungutan di loket perizinan' });
    await intake.snapshot(testInfo, 'privasi-rahasia.png');

    const saved = await intake.save();
    await expect(intake.result).not.toContainText('Yohanes Kambu');
    const receipt = await intake.expectReceiptWithCode(saved, testInfo.outputPath('tanda-terima-rahasia.pdf'));
    expect(receipt).not.toContain('Yohanes Kambu');
    expect(receipt).not.toContain('9171010101800003');
    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored.privacy).toBe('rahasia');
    expect(stored.identityMasked).toBe(true);
    expect(stored.complainant.name).not.toBe('Yohanes Kambu');
  });

  test('draf lain disisihkan saat memulai dari buku tamu dan dapat dikembalikan', async ({ app }) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('telepon');
    await intake.fillComplainant({ name: 'Penelepon Pertama' });
    await intake.field('Pokok aduan').fill('Jalan rusak di depan kantor');

    await app.keyboard.press('Alt+1');
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Markus Tandi', phone: '085299990000' });
    await book.row('Markus Tandi').getByRole('button', { name: 'Buat pengaduan untuk Markus Tandi' }).click();
    await intake.ready();
    await expect(intake.field('Nama pelapor')).toHaveValue('Markus Tandi');
    await expect(intake.field('Pokok aduan')).toHaveValue('');
    await expect(app.getByText('Isian pengaduan sebelumnya disisihkan agar tidak tercampur.')).toBeVisible();

    await app.getByRole('button', { name: 'Kembalikan isian sebelumnya' }).click();
    await expect(intake.field('Nama pelapor')).toHaveValue('Penelepon Pertama');
    await expect(intake.field('Pokok aduan')).toHaveValue('Jalan rusak di depan kantor');
    await expect(intake.channel('telepon')).toBeChecked();
    await expect(app.getByText('Dari buku tamu:', { exact: false })).toHaveCount(0);
  });

  test('selesai di loket: jawaban wajib, pengaduan tercatat dan langsung ditutup', async ({ app }) => {
    const book = new GuestBookPage(app);
    await book.ready();
    await book.register({ name: 'Ni Luh Putu Ayu', phone: '081298765432' });
    await book.row('Ni Luh Putu Ayu').getByRole('button', { name: 'Buat pengaduan untuk Ni Luh Putu Ayu' }).click();

    const intake = new ComplaintIntakePage(app);
    await intake.ready();
    await expect(app.getByText('Dari buku tamu: Ni Luh Putu Ayu, masuk 08.00 WIB')).toBeVisible();
    await intake.fillComplaint({ ...COMPLAINT, kind: 'Permintaan informasi', subject: 'Syarat izin usaha mikro' });
    await app.getByLabel('Selesai di loket').check();
    await intake.pressSave();
    await expect(app.getByText('Tuliskan jawaban yang diberikan di loket (sekurang-kurangnya 10 huruf).')).toBeVisible();
    await expect(intake.field('Jawaban yang diberikan')).toBeFocused();
    await intake.field('Jawaban yang diberikan').fill('Syarat izin usaha mikro dijelaskan dan brosur diserahkan kepada pelapor.');
    await expect(app.getByRole('button', { name: 'Simpan dan tutup (Ctrl+Enter)' })).toBeVisible();
    const saved = await intake.save();
    await expect(intake.result).toContainText('Pengaduan lisan tercatat dan langsung ditutup');
    await expect(intake.result).toContainText('Ditutup');
    await intake.expectReceiptWithCode(saved);
    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored).toMatchObject({ status: 'ditutup', settledAtCounter: true, kind: 'permintaan_informasi' });
  });

  test('lampiran: gambar dan PDF diterima dengan pratinjau; berkas terlalu besar dan program ditolak, isian tetap', async ({ app }, testInfo) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('surat');
    await intake.field('Nomor surat').fill('12/RT-03/2026');
    await intake.field('Tanggal surat').fill('2026-11-18');
    await intake.field('Pengirim surat').fill('Ketua RT 03');
    await intake.field('Tanggal diterima').fill('2026-11-23');
    await intake.fillComplainant({ name: 'Ketua RT 03' });
    await intake.fillComplaint(COMPLAINT);

    await intake.attach([
      { name: 'foto-loket.png', mimeType: 'image/png', buffer: samplePhoto() },
      { name: 'surat-rt.pdf', mimeType: 'application/pdf', buffer: samplePdf('Surat RT 03') },
      { name: 'scan-besar.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25) },
      { name: 'surat-palsu.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]) },
    ]);
    await expect(intake.attachment('foto-loket.png')).toContainText('Gambar PNG');
    await expect(intake.attachment('foto-loket.png').getByRole('img', { name: 'Pratinjau foto-loket.png' })).toBeVisible();
    await expect(intake.attachment('surat-rt.pdf')).toContainText('PDF');
    await expect(intake.attachment('scan-besar.pdf')).toContainText('Ditolak: Berkas terlalu besar: 10,1 MB; paling besar 10 MB.');
    await expect(intake.attachment('surat-palsu.pdf')).toContainText(PROGRAM_MESSAGE);
    // The rest of the complaint is untouched by the refusals.
    await expect(intake.field('Pokok aduan')).toHaveValue(COMPLAINT.subject);
    await expect(intake.field('Nomor surat')).toHaveValue('12/RT-03/2026');
    await intake.snapshot(testInfo, 'lampiran.png');

    await intake.attachment('surat-rt.pdf').getByRole('button', { name: 'Lihat' }).click();
    const preview = app.getByRole('dialog', { name: 'Lampiran: surat-rt.pdf' });
    await expect(preview.locator('iframe')).toHaveAttribute('src', /^blob:/);
    await preview.getByRole('button', { name: 'Tutup', exact: true }).click();

    await intake.attachment('surat-palsu.pdf').getByRole('button', { name: 'Buang surat-palsu.pdf dari daftar' }).click();
    await expect(intake.attachment('surat-palsu.pdf')).toHaveCount(0);
    const saved = await intake.save();
    await expect(intake.result).toContainText('2 berkas');
    await intake.expectReceiptWithCode(saved);
    const stored = await intake.call('complaints.get', { id: await intake.idOf(saved) });
    expect(stored.attachments.map((a) => [a.fileName, a.mimeType])).toEqual([
      ['foto-loket.png', 'image/png'],
      ['surat-rt.pdf', 'application/pdf'],
    ]);
  });

  test('draf bertahan setelah muat ulang; Kosongkan meminta konfirmasi', async ({ app }) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('telepon');
    await intake.fillComplainant({ name: 'Yusuf Manurung', phone: '081355551234' });
    await intake.privacy('Rahasia').check();
    await intake.fillComplaint({ ...COMPLAINT, category: 'Perilaku petugas' });

    await app.reload();
    await intake.open();
    await expect(intake.channel('telepon')).toBeChecked();
    await expect(intake.privacy('Rahasia')).toBeChecked();
    await expect(intake.field('Nama pelapor')).toHaveValue('Yusuf Manurung');
    await expect(intake.field('Pokok aduan')).toHaveValue(COMPLAINT.subject);
    await expect(intake.field('Uraian')).toHaveValue(COMPLAINT.description);
    await expect(intake.field('Kategori').locator('option:checked')).toHaveText('Perilaku petugas');

    await intake.form.getByRole('button', { name: 'Kosongkan…' }).click();
    const confirm = app.getByRole('dialog', { name: 'Kosongkan formulir?' });
    await expect(confirm.getByRole('button', { name: 'Tidak jadi' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Tidak jadi' }).click();
    await expect(intake.field('Nama pelapor')).toHaveValue('Yusuf Manurung');

    await intake.form.getByRole('button', { name: 'Kosongkan…' }).click();
    await confirm.getByRole('button', { name: 'Ya, kosongkan' }).click();
    await expect(intake.field('Nama pelapor')).toHaveValue('');
    await expect(intake.channel('langsung')).toBeFocused();
    await app.reload();
    await intake.open();
    await expect(intake.field('Pokok aduan')).toHaveValue('');
  });

  test('kemungkinan duplikat muncul untuk nomor telepon yang sama dan dapat ditautkan', async ({ app }, testInfo) => {
    const intake = new ComplaintIntakePage(app);
    await intake.open();
    await intake.pickChannel('langsung');
    await intake.fillComplainant({ name: 'Siti Rahmawati', phone: '081234567890' });
    await intake.fillComplaint(COMPLAINT);
    const first = await intake.save();

    await intake.next();
    await intake.pickChannel('telepon');
    await intake.fillComplainant({ name: 'Ibu Siti', phone: '+62 812-3456-7890' });
    const candidate = intake.duplicates.getByRole('listitem', { name: `Pengaduan ${first.registerNumber}` });
    await expect(candidate).toBeVisible();
    await expect(candidate).toContainText(COMPLAINT.subject);
    await expect(candidate).toContainText('23 November 2026');
    await expect(candidate).toContainText('Diterima');
    await candidate.getByLabel('tautkan sebagai terkait').check();
    await intake.snapshot(testInfo, 'duplikat.png');
    await intake.fillComplaint({ ...COMPLAINT, subject: 'Menanyakan lagi izin usaha mikro' });
    const second = await intake.save();
    const stored = await intake.call('complaints.get', { id: await intake.idOf(second) });
    expect(stored.related.map((r) => r.registerNumber)).toContain(first.registerNumber);
  });
});
